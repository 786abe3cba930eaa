// A month or a year next to the one just answered, asked alone: "and the month before?",
// 「次の月は？」, "and the year before?", 「去年は？」. The conversation asks the last question again for
// it (src/conversation/follow-ups.ts); read alone, its "before" is no reminder's (reading-rules.ts).

// "and the month before?", 「その前の月は？」「次の月は？」: the month next to the one just answered, alone.
// ("and the next month?", "and the one after that?" too: "the" makes it the answer's, not the calendar's.)
export const MONTH_NEXT_TO_IT =
  /^(?:(?:and|so|what about|how about|then)\s+)?(?:for\s+)?(?:the\s+)?(?:month (?:before|after)|previous month|following month)(?:\s+(?:then|that|it))?\s*[?.!]*$|^(?:(?:and|so|what about|how about|then)\s+)?(?:for\s+)?the\s+(?:next month|one after(?: that)?|month after that)\s*[?.!]*$|^(?:じゃあ|じゃ|で|それと)?[、,\s]*(?:その)?(?:前の月|次の月|翌月|前月)(?:の分)?(?:は|なら|だと|って)?\s*[?？]*$/;

// "and the year before?", 「去年は？」「来年の分は？」: the year next to the one just answered, alone.
export const YEAR_NEXT_TO_IT =
  /^(?:(?:and|so|what about|how about|then)\s+)?(?:for\s+)?(?:the\s+)?(?:year (?:before|after)|previous year|following year|last year|next year)(?:\s+(?:then|that|it))?\s*[?.!]*$|^(?:じゃあ|じゃ|で|それと)?[、,\s]*(?:その)?(?:去年|昨年|前の年|前年|来年|次の年|翌年)(?:の分)?(?:は|なら|だと|って)?\s*[?？]*$/;

/** Whether the message asks only about the month or year next to the last one. */
export function asksNextPeriod(normalized: string): boolean {
  return MONTH_NEXT_TO_IT.test(normalized) || YEAR_NEXT_TO_IT.test(normalized);
}
