// "Mark it as paid", 「支払い済みにして」「支払い済みで」: what a reminder's Paid button does, asked
// for in words. Read by the matcher's corrections (a reminder intent, whatever the words brush) and
// by the conversation (the deadline marked paid).
export const MARKS_PAID =
  /(?<![a-z])mark (?:it|this(?: one| month)?|that|the bill|this month'?s(?: bill)?)?\s*(?:as )?paid(?![a-z])|(?:支払い?済み?|払い済み?|払った(?:こと)?)に(?:して|しといて|しておいて|変えて|でき)|(?:支払い?済み|払い済み)で(?:お願い|よろしく|頼む)?[。!！\s]*$/;
