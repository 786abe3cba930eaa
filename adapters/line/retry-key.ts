// X-Line-Retry-Key for a reminder: a UUID derived from the delivery's idempotency key, the same
// on every attempt and after a crash, so that LINE answers a resend with 409 instead of showing
// the reminder twice. A name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and the name).
import { createHash } from 'node:crypto';

/** This project's namespace for retry keys (a fixed random UUID). */
export const RETRY_KEY_NAMESPACE = '6f1b0f8e-3c1d-4a57-9a53-2f4b8f0c7d21';

export function retryKeyOf(idempotencyKey: string): string {
  return uuidV5(idempotencyKey, RETRY_KEY_NAMESPACE);
}

export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new RangeError(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
