// Paying with atone at checkout.
import { defineIntent, t } from '../src/intent.js';
import { joinLines } from '../src/phrases.js';

export default defineIntent({
  name: 'how_to_use',
  label: { ja: 'atoneの使い方', en: 'paying with atone' },
  examples: {
    ja: [
      'アトネでの支払い手順',
      'atoneの使い方',
      'お店でatoneを使うには？',
      '認証コードが届かない',
      '決済の手順を教えて',
      'ネットショップでatoneを選ぶとどうなる？',
      '買い物でatoneを使いたい',
    ],
    en: [
      'how does atone checkout work',
      'how do I use atone',
      'how to pay with atone at checkout',
      'where do I enter the SMS code',
      'how do I buy something with atone',
    ],
  },
  cues: [
    /使い方|つかいかた|使う(には|方法|手順)|使うとき|後払いする方法|決済(の)?(方法|手順|する|画面)|手順|流れ|やり方|認証こーど|チェックアウト|レジで|選ぶと|選んだ(あと|後)|買い物する/,
    /how (does|do|can|to)\b.{0,25}\b(use|work|pay with|buy with|checkout|check out)|checkout|verification code|\bcode\b|steps to|first time using|buy (something )?(with|using) atone/,
    /\bsms\b/,
    // "このボットの使い方" is help; Amazon questions are amazon; limits, points and fees are about or fees.
    /ぼっと|\bbot\b|amazon|あまぞん/,
    /上限|限度|ぽいんと|手数料|\blimit|points?\b|\bfees?\b/,
  ],
  answer({ lang, kb }) {
    return {
      title: t(lang, 'atoneで支払うには', 'Paying with atone'),
      text: joinLines([
        kb.facts.checkout.text[lang],
        kb.facts.products.text[lang],
        kb.facts.billing_cycle.text[lang],
      ]),
      sources: [kb.facts.checkout.source, kb.facts.products.source],
    };
  },
});
