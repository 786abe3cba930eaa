// Where an answer comes from, asked right after it: 「それって公式情報？」 "is that official?". The
// topics' pages say whether they are official (Topic.sources' official); the core facts' pages are
// when they are on the site of the company the fact is about (atone, its operator, Amazon).
import { t } from '../intent.js';
import type { Lang } from '../types.js';

// 「それって公式情報？」「ソースは？」 "is that official?", "what's the source?": where an answer
// comes from.
const ASKS_IF_OFFICIAL =
  /公式(?:の)?(?:情報|発表|見解|説明)?(?:なの|なん|です|か|って|\?|$)|(?:そーす|出典|情報源|根拠)(?:は|って|どこ|を)|(?<![a-z])(?:(?:is|was) (?:that|this|it|the info(?:rmation)?) (?:from )?(?:official|from atone)|official (?:info|information|source|answer)\??$|(?:what'?s|what is|where'?s) (?:the|your) source|where (?:is|does|did) (?:that|this|it) (?:info(?:rmation)? )?(?:come|coming) from|says who)(?![a-z])/;

export function asksIfOfficial(normalized: string): boolean {
  return ASKS_IF_OFFICIAL.test(normalized);
}

// Words of the answer that say a part of it is not atone's own: 「第三者の情報」, 「公式の説明は見つかりませんでした」.
const NOT_ALL_OFFICIAL = /第三者|公式の[^。]{0,24}見つかりませんでした|third-party|no official/;

/** A page an answer rests on, and whether it is official (the company's own). */
export interface Provenance {
  title: string;
  official: boolean;
}

/**
 * Whether an answer is official, a third party's, or partly each, with its pages. `answer`'s words
 * say where a part of it is not official (「第三者の情報」); `marked`: it marks each such part.
 */
export function provenance(
  sources: readonly Provenance[],
  answer: string,
  lang: Lang,
  marked: boolean,
): string {
  const titles = (official: boolean) =>
    sources
      .filter((source) => source.official === official)
      .map((source) => (lang === 'ja' ? `「${source.title}」` : `"${source.title}"`))
      .join(lang === 'ja' ? '、' : ', ');
  const official = titles(true);
  const thirdParty = titles(false);
  if (!thirdParty && !NOT_ALL_OFFICIAL.test(answer))
    return t(
      lang,
      `はい、公式の情報です（${official}）。`,
      `Yes: it comes from official pages (${official}).`,
    );
  if (!official)
    return t(
      lang,
      `いいえ、公式の情報ではありません。公式の説明は見つからず、第三者の情報（${thirdParty}）によるものです。`,
      `No: no official page says it; it rests on third-party sources (${thirdParty}).`,
    );
  return thirdParty
    ? t(
        lang,
        `一部は公式の情報（${official}）、一部は第三者の情報（${thirdParty}）です。${marked ? '答えでは、第三者の情報にそう書いています。' : ''}`,
        `Partly: some of it comes from official pages (${official}), some from third-party sources (${thirdParty})${marked ? '; the answer marks those "third-party".' : '.'}`,
      )
    : t(
        lang,
        `おもに公式の情報（${official}）ですが、答えに書いたとおり、公式の説明が見つからなかった点もあります。`,
        `Mostly: it comes from official pages (${official}), but where no official statement was found, the answer says so.`,
      );
}

// atone's own sites, its operator's and Amazon's (faq.atone.be, np-atobarai.jp, pay.amazon.co.jp).
const OFFICIAL_HOST = /(?:^|\.)(?:atone\.be|np-atobarai\.jp|netprotections\.com|amazon\.co\.jp)$/;

/** Whether a page is on the site of a company the bot's facts are about. */
export function isOfficialPage(url: string): boolean {
  try {
    return OFFICIAL_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
