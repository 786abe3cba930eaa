// The user's own way to pay, told rather than asked: the conversation keeps it (a method answered
// to "which one?"), and the bot does not answer it as a question of its own beside another.

// 「はがきにしてます」「はがき払いです」「コンビニで払う」 "I pay by postcard", "I use the barcode", "pay at
// 7-eleven with the barcode", "i have bank autopay": the user's own method, told.
// (「アプリ見たらはがきだった」: found out, told too.)
const OWN_METHOD =
  /(?:に|で)(?:して(?:る|ます|います|いる)|払って(?:る|いる|ます|います|おります)|支払って(?:る|いる|ます|います|おります))|に(?:する|します|しよう|しとく|しておく)(?=$|[。、,.!\s]|わ|よ|ね|つもり)|払いです|で(?:支)?払(?:う|います)(?=$|[。、,.!\s]|よ|けど|んだ|んです|から|ので|の(?:で|だ|です))|(?<![a-z])(?<!(?:can|could|should|do|may|where|how|when|if) )i (?:always |usually |normally )?(?:pay|use)(?: it)?(?: by| with| via| at| through)?(?![a-z])|^(?:(?:ok|okay|so|and|oh|um+)[, ]+)?(?:pay(?:ing)?|using) (?:it |them )?(?:at|by|with|via|through) (?=[^?]*$)|(?<![a-z])my (?:payment(?: method)?|method|way to pay|way of paying) (?:is|=)(?![a-z])|(?<![a-z])i (?:have|got|set up|signed up for|chose|picked) (?:the |a )?(?:bank |auto |direct )?(?:autopay|auto[- ]?pay|auto ?debit|direct debit|bank debit|postcard|paper (?:bill|invoice)|barcode)(?![a-z])|(?<![a-z])(?:(?:the )?(?:bank|account) (?:takes|pulls|debits) it|i'?m on (?:auto|direct|bank) debit|(?:it'?s|it is|mine'?s|mine is) (?:the|by|through|via|with|on)(?= )|(?:it|the money|the bill|my bill|payment) (?:comes|goes|gets (?:taken|debited|pulled)|is (?:taken|debited|withdrawn|pulled)) (?:straight |directly |automatically )?(?:out of|from) my (?:bank )?account|it'?s (?:taken|debited|withdrawn|pulled) (?:straight |directly |automatically )?(?:out of|from) my (?:bank )?account)(?![a-z])|(?:払い方|支払い?方法|支払い)(?:は|って)[^。?？]{1,20}?(?:です|でーす|や|やで|だ|だよ|よ|で)?[。!！\s]*$|(?:はがき|こんびに|ばーこーど|口座振替|自動振替)(?:払い)?(?:だった|でした|やった)(?:わ|よ)?[。!！\s]*$/;

/** Told (「はがきにしてます」 "I pay by postcard"), not asked ("can I pay at Lawson?"). */
export function tellsOwnMethod(normalized: string): boolean {
  return OWN_METHOD.test(normalized);
}
