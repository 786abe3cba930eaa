// Every intent, listed statically so that the type checker sees them all. Adding an intent means
// adding its file and one line here. Order breaks exact ties: more specific intents first.
import type { IntentDefinition } from '../src/intent.js';
import about from './about.js';
import amazon from './amazon.js';
import amazonPaymentMethods from './amazon-payment-methods.js';
import billingNotice from './billing-notice.js';
import campaignEligibility from './campaign-eligibility.js';
import campaigns from './campaigns.js';
import changeMethod from './change-method.js';
import deadline from './deadline.js';
import fallback from './fallback.js';
import fees from './fees.js';
import help from './help.js';
import howToUse from './how-to-use.js';
import latePayment from './late-payment.js';
import paymentMethods from './payment-methods.js';
import reminderList from './reminder-list.js';
import reminderSubscribe from './reminder-subscribe.js';
import reminderUnsubscribe from './reminder-unsubscribe.js';

export const intents: readonly IntentDefinition[] = [
  deadline,
  paymentMethods,
  changeMethod,
  fees,
  billingNotice,
  latePayment,
  howToUse,
  about,
  amazon,
  amazonPaymentMethods,
  campaigns,
  campaignEligibility,
  reminderSubscribe,
  reminderUnsubscribe,
  reminderList,
  help,
  fallback,
];
