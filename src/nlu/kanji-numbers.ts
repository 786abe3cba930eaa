// 「十二月三十一日」「二〇二六年十一月三日」: dates written in kanji numerals, read as digits
// (12月31日, 2026年11月3日) so that the date rules, written for digits, read them too.

const KANJI_BEFORE_UNIT = /([〇一二三四五六七八九十]{1,4})(?=\s*[年月日])/g;
const HAS_ONE = /[〇一二三四五六七八九十]\s*[年月日]/;
const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A kanji number: 十二 → 12, 三十一 → 31, 二〇二六 → 2026 (digit by digit); undefined if malformed. */
export function kanjiNumber(kanji: string): number | undefined {
  if (!kanji.includes('十')) {
    let value = 0;
    for (const c of kanji) value = value * 10 + (DIGIT[c] ?? Number.NaN);
    return Number.isNaN(value) ? undefined : value;
  }
  const [tens = '', ones = '', ...rest] = kanji.split('十');
  if (rest.length > 0 || tens.length > 1 || ones.length > 1) return undefined;
  const ten = tens === '' ? 1 : DIGIT[tens];
  const one = ones === '' ? 0 : DIGIT[ones];
  return ten === undefined || one === undefined ? undefined : ten * 10 + one;
}

/** The text with kanji numbers before 年, 月 and 日 written in digits (the rest as it was). */
export function withDigitDates(text: string): string {
  if (!HAS_ONE.test(text)) return text;
  return text.replace(KANJI_BEFORE_UNIT, (kanji: string) => String(kanjiNumber(kanji) ?? kanji));
}
