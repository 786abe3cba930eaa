// Learners of Japanese often write in kana alone, words spaced apart: 「わたし は はらう の を
// わすれました」「2023ねん 10がつ に つかいました」. The matcher learned atone's words in kanji
// (払う, 忘れ, 方法, 10月), so such a message is read a second time with those words written in
// kanji (src/bot.ts keeps the surer reading). Only a message with no kanji at all is rewritten:
// the table never touches what a native writer typed, and training never sees it (no retrain).

/** Kana words of atone's questions and their kanji, longest first where one contains another. */
const WORDS: readonly (readonly [string, string])[] = [
  ['つどあとばらい', 'つど後払い'],
  ['よくげつばらい', '翌月払い'],
  ['あとばらい', '後払い'],
  ['ほんにんかくにん', '本人確認'],
  ['でんわばんごう', '電話番号'],
  ['こうざふりかえ', '口座振替'],
  ['せいきゅうしょ', '請求書'],
  ['てすうりょう', '手数料'],
  ['ひきおとし', '引き落とし'],
  ['しはらい', '支払い'],
  ['しはらう', '支払う'],
  ['しめきり', '締め切り'],
  ['せいきゅう', '請求'],
  ['ほうほう', '方法'],
  ['きげん', '期限'],
  ['きじつ', '期日'],
  ['わすれ', '忘れ'],
  ['おくれ', '遅れ'],
  ['えんたい', '延滞'],
  ['りょうきん', '料金'],
  ['へんぴん', '返品'],
  ['へんきん', '返金'],
  ['かいもの', '買い物'],
  ['かいました', '買いました'],
  ['ちゅうもん', '注文'],
  ['つかいかた', '使い方'],
  ['つかいました', '使いました'],
  ['つかった', '使った'],
  ['つかえ', '使え'],
  ['つかう', '使う'],
  ['りよう', '利用'],
  ['ていし', '停止'],
  ['ぜんじつ', '前日'],
  ['まえのひ', '前日'],
  ['とうじつ', '当日'],
  ['おしえて', '教えて'],
  ['へんこう', '変更'],
  ['つうち', '通知'],
  ['とうろく', '登録'],
  ['せってい', '設定'],
  ['かいじょ', '解除'],
  ['たいかい', '退会'],
  ['じょうげん', '上限'],
  ['げんど', '限度'],
  ['はらい', '払い'],
  ['はらう', '払う'],
  ['はらえ', '払え'],
  ['はらっ', '払っ'],
  ['はらわ', '払わ'],
  ['ぶんかつ', '分割'],
  ['いちばん', '一番'],
  ['やすい', '安い'],
  ['おかね', 'お金'],
  ['おみせ', 'お店'],
  ['なに', '何'],
];

const WORD = new RegExp(WORDS.map(([kana]) => kana).join('|'), 'g');
const KANJI_OF = new Map(WORDS);

// 「2023ねん 10がつ 5にち」「3にち まえ」「よる 8じ」「4けん」: counted units after a digit.
const UNITS: readonly (readonly [RegExp, string])[] = [
  [/(\d)\s*ねん/g, '$1年'],
  [/(\d)\s*がつ/g, '$1月'],
  [/(\d)\s*にち/g, '$1日'],
  [/(\d)\s*じ(?![ゃゅょ])/g, '$1時'],
  [/(\d)\s*(?:けん|てんぽ)/g, '$1店舗'],
  [/日\s*まえ/g, '日前'],
];

const HAN = /\p{Script=Han}/u;
const HIRAGANA = /\p{Script=Hiragana}/gu;
/** Fewer kana than this is too little to be a learner's sentence (「はい」「いつ？」 read as they are). */
const MIN_KANA = 6;
// Spaces between Japanese words: a learner's, which no sentence the matcher learned has.
const SPACE_BETWEEN_JAPANESE =
  /(?<=[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])\s+(?=[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー\d])|(?<=\d)\s+(?=[\p{Script=Han}])/gu;

/**
 * The message with atone's kana words in kanji and a learner's spaces closed up, when it is
 * written in kana alone and something changed; else undefined.
 */
export function learnersKanji(normalized: string, typed: string): string | undefined {
  // (What the user typed, not the normalised text: spelling correction writes a few words in kanji.)
  if (HAN.test(typed)) return undefined;
  if ((normalized.match(HIRAGANA)?.length ?? 0) < MIN_KANA) return undefined;
  // (Spaces first: 「まえ の ひ」 is the word 「まえのひ」.)
  let text = normalized.replace(SPACE_BETWEEN_JAPANESE, '');
  for (const [pattern, kanji] of UNITS) text = text.replace(pattern, kanji);
  text = text.replace(WORD, (kana) => KANJI_OF.get(kana) ?? kana);
  return text === normalized ? undefined : text;
}
