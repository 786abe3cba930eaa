// The reminder engine's public surface, for the entry point, the intents and the adapters.
export { type BackoffPolicy, DEFAULT_BACKOFF } from './backoff.js';
export { PermanentSendError, RateLimitError, ReminderError, UndeliverableError } from './errors.js';
export { type PlannedDelivery, planDeliveries } from './plan.js';
export { LATE_PREFIX, reminderAnswer } from './reminder-answer.js';
export {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
  type SendFn,
  type SendMeta,
  type TickReport,
  type Timer,
} from './scheduler.js';
export {
  type ActionOutcome,
  type Actor,
  createReminderService,
  type MarkPaidOutcome,
  type NextDeadline,
  type ReminderButton,
  type ReminderService,
  type SnoozeOutcome,
  type SubscribeResult,
} from './service.js';
export {
  DEFAULT_LEAD_DAYS,
  DEFAULT_SEND_HOUR,
  type QuietHours,
  type Subscription,
  type SubscriptionInput,
} from './subscription.js';
