// Users write as they speak: 「はがき届いてへんねんけど」「まだ払っとらんけど大丈夫？」「カード持っとらん
// でも使える？」. The matcher learned mostly standard Japanese, and a dialect's negatives and
// endings hide the words it knows (届いていない, 払っていない), so such a message is read a second
// time in standard Japanese (src/bot.ts keeps the surer reading). The table rewrites only dialect
// forms, in normalised text (kana folded to hiragana); training never sees it (no retrain).

/** Dialect forms and their standard Japanese, in order: a longer form before one it contains. */
const STANDARD: readonly (readonly [RegExp, string])[] = [
  // 請求書きてへん: 来ていない (not できてへん).
  [/(?<!で)きて(?=[へひ]ん|ない|いない|ません|とらん)/g, '来て'],
  // でけへん, できひん, できへん: できない (「できへんかった」 first: its きへんかった is no 来).
  [/(?:でけへん|できひん|できへん)かった/g, 'できなかった'],
  [/(?:でけへん|できひん|できへん)/g, 'できない'],
  // 来ぉへん, こーへん, けーへん, きーひん: 来ない.
  [/(?:来|こ|け|き)[ぉーえ]?[へひ]んかった/g, '来なかった'],
  [/(?:来|こ|け|き)[ぉーえ]?[へひ]ん(?=かった|[かでやのねけよわ。、?？!！\s]|$)/g, '来ない'],
  // 届いてへん, 読んでへん: 届いていない.
  [/([てで])へん/g, '$1いない'],
  // 払っとらん, 持っとらん, 来とらん (Kyushu, Chugoku): 払っていない (持っとらんでも: 持っていなくても).
  [/([っれいきしちにびみりけせてね来])とらんでも/g, '$1ていなくても'],
  [/([っれいきしちにびみりけせてね来])とらん/g, '$1ていない'],
  // 請求来とる, 払っとる: 来ている (before an ending: not 「とる」 alone, which may be 取る).
  [/([っれいきしちにびみりけせてね来])とる(?=[んのやけでよわはっと?？。!！\s]|$)/g, '$1ている'],
  // Hakata 「未払いになっとるとよ」: 〜ているのよ.
  [/(ている|てる)とよ(?=[?？。！!、\s]|$)/g, '$1のよ'],
  // 忘れとった: 忘れていた (not 「とったら」, which may be 取ったら).
  [/([っれいきしちにびみりけせてね])とった(?!ら)/g, '$1ていた'],
  // 払われへん, 使わへん, 食べへん: 払われない (払われへんかった: 払われなかった; 〜へんでも: 〜なくても).
  [/([わかさたなまらがばぱえけせてねめれげべぺ])へんかった/g, '$1なかった'],
  [/([わかさたなまらがばぱえけせてねめれげべぺ])へんでも/g, '$1なくても'],
  [
    /([わかさたなまらがばぱえけせてねめれげべぺ])へん(?!こう|きん|ぴん|じ)(?=かった|[かでやのねけよわ。、?？!！\s]|$)/g,
    '$1ない',
  ],
  // Hakata 「もう使えんと？」: 使えないの？ (before the plain 〜ん below, which would leave 〜ないと).
  [/(使え|払え|でき|行け|買え|通ら|届か)んと(?=[?？])/g, '$1ないの'],
  // 通らん, 払わん, 届かん, 使えん (western Japan): 通らない (stems listed: 〜さん, 〜えん are names and yen).
  [
    /(払わ|使わ|言わ|買わ|通ら|知ら|分から|わから|足ら|足り|入ら|要ら|いら|終わら|変わら|かから|戻ら|届か|動か|書か|行か|使え|払え|見え|買え|でき)ん(?=かった|[かでやのねけよわとしもが間う。、?？!！\s]|$)/g,
    '$1ない',
  ],
  // 買うて, 払うて, 使うて (Kansai): 買って (「何も買うてへん」: 買っていない).
  [/(買|払|使|言|貰|もろ|支払)うて/g, '$1って'],
  // 払てもうた, 払たら (Kansai, the small っ dropped): 払って, 払ったら.
  [/(払|支払)(?=て(?:もう|しも|しま|た|る|へん|ない)|たら|た(?:[。、?？!！\s]|$))/g, '$1っ'],
  // 使えるとこ, 買ったとこ (spoken): ところ.
  [/([るた])とこ(?!ろ)/g, '$1ところ'],
  // Hakata 「どげんして払うと？」: どうして払うの？
  [/どげんして/g, 'どうやって'],
  [/どげん/g, 'どう'],
  [/^ほんなら/g, 'じゃあ'],
  [/([うくすつぬむるぐぶ])と(?=[?？])/g, '$1の'],
  // Tohoku 「おらの請求、なんぼだべ」, Hakata 「何ば聞いてよかと？」: 私の, だろう, 何を, いいの.
  [/(?<![ぁ-ん])おら(?=の|は|が)/g, '私'],
  // Tohoku 「コード来ねぐなったんだども、どうすればいいべ」「機種変したっけ…」: 来なくなったんだけど, いいの, したら.
  [/(来|こ|届か|使え|でき)ねぐ/g, '$1なく'],
  [/んだども/g, 'んだけど'],
  // Tohoku 「うぢの倅が…勝手に買い物したみてぇだ。取り消してもらえねぇべか」: うちの息子が…みたいだ…もらえないか.
  [/うぢ(?=の)/g, 'うち'],
  [/倅|せがれ/g, '息子'],
  [/みてぇ/g, 'みたい'],
  [/([えけせてねめれげべ])ねぇ(?=べ|か|[?？。、!！\s]|$)/g, '$1ない'],
  [/ないべか(?=[?？。！!\s]|$)/g, 'ないか'],
  [/いいべ(?=[?？。！!、\s]|さ|か|$)/g, 'いいの'],
  [/したっけ(?=[^?？。、,!！\s])/g, 'したら'],
  [/だべ(?=[?？。！!、\s]|さ|か|$)/g, 'だろう'],
  [/何ば(?=[聞言教見買使払])/g, '何を'],
  [/(?:て)?よかと(?=[?？。！!\s]|$)/g, 'ていいの'],
  // Slips of the hand that hide a word the matcher knows: 「気げん」 for 期限, 「請求所」 for 請求書.
  [/気げん|期げん/g, '期限'],
  [/請求所/g, '請求書'],
  // Endings: 〜ねん, 〜やねん, 〜やけど, 〜っちゃけど, 〜やろ, 〜やんな.
  [/やねん/g, 'なんだ'],
  [/ねん(?=[けでな。、?？!！\s]|$)/g, 'んだ'],
  [/っちゃけど/g, 'んだけど'],
  [/([んの])やけど/g, '$1だけど'],
  [/やけど/g, 'だけど'],
  [/やのに/g, 'なのに'],
  // 「口座からやといつ？」「はがきやと」: だと (not やっと).
  [/(?<!っ)やと(?=[、,\s]*(?:いつ|何|なに|なん|どう|いくら|[^。]{0,8}[?？]))/g, 'だと'],
  [/やんな(?=[?？。！!\s]|$)/g, 'だよね'],
  [/やろ(?=[うか?？。！!\s]|$)/g, 'だろ'],
  // Words: あかん, なんぼ, ええ, よか, ほな. (Not もうた: 「パス忘れてもうた」 read as 「忘れてしまった」 is a
  // payment forgotten to the matcher, which learned もうた as it is.)
  [/あかんかった/g, 'だめだった'],
  [/あかん/g, 'だめ'],
  // (「どないして払ったらええの？」 asks how: どうやって, not どうして, "why".)
  [/どないして(?!ん)/g, 'どうやって'],
  [/どない/g, 'どう'],
  [/やん(?=[?？。！!\s]|$)/g, 'じゃん'],
  [/なんぼ/g, 'いくら'],
  [/ええ(?=[のかよわなん?？。！!\s]|$)/g, 'いい'],
  // 「朝8時がよか」 (Kyushu): いい (not よかった, standard).
  [/がよか(?![っろ])/g, 'がいい'],
  [/^ほな/g, 'じゃあ'],
  // An older keigo: 「それはどちらで変えられますの？」: どこで変えられますか (どちら is "where" before a
  // place's verb; 「どちらで払うのが安い？」 asks "which").
  [/どちらで(?=[^。?？]{0,10}(?:変え|変更|手続|申し込|申込|設定|確認|登録))/g, 'どこで'],
  [/ますの(?=[?？])/g, 'ますか'],
  // Tohoku 「期限近ぐなったら教えでけろ」: 近くなったら教えてくれ (〜でけろ after a verb's え-stem: 〜てくれ).
  // (「口座振替にしたら安ぐなるべか？」: 安くなるか.)
  [/(近|安|高|早|遅)ぐ(?=な|て)/g, '$1く'],
  [/([るうくすつぬむぶ])べか(?=[?？。！!\s]|$)/g, '$1か'],
  [/([えけせてねべめれ])でけろ/g, '$1てくれ'],
  [/けろ(?=[。!！?？\s]|$)/g, 'くれ'],
  // Tohoku 「はがぎ来ねぇんだども、どうすっぺ」: はがき来ないんだけど、どうしよう (a k voiced between
  // vowels; 〜ねぇ for 〜ない; 〜っぺ for 〜よう).
  [/はがぎ/g, 'はがき'],
  [/(?:来|こ)ね[ぇえー]/g, '来ない'],
  [/すっぺ(?=[。!！?？\s]|$)/g, 'しよう'],
  // 「もう払っとったら」: 払っていたら (after っ, not 取ったら).
  [/っとったら/g, 'っていたら'],
];

const KANA_OR_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A quick test, the table's patterns as one: most messages have none, and are left at once. */
const ANY_DIALECT = new RegExp(STANDARD.map(([pattern]) => pattern.source).join('|'));

/** The message in standard Japanese, when it has dialect forms and something changed; else undefined. */
export function standardJapanese(normalized: string): string | undefined {
  // (Every dialect form is in kana or kanji: an English message is left without the scan.)
  if (!KANA_OR_KANJI.test(normalized) || !ANY_DIALECT.test(normalized)) return undefined;
  let text = normalized;
  for (const [pattern, standard] of STANDARD) text = text.replace(pattern, standard);
  return text === normalized ? undefined : text;
}
