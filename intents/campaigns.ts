// Which campaigns exist, what they are, and whether they still run.
import { defineIntent, t } from '../src/intent.js';
import { bullets, campaignRulesText, campaignStatusText, joinLines } from '../src/phrases.js';

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
    /campaigns?|promotions?|promo|festival|lottery|deals?|offers?|bonus/,
    /期間|いつまで|いつから|開催|period|when does .{0,30}(end|start|run)/,
  ],
  answer({ lang, kb, now }) {
    const lines = kb.campaigns.map(
      (c) =>
        // Japanese sentences follow each other without a space.
        `${c.name[lang]}: ${[c.summary[lang], campaignRulesText(c, lang), campaignStatusText(c, now, lang)].join(t(lang, '', ' '))}`,
    );
    return {
      title: t(lang, 'atoneのキャンペーン', 'atone campaigns'),
      text: joinLines([
        t(lang, '知られているキャンペーン:', 'Campaigns we know of:'),
        bullets(lines),
        t(
          lang,
          '最後に atone を使った日（と使った店舗数）を教えてもらえれば、対象かどうか判定します。',
          'Tell me when you last used atone (and at how many shops) and I will check whether you qualify.',
        ),
      ]),
      sources: kb.campaigns.map((c) => c.source),
    };
  },
});
