// 「見つからない」「まだ届かない」 "didn't work", "still nothing": what the user tried did not help.
// After an FAQ answer, the next step is to ask atone, not the same answer again.
const STILL_STUCK =
  /(?:見つから|見当たら|みあたら)(?:ない|へん|ん|なかった)|(?:届か|来|こ)(?:ない|へん|なかった)(?:けど|んだけど|んやけど|です|の)?\??$|(?:でき|いか|行か|動か|通ら|使え|変わら|反映され)(?:ない|へん|なかった|ません)(?:けど|んだけど|んやけど|です|の)?\??$|うまくいかな|解決しな|だめだった|ダメだった|だめでした|無理だった|(?:何回|何度|なんど|なんかい)(?:やって|試して)も(?:だめ|ダメ|無理|あかん|通らな|でけへん|できな)|(?<![a-z])(?:can'?t find|cannot find|couldn'?t find|didn'?t (?:work|help|come|arrive|change)|doesn'?t (?:work|help|show)|not working|still (?:nothing|not|no|can'?t|doesn'?t|didn'?t|stuck|waiting)|no luck|nothing (?:came|arrived|there|yet)|not there|it failed|(?:that|this|it) failed|keeps? (?:failing|getting rejected|getting declined)|(?:failed|rejected) again)(?![a-z])|失敗(?:する|した|して|しちゃ|ばかり|ばっかり|続き)|弾かれ|はじかれ/;

// "What if that doesn't work?", 「見つからなかったら？」 put a case: the topic's answer, which covers it.
// (「期限過ぎたらやばい？」: the case put before a last word or two.)
const PUTS_A_CASE = /(?<![a-z])if(?![a-z])|場合|たら(?:\??$|[^\s、。]{0,6}[?？]\s*$)/;

// "it keeps getting rejected, what am I doing wrong?", 「なんで通らないの？」: the cause asked for,
// which the topic's answer gives.
const ASKS_THE_CAUSE =
  /(?<![a-z])(?:what am i doing wrong|what'?s wrong|what is wrong|why)(?![a-z])|なんで(?!す|しょ)|なぜ|どうして|原因|何が(?:悪い|だめ|ダメ|いけない)/;

/** It did not work, whether or not the cause is asked: the conversation stays on the topic. */
export function saysItFails(normalized: string): boolean {
  return STILL_STUCK.test(normalized) && !PUTS_A_CASE.test(normalized);
}

/** It did not work, and nothing more is asked: the answer is where to ask. */
export function saysStillStuck(normalized: string): boolean {
  return saysItFails(normalized) && !ASKS_THE_CAUSE.test(normalized);
}
