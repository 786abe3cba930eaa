// What the fake Discord remembers: every REST call with its timing, the messages it holds
// (channel messages, interaction replies, DMs), the interactions it dispatched and how they were
// answered, and the registered commands.

export const DISCORD_EPOCH = 1_420_070_400_000n;
/** Discord's window for the first answer to an interaction. */
export const INTERACTION_DEADLINE_MS = 3_000;

let sequence = 0n;
/** A fresh, time-ordered Discord id (snowflake). */
export function snowflake(): string {
  sequence = (sequence + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | sequence);
}

export interface RestCall {
  method: string;
  /** Without the `/api/v10` prefix, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Epoch ms when the request arrived. */
  at: number;
  status: number;
  /** For interaction callbacks: ms between the dispatch (minus any simulated age) and this call. */
  sinceDispatchMs?: number;
  /** For interaction callbacks: arrived after Discord's 3 s, so Discord refused it (10062). */
  late?: boolean;
  /** The interaction this call answers or edits, if any. */
  interactionId?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: gateway and REST payloads are free-form JSON that tests read and edit field by field.
export type Json = Record<string, any>;

export type StoredMessage = Record<string, unknown> & { id: string; channel_id: string; flags: number };

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Record<string, unknown>;
  /** When Discord would have started the 3 s clock (dispatch time minus the simulated gateway delay). */
  startedAt: number;
  /** The callback type Discord accepted (4 reply, 5 defer, 6 defer update, 7 update, 8 autocomplete). */
  acknowledged?: number;
  /** The message `@original` refers to, once there is one. */
  originalId?: string;
  /** Set once `@original` has been edited (the answer to a deferred interaction). */
  edited?: boolean;
  /** Autocomplete choices, when answered with type 8. */
  choices?: Array<{ name: string; value: string | number }>;
  /** Every callback attempt, accepted or not. */
  callbacks: RestCall[];
}

export interface StoredCommand extends Record<string, unknown> {
  id: string;
  name: string;
}

export class FakeState {
  readonly calls: RestCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, StoredCommand[]>();
  readonly dmChannels = new Map<string, string>();
  /** Request bodies Discord would have refused, with the reason. */
  readonly refusals: Array<{ call: RestCall; reason: unknown }> = [];

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  /** Callbacks that came after Discord's 3 s: each one is an interaction the user saw fail. */
  lateCallbacks(): RestCall[] {
    return this.calls.filter((call) => call.late);
  }
}
