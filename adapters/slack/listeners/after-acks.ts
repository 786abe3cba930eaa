// Acknowledgements before answers. Slack waits 3 s for the HTTP response to each request and
// retries (or shows the user an error) after that; the answer itself may take longer. Node runs
// one thing at a time, so under a burst, answering request 1 (classifying it, rendering it,
// calling the Web API) would delay the acknowledgement of requests 2..n. Work after an ack
// therefore waits here: one waiting turn is let through per event-loop iteration, and every
// iteration first reads and acknowledges the requests that have arrived.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

const waiting: Array<() => void> = [];
let scheduled = false;

/** Resolves once the requests already received have been acknowledged (one turn per loop iteration). */
export function afterPendingAcks(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(letOneThrough);
    }
  });
}

function letOneThrough(): void {
  // The resolved turn runs in the microtasks right after this callback, up to its first I/O;
  // the next one waits for the next iteration, after the poll phase has read new requests.
  waiting.shift()?.();
  if (waiting.length > 0) setImmediate(letOneThrough);
  else scheduled = false;
}

/** Global middleware: Bolt acknowledges Events API requests before middleware runs; the rest waits. */
export const eventsAfterPendingAcks: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  if ((body as { type?: unknown }).type === 'event_callback') await afterPendingAcks();
  await next();
};
