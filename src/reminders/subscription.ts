// A subscription: who wants to be reminded, where, for which payment method, and when.
import { z } from 'zod';
import { METHOD_IDS, type MethodId } from '../domain/methods.js';
import { type Lang, PLATFORM_NAME, type Platform } from '../types.js';
import { ReminderError } from './errors.js';

/**
 * Hours (Asia/Tokyo, 0–23) during which nothing is sent: from `start:00` up to `end:00`.
 * When `start > end` the quiet stretch wraps midnight ({start: 22, end: 7} is 22:00–07:00).
 */
export interface QuietHours {
  start: number;
  end: number;
}

export interface Subscription {
  id: string;
  platform: Platform;
  userId: string;
  /** The conversation to deliver to, carrying its platform: 'slack:T1:D123', 'discord:dm:123', 'console:local'. */
  destination: string;
  method: MethodId;
  /** Days before the deadline, largest first; 0 is the morning of the deadline. */
  leadDays: number[];
  /** The hour (Asia/Tokyo) reminders are sent. */
  sendHour: number;
  quietHours?: QuietHours;
  lang: Lang;
  active: boolean;
  createdAt: Date;
  /** When the settings last changed; reminders due before it are never sent (see plan.ts). */
  updatedAt: Date;
}

/** What a user asks for; everything but who, where, how to pay and the language has a default. */
export interface SubscriptionInput {
  platform: Platform;
  userId: string;
  destination: string;
  method: MethodId;
  leadDays?: readonly number[];
  sendHour?: number;
  /** null (or absent) means no quiet hours. */
  quietHours?: QuietHours | null;
  lang: Lang;
}

/** A validated input with every default filled in: what the store writes. */
export interface SubscriptionSettings {
  platform: Platform;
  userId: string;
  destination: string;
  method: MethodId;
  leadDays: number[];
  sendHour: number;
  quietHours: QuietHours | undefined;
  lang: Lang;
}

/** 3 days before and the morning of the deadline (issue 3). */
export const DEFAULT_LEAD_DAYS: readonly number[] = [3, 0];
export const DEFAULT_SEND_HOUR = 9;
/**
 * The bill is announced by the 3rd business day of the month and the earliest deadline is the
 * 10th, so a reminder more than two weeks ahead would come before the bill it is about.
 */
export const MAX_LEAD_DAYS = 14;

const hour = z.number().int().min(0).max(23);

const inputSchema = z.object({
  platform: z.string().regex(PLATFORM_NAME, 'must be a platform name such as slack or line'),
  userId: z.string().min(1).max(200),
  destination: z.string().min(1).max(300),
  method: z.enum(METHOD_IDS),
  leadDays: z.array(z.number().int().min(0).max(MAX_LEAD_DAYS)).min(1).max(5).optional(),
  sendHour: hour.optional(),
  quietHours: z
    .object({ start: hour, end: hour })
    .refine((q) => q.start !== q.end, 'quiet hours need start ≠ end')
    .nullable()
    .optional(),
  lang: z.enum(['ja', 'en']),
});

/** Validates and fills defaults; throws ReminderError naming each bad field. */
export function normalizeSubscriptionInput(input: SubscriptionInput): SubscriptionSettings {
  const result = inputSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
    throw new ReminderError(
      `Invalid reminder subscription: ${problems.join('; ')}`,
      'REMINDER_INPUT_INVALID',
    );
  }
  const value = result.data;
  return {
    platform: value.platform,
    userId: value.userId,
    destination: value.destination,
    method: value.method,
    // Unique and largest first, so that lists and plans read in the order they happen.
    leadDays: [...new Set(value.leadDays ?? DEFAULT_LEAD_DAYS)].sort((a, b) => b - a),
    sendHour: value.sendHour ?? DEFAULT_SEND_HOUR,
    quietHours: value.quietHours ?? undefined,
    lang: value.lang,
  };
}

/** True when two settings would plan different reminders (the language only changes the wording). */
export function changesPlanning(a: SubscriptionSettings | Subscription, b: SubscriptionSettings): boolean {
  return (
    a.method !== b.method ||
    a.sendHour !== b.sendHour ||
    a.leadDays.join(',') !== b.leadDays.join(',') ||
    (a.quietHours?.start ?? -1) !== (b.quietHours?.start ?? -1) ||
    (a.quietHours?.end ?? -1) !== (b.quietHours?.end ?? -1)
  );
}
