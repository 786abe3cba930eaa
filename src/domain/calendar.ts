// Plain calendar values. Dates in the domain are Tokyo calendar days, never instants, so that
// no machine time zone can move a deadline by a day.

/** A calendar day in Asia/Tokyo. `month` is 1–12. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar month. `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}
