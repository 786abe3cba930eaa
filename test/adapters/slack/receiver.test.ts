// The checks every Slack request passes before it is kept and acknowledged (receiver.ts).
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../adapters/platform.js';
import { checkSlackRequest, inboxKey } from '../../../adapters/slack/receiver.js';
import { signature } from '../../fakes/slack/signed-requests.js';

const SECRET = 'test-signing-secret';
const NOW = 1_800_000_000;

function request(
  body: string,
  options: { type?: string; timestamp?: number; signature?: string } = {},
): HttpRequest {
  const timestamp = options.timestamp ?? NOW;
  return {
    method: 'POST',
    url: '/slack/events',
    headers: {
      'content-type': options.type ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(SECRET, timestamp, body),
    },
    body: Buffer.from(body),
  };
}

const statusOf = (r: ReturnType<typeof checkSlackRequest>) => (r.ok ? 200 : r.response.status);

describe('checkSlackRequest', () => {
  it('accepts a signed JSON object and a signed form (command or interactive payload)', () => {
    const event = checkSlackRequest(request('{"type":"event_callback","event_id":"Ev1"}'), SECRET, NOW);
    expect(event).toEqual({ ok: true, body: { type: 'event_callback', event_id: 'Ev1' } });
    const form = 'command=%2Fatone&text=hi&trigger_id=1.2';
    const command = checkSlackRequest(
      request(form, { type: 'application/x-www-form-urlencoded' }),
      SECRET,
      NOW,
    );
    expect(command).toEqual({ ok: true, body: { command: '/atone', text: 'hi', trigger_id: '1.2' } });
    const payload = `payload=${encodeURIComponent('{"type":"block_actions"}')}`;
    const click = checkSlackRequest(
      request(payload, { type: 'application/x-www-form-urlencoded' }),
      SECRET,
      NOW,
    );
    expect(click).toEqual({ ok: true, body: { type: 'block_actions' } });
  });

  it('refuses a bad or missing signature, and timestamps over 5 minutes off either way, with 401', () => {
    expect(statusOf(checkSlackRequest(request('{}', { signature: 'v0=00' }), SECRET, NOW))).toBe(401);
    expect(statusOf(checkSlackRequest(request('{}', { signature: '' }), SECRET, NOW))).toBe(401);
    expect(statusOf(checkSlackRequest(request('{}', { timestamp: NOW - 301 }), SECRET, NOW))).toBe(401);
    expect(statusOf(checkSlackRequest(request('{}', { timestamp: NOW + 301 }), SECRET, NOW))).toBe(401);
    expect(statusOf(checkSlackRequest(request('{}', { timestamp: NOW + 299 }), SECRET, NOW))).toBe(200);
  });

  it('answers 400 at once to signed bodies that are not a JSON object: null, arrays, strings, numbers, garbage', () => {
    for (const body of [
      'null',
      '[]',
      '[{"type":"event_callback"}]',
      '"event"',
      '42',
      'true',
      '{not json',
      '',
    ])
      expect(statusOf(checkSlackRequest(request(body), SECRET, NOW)), body).toBe(400);
    const nullPayload = `payload=null`;
    expect(
      statusOf(
        checkSlackRequest(request(nullPayload, { type: 'application/x-www-form-urlencoded' }), SECRET, NOW),
      ),
    ).toBe(400);
  });

  it('answers 415 to another content type, and lets ssl_check through unsigned with nothing else', () => {
    expect(statusOf(checkSlackRequest(request('{}', { type: 'text/plain' }), SECRET, NOW))).toBe(415);
    const smuggled = 'ssl_check=1&payload=%7B%22type%22%3A%22block_actions%22%7D';
    const check = checkSlackRequest(
      request(smuggled, { type: 'application/x-www-form-urlencoded', signature: '' }),
      SECRET,
      NOW,
    );
    expect(check).toEqual({ ok: true, body: { ssl_check: '1' } });
  });

  it('keys the inbox by event id, else trigger id, else the body', () => {
    expect(inboxKey({ event_id: 'Ev1', trigger_id: 'x' })).toBe('slack:Ev1');
    expect(inboxKey({ trigger_id: '1.2.3' })).toBe('slack:1.2.3');
    expect(inboxKey({ a: 1 })).toBe(inboxKey({ a: 1 }));
    expect(inboxKey({ a: 1 })).not.toBe(inboxKey({ a: 2 }));
  });
});
