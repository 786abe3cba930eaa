// What atone is: operator, safety, no credit card, points, installments, usage limit.
import type { FactId } from '../src/domain/knowledge-base.js';
import { defineIntent, t } from '../src/intent.js';

// A sub-topic the question names leads the answer; the rest follows briefly.
const TOPICS: readonly [RegExp, FactId][] = [
  [/上限|限度|枠|limit|\bcap\b|how much can i (spend|use)/, 'usage_limit'],
  [/分割|installment|instalment|split/, 'installments'],
  [/ぽいんと|points?\b/, 'points'],
  [/安全|安心|危な|信用|信頼|怪しい|あやしい|個人情報|safe|secure|trust|legit|privacy/, 'safety'],
  [/運営|会社|企業|operat|company|who (runs|owns|is behind|makes)/, 'operator'],
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
      'ポイントは貯まる？',
      '分割払いはできる？',
      'いくらまで使える？上限は？',
      '利用限度額はいくら？',
    ],
    en: [
      'explain atone to me',
      'what is atone',
      'who runs atone',
      'is atone safe',
      'do I need a credit card',
      'do I earn points',
      'can I pay in installments',
      'what is the usage limit',
    ],
  },
  cues: [
    /とは|って何|ってなに|について|何もの|(どんな|どういう|どのような)(サービス|もの)/,
    /上限|限度|利用枠|運営|会社|安全|安心|信用|信頼|怪しい|あやしい|クレジットカード(なし|なく|不要|いらない|がない|がなく|持って)|クレカ|ぽいんと.{0,8}(貯|たま|もらえ|つく)|npぽいんと|分割|つど後払い|翌月払いとは/,
    /what (is|'s) atone|what (kind|sort|type) of (service|thing|app)|tell me about|about atone|who (runs|operates|owns|is behind|makes)|(which|what) company|company behind|\boperat(es|or|ed)\b|spending cap|\bcap\b|is atone (safe|legit|secure)|credit card|installments?|usage limit|spending limit|limit|earn points|points/,
  ],
  answer({ lang, kb, normalized }) {
    const lead = TOPICS.find(([pattern]) => pattern.test(normalized))?.[1];
    // Whether it is safe is partly who runs it.
    const ids: FactId[] = lead
      ? [lead, ...(lead === 'safety' ? (['operator'] as const) : []), 'what']
      : ['what', 'operator', 'points', 'usage_limit'];
    return {
      title: t(lang, 'atone（アトネ）とは', 'About atone'),
      text: ids.map((id) => kb.facts[id].text[lang]).join('\n'),
      sources: [...new Set(ids.map((id) => kb.facts[id].source))],
    };
  },
});
