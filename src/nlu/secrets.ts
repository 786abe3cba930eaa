// Secrets typed into the chat: an SMS code or a password given (not asked about). The answer warns
// first (src/bot.ts), and the record of unanswered turns keeps none (src/unanswered.ts).

// 「552901 です。代わりに入れてもらえる？」 "The SMS code is 839201, finish the checkout for me": a
// secret given (not asked about: 「認証コードここに送ったほうがいい？」 is a topic's verdict). Not the
// bill's 受付番号, which is no secret.
const GIVES_A_SECRET =
  /(?:認証|確認|暗証)(?:の)?(?:こーど|番号)(?:は|が|:)?\s*\d{4,8}(?!\d)|(?<!ばー)こーど(?:は|:)\s*\d{4,8}(?!\d)|ぱすわーど(?:は|:)\s*(?=[\w!@#$%^&*.-]*[\d!@#$%^&*])[\w!@#$%^&*.-]{6,}|(?<![\d#/-])\d{4,8}(?![\d年月日円/-])\s*(?:です|だよ|やで|だ)?[。、,\s]*[^。?]{0,12}(?:代わりに|入れて|入力して|打って)|(?<![a-z])(?:(?:code|passcode|pin)(?: is|:|=)\s*\d{4,8}(?!\d)|\d{4,8} is (?:my|the) (?:sms )?code|password(?: is|:|=)\s*(?=[\w!@#$%^&*.-]*[\d!@#$%^&*])[\w!@#$%^&*.-]{6,})/;
/** Whether the (normalised) message gives a code or a password away. */
export function givesASecret(normalized: string): boolean {
  return GIVES_A_SECRET.test(normalized);
}

// The digits of a code, and a password's token, as stored: masked.
const SECRET_PARTS =
  /\d{4,8}|(?<=(?:password|ぱすわーど|パスワード)\s*(?:is|は|:|=)?\s*)[\w!@#$%^&*.-]{4,}/gi;

/** `text` with what may be a code or a password masked, when the message gives one away. */
export function withoutSecrets(text: string, normalized: string): string {
  return givesASecret(normalized) ? text.replace(SECRET_PARTS, '****') : text;
}
