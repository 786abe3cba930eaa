// Which campaigns exist, what they are, and whether they still run.
import { campaignsOfKinds } from '../src/domain/campaigns.js';
import { defineIntent, t } from '../src/intent.js';
import { bullets, campaignRulesText, campaignStatusText, joinLines } from '../src/phrases.js';

const ASKS_ABOUT_ENTRY =
  /(?:えんとりー|応募)(?:って|は|が|も)?(?:必要|いる|要る|せな|しな(?:きゃ|いと|あかん)|したほう)|(?<![a-z])(?:do i|should i|must i|have to|need to) (?:enter|sign up|register|apply)|(?:entry|sign-?up|registration) (?:required|needed)(?![a-z])/;

export default defineIntent({
  name: 'campaigns',
  label: { ja: 'キャンペーン', en: 'campaigns' },
  examples: {
    ja: [
      'キャンペーンやってる？',
      '今やってるキャンペーンは？',
      'お得なキャンペーンある？',
      '春のポイント祭りって何？',
      '大抽選キャンペーンについて',
      'atoneのキャンペーン',
    ],
    en: [
      'is there a campaign now',
      'any promotions right now',
      'tell me about the points festival',
      'what is the spring lottery',
      'are there any deals',
    ],
  },
  cues: [
    /きゃんぺーん|ぽいんと祭|大抽選|抽選|お得|特典|祭り/,
    // (The festival's name in romaji in an English question: "haru no point matsuri".)
    /campaigns?|promotions?|promo|festival|lottery|deals?|offers?|bonus|matsuri|(?<![a-z])chuusen(?![a-z])/,
    /期間|いつまで|いつから|開催|period|when does .{0,30}(end|start|run)/,
  ],
  answer({ lang, kb, now, normalized, slots }) {
    // 「エントリーは必要？」 "do I need to enter?": the festival's condition, said first.
    const entry = ASKS_ABOUT_ENTRY.test(normalized)
      ? [
          t(
            lang,
            '春のポイント祭りは、期間中のエントリーが条件です。',
            'The Spring Points Festival requires entry during the campaign period.',
          ),
        ]
      : [];
    // (「ポイント祭りってやってる？」: the one named, alone.)
    const named = campaignsOfKinds(kb.campaigns, slots.campaigns);
    const lines = named.map(
      (c) =>
        // Japanese sentences follow each other without a space.
        `${c.name[lang]}: ${[c.summary[lang], campaignRulesText(c, lang), campaignStatusText(c, now, lang)].join(t(lang, '', ' '))}`,
    );
    return {
      title: t(lang, 'atoneのキャンペーン', 'atone campaigns'),
      text: joinLines([
        ...entry,
        t(lang, '知られているキャンペーン:', 'Campaigns we know of:'),
        bullets(lines),
        t(
          lang,
          '最後に atone を使った日（と使った店舗数）を教えてもらえれば、対象かどうか判定します。',
          'Tell me when you last used atone (and at how many shops) and I will check whether you qualify.',
        ),
      ]),
      sources: named.map((c) => c.source),
    };
  },
});
