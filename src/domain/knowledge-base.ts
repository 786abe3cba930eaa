// The knowledge base: every fact the bot may state, with its source and the day it was verified.
// It is data (src/domain/knowledge-base.json), checked here so that a bad edit stops the bot at
// start with a message naming the entry and the field, instead of producing a wrong answer later.
import { z } from 'zod';
import { INTENT_NAMES } from '../types.js';
import { METHOD_IDS } from './methods.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real calendar date',
    },
  );

/** Every user-facing string exists in both languages. */
const text = z.object({ ja: z.string().min(1), en: z.string().min(1) });

const source = z.object({
  title: z.string().min(1),
  url: z.url(),
  verifiedAt: isoDate,
  /** How this fact relates to the seed article: taken from it, corrected or refined by a later source. */
  status: z.enum(['seed', 'corrected', 'refined', 'confirmed']),
});

const fact = z.object({ text, source });

/** A regular expression written as its source in the data: it must compile. */
const regexSource = z
  .string()
  .min(1)
  .refine(
    (pattern) => {
      try {
        new RegExp(pattern, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

/** A page a topic's answer rests on; third-party pages (shops, blogs, news) are `official: false`. */
const topicSource = z.object({
  title: z.string().min(1),
  url: z.url(),
  verifiedAt: isoDate,
  official: z.boolean(),
});

/** Where to send a user for what the bot cannot answer (domain-faq.md, "Where to send users"). */
export const ROUTE_IDS = ['contact_form', 'fraud_form', 'customer_centre', 'shop', 'help_centre'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

const route = z.object({
  name: text,
  /** Absent for a route that is not a web page (the shop where the user bought). */
  url: z.url().optional(),
  note: text.optional(),
  source: topicSource,
});

/**
 * Evidence for a topic over the normalised question (lower case, hiragana, "atone"): the same
 * thing as an intent's cue, written as data; the trained matcher learns what it weighs.
 */
const cue = regexSource;

/** Something an answer must never say (domain-faq.md's NOT lines), checked against both languages. */
const mustNotClaim = z.object({ pattern: regexSource, why: z.string().min(1) });

/** What the matcher needs to learn a topic: enough ways of asking it, in both languages. */
const MIN_EXAMPLES = 8;
const examples = z.array(z.string().min(1)).min(MIN_EXAMPLES);

/**
 * A frequent question beyond the core intents: matched by the same matcher (its id is the
 * answer's intent), answered by one generic path (src/topics/). Adding one is adding data.
 */
const topic = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected snake_case'),
  /** Short, for "did you mean" buttons and the answer's title. */
  label: text,
  examples: z.object({ ja: examples, en: examples }),
  cues: z.array(cue).default([]),
  answer: text,
  /** Appended after the answer, in this order; the help centre always closes a route. */
  routes: z.array(z.enum(ROUTE_IDS)).default([]),
  sources: z.array(topicSource).min(1),
  mustNotClaim: z.array(mustNotClaim).default([]),
  /**
   * Yes/no questions the answer settles (「毎月リセットされる？」: no), said first when asked: the
   * pattern is read over the normalised question, like a cue.
   */
  verdicts: z
    .array(
      z.object({
        asks: regexSource,
        /** `unknown`: no source settles it; the sentence that says so comes first, with no yes or no. */
        says: z.enum(['yes', 'no', 'unknown']),
        /** The answer's sentence that says so, when the question's own words do not find it. */
        saidBy: regexSource.optional(),
      }),
    )
    .default([]),
  /** The topic that takes over when this answer did not help ("it keeps failing" after the steps). */
  whenStuck: z.string().optional(),
  /**
   * The contract's intent for it, when design.md's table names the topic nowhere ("how do I reach
   * atone?", "my order never came": "everything else"); by default the topic's id.
   */
  reportedAs: z.literal('fallback').optional(),
});

const method = z.object({
  id: z.enum(METHOD_IDS),
  name: text,
  where: text,
  dueDay: z.number().int().min(1).max(28),
  /** True only where a source says so: the 27th auto-debit moves to the next bank business day. */
  movesToNextBusinessDay: z.boolean(),
  feeYen: z.number().int().min(0),
  source,
});

const campaign = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: text,
  summary: text,
  /** Either end may be unknown (null): the seed only says "spring". */
  period: z.object({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    /** When the exact end is unknown, the last day it can have run ("spring 2024" → 2024-06-30). */
    endsNoLaterThan: isoDate.optional(),
    note: text,
  }),
  eligibility: z.object({
    lastUsedOnOrAfter: isoDate.optional(),
    lastUsedOnOrBefore: isoDate.optional(),
    requiresEntry: z.boolean(),
    conditions: z.array(text),
  }),
  rewards: z.array(
    z.object({
      /** The tier applies from this many shops; absent for rewards that do not depend on shops. */
      minShops: z.number().int().min(1).optional(),
      points: z.number().int().min(1).optional(),
      lottery: z.boolean().default(false),
      text,
    }),
  ),
  source,
});

export const FACT_IDS = [
  'what',
  'operator',
  'safety',
  'no_credit_card',
  'checkout',
  'products',
  'billing_cycle',
  'bill_notice',
  'installments',
  'points',
  'usage_limit',
  'late_payment',
  'late_fee',
  'fee_per_month',
  'no_extension',
  'change_method',
  'change_method_app_trouble',
  'amazon_atone',
  'amazon_gift_card',
  'amazon_pay_later',
  'amazon_methods',
  'amazon_cash_on_delivery',
  'amazon_debit_card',
  'amazon_pay',
  'amazon_wallets',
  'closing_day',
  'store_not_seven_eleven',
] as const;

export type FactId = (typeof FACT_IDS)[number];

export const knowledgeBaseSchema = z
  .object({
    facts: z
      .object(Object.fromEntries(FACT_IDS.map((id) => [id, fact])) as Record<FactId, typeof fact>)
      .strict(),
    methods: z.array(method).length(METHOD_IDS.length),
    campaigns: z.array(campaign),
    routes: z
      .object(Object.fromEntries(ROUTE_IDS.map((id) => [id, route])) as Record<RouteId, typeof route>)
      .strict(),
    topics: z.array(topic).default([]),
  })
  .superRefine((kb, ctx) => {
    for (const id of METHOD_IDS) {
      if (!kb.methods.some((m) => m.id === id)) {
        ctx.addIssue({ code: 'custom', path: ['methods'], message: `method "${id}" is missing` });
      }
    }
    const seen = new Set<string>();
    kb.topics.forEach((t, i) => {
      // A topic's id is the answer's intent: it may not shadow a core intent or another topic.
      if ((INTENT_NAMES as readonly string[]).includes(t.id) || seen.has(t.id)) {
        ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `"${t.id}" is already taken` });
      }
      seen.add(t.id);
    });
    kb.topics.forEach((t, i) => {
      if (t.whenStuck !== undefined && (t.whenStuck === t.id || !seen.has(t.whenStuck))) {
        const message = `"${t.whenStuck}" is no other topic`;
        ctx.addIssue({ code: 'custom', path: ['topics', i, 'whenStuck'], message });
      }
    });
  });

