// What atone is: operator, safety, no credit card, points, installments, usage limit.
import type { FactId } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';

// The sub-topics the question names lead the answer, each of them ("who's behind atone and do I
// need a credit card?"); the rest follows briefly.
const TOPICS: readonly [RegExp, FactId][] = [
  [/上限|限度|枠|limit|\bcap\b|how much can i (spend|use)/, 'usage_limit'],
  [/分割|installment|instalment|split/, 'installments'],
  [/ぽいんと|points?\b/, 'points'],
  [/安全|安心|危な|信用|信頼|怪しい|あやしい|個人情報|safe|secure|trust|legit|privacy/, 'safety'],
  [
    /運営|会社|企業|(?:誰|だれ|どこ)が(?:やって|運営|提供|作って|出して)|operat|company|who(?:'s| is)? (?:even |actually |exactly )?(runs|owns|behind|makes)|who is behind/,
    'operator',
  ],
  [/くれじっとかーど|くれか|credit card/, 'no_credit_card'],
  [/つど|翌月払い|products?|plans?/, 'products'],
];

export default defineIntent({
  name: 'about',
  label: { ja: 'atoneとは', en: 'about atone' },
  examples: {
    ja: [
      'アトネってどんなサービス？',
      'atoneって何？',
      'アトネとは',
      'atoneの運営会社は？',
      'atoneは安全？',
      'クレジットカードなしで使える？',
      'いくらまで使える？上限は？',
      '利用限度額はいくら？',
    ],
    en: [
      'explain atone to me',
      'what is atone',
      'who runs atone',
      'is atone safe',
      'do I need a credit card',
      'what is the usage limit',
    ],
  },
  // One cue per sub-topic: the matcher learns what each is evidence for (points and installments
  // questions are mostly the np_points and installments_atone_plus topics').
  cues: [
    /とは|って何|ってなに|について|何もの|(どんな|どういう|どのような)(サービス|もの)/,
    /what (is|'s) atone|what (kind|sort|type) of (service|thing|app)|tell me about|about atone/,
    /上限|限度|利用枠|usage limit|spending limit|spending cap|\bcap\b|limit/,
    /運営|会社|who (runs|operates|owns|is behind|makes)|(which|what) company|company behind|\boperat(es|or|ed)\b/,
    /安全|安心|信用|信頼|怪しい|あやしい|is atone (safe|legit|secure)/,
    /クレジットカード(なし|なく|不要|いらない|がない|がなく|持って)|クレカ|credit card/,
    /ぽいんと.{0,8}(貯|たま|もらえ|つく)|npぽいんと|earn points|points/,
    /分割|installments?/,
    /つど後払い|翌月払いとは/,
    // 「このあと払いのやつって何？」 "what is this pay-later thing?": what atone is.
    /(後払い|あと払い)(の)?(やつ|さーびす|もの)?(って|とは)(何|なに|なん)|(pay[- ]?later|buy now pay later) (thing|service|app)/,
  ],
  answer({ lang, kb, normalized }) {
    const leads = TOPICS.filter(([pattern]) => pattern.test(normalized)).map(([, id]) => id);
    // Whether it is safe is partly who runs it.
    const ids: FactId[] =
      leads.length > 0
        ? [
            ...new Set<FactId>([
              ...leads,
              ...(leads.includes('safety') ? (['operator'] as const) : []),
              'what',
            ]),
          ]
        : ['what', 'operator', 'points', 'usage_limit'];
    return {
      title: t(lang, 'atone（アトネ）とは', 'About atone'),
      text: ids.map((id) => kb.facts[id].text[lang]).join('\n'),
      sources: [...new Set(ids.map((id) => kb.facts[id].source))],
    };
  },
});