export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
export type Fact = z.infer<typeof fact>;
export type Source = z.infer<typeof source>;
export type LocalText = z.infer<typeof text>;
export type PaymentMethod = z.infer<typeof method>;
export type Campaign = z.infer<typeof campaign>;
export type Topic = z.infer<typeof topic>;
export type TopicSource = z.infer<typeof topicSource>;
export type Route = z.infer<typeof route>;

export class KnowledgeBaseError extends Error {
  readonly code = 'KNOWLEDGE_BASE_INVALID';
}

/** Validates raw data; throws a KnowledgeBaseError naming each bad entry and field. */
export function parseKnowledgeBase(raw: unknown): KnowledgeBase {
  const result = knowledgeBaseSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${describePath(raw, issue.path)}: ${issue.message}`,
  );
  throw new KnowledgeBaseError(`The knowledge base is invalid:\n${problems.join('\n')}`);
}

/** "campaigns[1] (spring_lottery).period.end" — array entries are named by their id when they have one. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? ` (${String(node.id)})` : '';
      out += `[${key}]${id}`;
    } else {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      out += out ? `.${String(key)}` : String(key);
    }
  }
  return out || '(root)';
}

/** The method entry for an id; the schema guarantees there is one. */
export function methodById(kb: KnowledgeBase, id: PaymentMethod['id']): PaymentMethod {
  const found = kb.methods.find((m) => m.id === id);
  if (!found) throw new KnowledgeBaseError(`method "${id}" is missing`);
  return found;
}

/** A dated entry of the knowledge base, named the way an operator finds it in the JSON. */
export interface DatedEntry {
  /** "facts.usage_limit", "methods.store", "topics.withdrawal (https://…)". */
  where: string;
  title: string;
  url: string;
  verifiedAt: string;
}

/**
 * Every source checked before `cutoff` (YYYY-MM-DD): what an operator should verify again. Facts,
 * methods, campaigns, routes and each source of each topic, oldest first.
 */
export function staleSources(kb: KnowledgeBase, cutoff: string): DatedEntry[] {
  const entries: DatedEntry[] = [
    ...Object.entries(kb.facts).map(([id, f]) => ({ where: `facts.${id}`, ...f.source })),
    ...kb.methods.map((m) => ({ where: `methods.${m.id}`, ...m.source })),
    ...kb.campaigns.map((c) => ({ where: `campaigns.${c.id}`, ...c.source })),
    ...Object.entries(kb.routes).map(([id, r]) => ({ where: `routes.${id}`, ...r.source })),
    ...kb.topics.flatMap((t) => t.sources.map((s) => ({ where: `topics.${t.id}`, ...s }))),
  ].map(({ where, title, url, verifiedAt }) => ({ where, title, url, verifiedAt }));
  // ISO days compare as strings.
  return entries
    .filter((e) => e.verifiedAt < cutoff)
    .sort((a, b) => a.verifiedAt.localeCompare(b.verifiedAt));
}
