// Japanese typed in romaji ("konbini no kigen wa itsu?", "kouza furikae no tesuuryou"): a user
// without a Japanese keyboard. It is Japanese all the same: it is answered in Japanese, and read
// as the Japanese it spells, so that the matcher and the slot rules, which know 期限 and 口座振替,
// need no second spelling of every word. Only whole sentences are converted: an English question
// quoting one term ("is konbini ok?") stays English.

// Maps, not objects: a word such as "constructor" must not find Object.prototype's.
function wordTable(words: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(words));
}

// Words a romaji sentence is recognised by: none of them is an English word.
const CONTENT: ReadonlyMap<string, string> = wordTable({
  yuukou: '有効',
  yukou: '有効',
  kigen: '期限',
  koete: '超えて',
  shiharai: '支払い',
  shiharaikigen: '支払期限',
  siharai: '支払い',
  harai: '払い',
  // 「払い方」 "harai kata", "haraikata": the way to pay.
  haraikata: '払い方',
  shiharaikata: '支払い方',
  kata: '方',
  barai: '払い',
  harau: '払う',
  haraeru: '払える',
  haraitai: '払いたい',
  haraimasu: '払います',
  shiharaimasu: '支払います',
  shiharau: '支払う',
  haratta: '払った',
  tesuuryou: '手数料',
  tesuuryo: '手数料',
  tesuryou: '手数料',
  tesuryo: '手数料',
  kouza: '口座',
  koza: '口座',
  // ("kouza motte nai": no account.)
  motte: '持って',
  mottenai: '持ってない',
  furikae: '振替',
  hikiotoshi: '引き落とし',
  konbini: 'コンビニ',
  conbini: 'コンビニ',
  hagaki: 'はがき',
  baakoodo: 'バーコード',
  kaado: 'カード',
  denwa: '電話',
  yatte: 'やって',
  bangou: '番号',
  bango: '番号',
  uketsuke: '受付',
  uketuke: '受付',
  senyou: '専用',
  senyo: '専用',
  kessai: '決済',
  gamen: '画面',
  eraa: 'エラー',
  famima: 'ファミマ',
  sebun: 'セブン',
  seikyuu: '請求',
  seikyu: '請求',
  seikyuusho: '請求書',
  seikyusho: '請求書',
  entai: '延滞',
  okureta: '遅れた',
  sugichatta: '過ぎちゃった',
  sugita: '過ぎた',
  sugiteta: '過ぎてた',
  sugitara: '過ぎたら',
  okure: '遅れ',
  wasureta: '忘れた',
  wasuretara: '忘れたら',
  haratte: '払って',
  daijoubu: '大丈夫',
  daijobu: '大丈夫',
  rimaindaa: 'リマインダー',
  rimainda: 'リマインダー',
  tsuuchi: '通知',
  tsuchi: '通知',
  kaimono: '買い物',
  tenpo: '店舗',
  senshuu: '先週',
  senshu: '先週',
  raishuu: '来週',
  raishu: '来週',
  konshuu: '今週',
  getsuyoubi: '月曜日',
  getsuyobi: '月曜日',
  kayoubi: '火曜日',
  kayobi: '火曜日',
  suiyoubi: '水曜日',
  suiyobi: '水曜日',
  mokuyoubi: '木曜日',
  mokuyobi: '木曜日',
  kinyoubi: '金曜日',
  kinyobi: '金曜日',
  doyoubi: '土曜日',
  doyobi: '土曜日',
  nichiyoubi: '日曜日',
  nichiyobi: '日曜日',
  tenpou: '店舗',
  katta: '買った',
  kattara: '買ったら',
  kaimashita: '買いました',
  kounyuu: '購入',
  henkou: '変更',
  henko: '変更',
  kaetai: '変えたい',
  kaetara: '変えたら',
  kaeretai: '変えたい',
  houhou: '方法',
  hoho: '方法',
  itsu: 'いつ',
  nannichi: '何日',
  nanji: '何時',
  kuru: '来る',
  ikura: 'いくら',
  nani: '何',
  doko: 'どこ',
  dono: 'どの',
  dore: 'どれ',
  doushite: 'どうして',
  nande: 'なんで',
  yappari: 'やっぱり',
  yappa: 'やっぱ',
  mattara: '待ったら',
  matsu: '待つ',
  matte: '待って',
  dare: '誰',
  renraku: '連絡',
  toiawase: '問い合わせ',
  naze: 'なぜ',
  dekiru: 'できる',
  dekimasu: 'できます',
  dekimasuka: 'できますか',
  tsukaeru: '使える',
  tsukaemasu: '使えます',
  tsukaemasuka: '使えますか',
  tsukau: '使う',
  riyou: '利用',
  kyanpeen: 'キャンペーン',
  matsuri: '祭り',
  jouken: '条件',
  joken: '条件',
  chuusen: '抽選',
  chusen: '抽選',
  sanka: '参加',
  entorii: 'エントリー',
  entori: 'エントリー',
  ima: '今',
  nanka: 'なんか',
  yatteru: 'やってる',
  kyanpen: 'キャンペーン',
  pointo: 'ポイント',
  henpin: '返品',
  kyanseru: 'キャンセル',
  taikai: '退会',
  roguin: 'ログイン',
  pasuwaado: 'パスワード',
  pasuwado: 'パスワード',
  wasurete: '忘れて',
  sureba: 'すれば',
  gendogaku: '限度額',
  desu: 'です',
  desuka: 'ですか',
  masu: 'ます',
  oshiete: '教えて',
  onegai: 'お願い',
  kudasai: 'ください',
  shimasu: 'します',
  kongetsu: '今月',
  raigetsu: '来月',
  sengetsu: '先月',
  kyou: '今日',
  ashita: '明日',
  zenjitsu: '前日',
  toujitsu: '当日',
  // A reminder's hour: "yoru 8ji ni kaete".
  yoru: '夜',
  asa: '朝',
  gozen: '午前',
  gogo: '午後',
  kaete: '変えて',
  bun: '分',
  shitara: 'したら',
  shitai: 'したい',
  shita: 'した',
  naru: 'なる',
  naruno: 'なるの',
  dekinai: 'できない',
  wakaran: 'わからん',
  wakaranai: 'わからない',
  wakannai: 'わかんない',
  tsukaenai: '使えない',
  kedo: 'けど',
  dake: 'だけ',
  janai: 'じゃない',
  // A way turned down before the one used: "furikae janakute konbini de harau".
  janakute: 'じゃなくて',
  jyanakute: 'じゃなくて',
  dewanaku: 'ではなく',
  // ("hagaki ja nakute konbini", the negation written apart.)
  nakute: 'なくて',
  nano: 'なの',
  dayo: 'だよ',
  desho: 'でしょ',
  hoshii: 'ほしい',
  mise: '店',
  jougen: '上限',
  jogen: '上限',
  tsukattara: '使ったら',
  tsukatta: '使った',
  honnin: '本人',
  yarikata: 'やり方',
  tetsuzuki: '手続き',
  shinsa: '審査',
  kaiin: '会員',
  teishi: '停止',
  // A bill lost or not come, looked up in the app ("seikyuusho nakushichatta", "apuri de kakunin dekiru?").
  nakushita: 'なくした',
  nakushichatta: 'なくしちゃった',
  nakushite: 'なくして',
  funshitsu: '紛失',
  apuri: 'アプリ',
  todokanai: '届かない',
  todoita: '届いた',
  todokimasen: '届きません',
  konai: '来ない',
  kitenai: '来てない',
  meeru: 'メール',
  meiru: 'メール',
  meisai: '明細',
  // What is left to use ("watashi no riyou kanou gaku ato ikura nokotteru?").
  watashi: '私',
  kanou: '可能',
  kano: '可能',
  gaku: '額',
  nokotteru: '残ってる',
  nokori: '残り',
  zandaka: '残高',
  // Counts of days before, in kana as a native writes them ("mikka mae ni oshiete").
  futsuka: 'ふつか',
  mikka: 'みっか',
  yokka: 'よっか',
  muika: 'むいか',
  nanoka: 'なのか',
  tooka: 'とおか',
  touka: 'とおか',
  // The reminder words: "rimaindaa ichiran misete", "tsuuchi kaijo shite".
  ichiran: '一覧',
  misete: '見せて',
  settei: '設定',
  touroku: '登録',
  toroku: '登録',
  kakunin: '確認',
  kaijo: '解除',
  kaijou: '解除',
  shite: 'して',
  tomete: '止めて',
  yamete: 'やめて',
  // What signing up needs: "touroku suru noni kurejitto kaado iru?".
  kurejitto: 'クレジット',
  hitsuyou: '必要',
  hitsuyo: '必要',
  fuyou: '不要',
});

// Particles and words that are also English or too short to tell a language by: converted in a
// romaji sentence, never counted as a sign of one.
const FUNCTION: ReadonlyMap<string, string> = wordTable({
  no: 'の',
  tte: 'って',
  wa: 'は',
  ga: 'が',
  wo: 'を',
  o: 'を',
  ni: 'に',
  de: 'で',
  to: 'と',
  mo: 'も',
  ka: 'か',
  kana: 'かな',
  yo: 'よ',
  ne: 'ね',
  made: 'まで',
  kara: 'から',
  // When a change applies: "itsu kara hanei sareru?".
  hanei: '反映',
  tekiyou: '適用',
  sareru: 'される',
  saremasu: 'されます',
  mae: '前',
  ato: 'あと',
  dou: 'どう',
  nan: 'なん',
  suru: 'する',
  noni: 'のに',
  iru: 'いる',
  nakutemo: 'なくても',
  aru: 'ある',
  nai: 'ない',
  demo: 'でも',
  ja: 'じゃ',
  jaa: 'じゃあ',
  nara: 'なら',
  ii: 'いい',
  dakedo: 'だけど',
});

// A month or a day in romaji, attached or not: 3gatsu, 15 nichi, 3nichimae.
const NUMBERED: [RegExp, string][] = [
  [/^(\d{1,2})(?:gatsu|gatu)$/, '$1月'],
  [/^(\d{1,2})(?:nichi|niti)$/, '$1日'],
  [/^(\d{1,2})(?:nichimae|nitimae)$/, '$1日前'],
  // "3ka mae" (mikka mae), "2ka", "3kka" (as mikka is said): a count of days written with its kana ending.
  [/^(\d{1,2})k?ka$/, '$1日'],
  [/^(\d{1,2})k?kamae$/, '$1日前'],
  [/^(\d{1,2})(?:ji)$/, '$1時'],
];
const YEAR_IN_ROMAJI = /^(\d{4})nen$/;
const NUMBERED_SUFFIX: ReadonlyMap<string, string> = wordTable({
  gatsu: '月',
  gatu: '月',
  nichi: '日',
  niti: '日',
  nichimae: '日前',
  ji: '時',
  nen: '年',
});

// atone's terms that English questions use as they are ("is konbini ok?", "hagaki deadline").
const LOANWORDS = new Set([
  'konbini',
  'conbini',
  'hagaki',
  'baakoodo',
  'kouza',
  'koza',
  'furikae',
  'hikiotoshi',
  'pointo',
  'kyanpeen',
  'kyanpen',
]);

// English verbs of change, whose "X to Y" is English ("change hagaki to furikae").
const ENGLISH_CHANGE = new Set([
  'change',
  'changed',
  'changing',
  'switch',
  'switched',
  'switching',
  'swap',
  'move',
]);

// The English words "to" follows ("how to", "want to"): there it is English, not the particle と.
const ENGLISH_BEFORE_TO = new Set([
  'how',
  'want',
  'wants',
  'need',
  'needs',
  'have',
  'has',
  'had',
  'going',
  'able',
  'like',
  'trying',
  'try',
  'where',
  'what',
  'when',
  'due',
  'back',
]);

// Names that are the same in either language: they count for neither.
const NEUTRAL = new Set([
  'atone',
  'amazon',
  'paypay',
  'paidy',
  'line',
  'np',
  'ok',
  'pay',
  'easy',
  'atm',
  'app',
  'sms',
]);

const TOKEN = /[a-z]+|\d+[a-z]*|[^a-z\d\s]+/g;
const COUNT_HYPHENATED = /(?<!\d)(\d{1,2})-(?=k?ka(?:mae)?(?![a-z])|nichi)/g;
const JAPANESE = /[^ -~]/;
const LETTER = /[a-z]/;
const STARTS_WITH_DIGIT = /^\d/;

/** A token's Japanese, and whether it tells a romaji sentence (a content word, a numbered day). */
interface Reading {
  japanese: string;
  telling: boolean;
}

// Words read since the model was trained: training reads them as it did (unknown), so that adding
// one does not retrain the matcher (as slots.ts's Rule.sinceTraining).
const SINCE_TRAINING: ReadonlySet<string> = new Set([
  'haraikata',
  'shiharaikata',
  'kata',
  'hanei',
  'nakute',
  'tekiyou',
  'sareru',
  'saremasu',
  'haraimasu',
  'shiharaimasu',
  'shiharau',
  'uketsuke',
  'uketuke',
  'wakaran',
  'wakaranai',
  'wakannai',
  'tenpo',
  'tenpou',
  'senshuu',
  'senshu',
  'raishuu',
  'raishu',
  'konshuu',
  'getsuyoubi',
  'getsuyobi',
  'kayoubi',
  'kayobi',
  'suiyoubi',
  'suiyobi',
  'mokuyoubi',
  'mokuyobi',
  'kinyoubi',
  'kinyobi',
  'doyoubi',
  'doyobi',
  'nichiyoubi',
  'nichiyobi',
  'kaado',
  'senyou',
  'senyo',
  'kessai',
  'gamen',
  'eraa',
  'famima',
  'sebun',
  'denwa',
  'bangou',
  'bango',
  'yatte',
  'tte',
  'matsuri',
  'jouken',
  'joken',
  'chuusen',
  'chusen',
  'sanka',
  'entorii',
  'entori',
  'ima',
  'nanka',
  'yatteru',
  'wasuretara',
  'haratte',
  'daijoubu',
  'daijobu',
  'kaetai',
  'kaetara',
  'kaeretai',
  'dakedo',
  'nen',
  'sugichatta',
  'sugita',
  'sugiteta',
  'sugitara',
  'kurejitto',
  'hitsuyou',
  'hitsuyo',
  'fuyou',
  'noni',
  'iru',
  'nakutemo',
]);

function readToken(token: string, asTrained = false): Reading | undefined {
  if (asTrained && SINCE_TRAINING.has(token)) return undefined;
  const content = CONTENT.get(token);
  if (content !== undefined) return { japanese: content, telling: true };
  const particle = FUNCTION.get(token) ?? NUMBERED_SUFFIX.get(token);
  if (particle !== undefined) return { japanese: particle, telling: false };
  if (!STARTS_WITH_DIGIT.test(token)) return undefined;
  // "2023nen": a year (since training, see SINCE_TRAINING).
  if (!asTrained && YEAR_IN_ROMAJI.test(token))
    return { japanese: token.replace(YEAR_IN_ROMAJI, '$1年'), telling: true };
  for (const [pattern, replacement] of NUMBERED)
    if (pattern.test(token)) return { japanese: token.replace(pattern, replacement), telling: true };
  return undefined;
}

/**
 * Whether the tokens are a Japanese sentence in romaji: at least two words of it, one of them a
 * word no English sentence has (kigen, itsu, desu…), and fewer English-looking words left
 * unconverted than converted ones.
 */
function isRomajiSentence(
  tokens: readonly string[],
  readings: readonly (Reading | undefined)[],
  asTrained = false,
): boolean {
  let telling = 0;
  let converted = 0;
  let other = 0;
  // ("change hagaki to furikae": "to" after an English verb of change is English too; since
  // training, see SINCE_TRAINING.)
  const changes = !asTrained && tokens.some((token) => ENGLISH_CHANGE.has(token));
  tokens.forEach((token, i) => {
    if (!LETTER.test(token) || NEUTRAL.has(token)) return;
    const reading = readings[i];
    // ("how to pay atone konbini?": "to" after "how" is English, not と.)
    if (reading === undefined || (token === 'to' && (changes || ENGLISH_BEFORE_TO.has(tokens[i - 1] ?? ''))))
      other++;
    else {
      converted++;
      if (reading.telling) telling++;
    }
  });
  // (A telling word alone, 「tesuuryou?」, is one too: no English sentence is that word. Not one
  // of atone's terms that English questions use as they are, "konbini?": the slot rules know them
  // in Latin letters.)
  const alone =
    converted === 1 && other === 0 && tokens.some((token) => CONTENT.has(token) && !LOANWORDS.has(token));
  return telling >= 1 && (converted >= 2 || alone) && other < converted;
}

/** Only atone's terms that English uses as they are ("konbini", "hagaki?"): no language of its own. */
export function isLoanwordsOnly(text: string): boolean {
  const words = text.toLowerCase().match(/[^\s?!.,、。？！]+/g);
  return words !== null && words.length <= 2 && words.every((word) => LOANWORDS.has(word));
}

/**
 * Whether `text` is only atone's Japanese terms in romaji ("kouza furikae?"), no Japanese grammar:
 * in a chat held in English, that is English naming a term.
 */
export function isRomajiTermsOnly(text: string): boolean {
  const sentence = readSentence(text.toLowerCase());
  return sentence !== undefined && hasNoGrammar(sentence);
}

/** Whether a romaji sentence's words are all terms (or English): no particle or ending read in it. */
function hasNoGrammar(sentence: Sentence): boolean {
  return sentence.readings.every((reading) => reading === undefined || reading.telling);
}

// The hash of a word (FNV-1a), and those of the content words, in 30 bits: a small integer,
// which a Set looks up without boxing it.
const WORD_HASH_START = 0x811c9dc5 | 0;
const SMALL_INTEGER = 0x3fff_ffff;
const wordHashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);
function wordHash(word: string): number {
  let hash = WORD_HASH_START;
  for (let i = 0; i < word.length; i++) hash = wordHashStep(hash, word.charCodeAt(i));
  return hash & SMALL_INTEGER;
}
const CONTENT_HASHES: ReadonlySet<number> = new Set([...CONTENT.keys()].map(wordHash));

/**
 * Whether lower-case `text` has a word that tells romaji (kigen, itsu, 3gatsu…): a scan without
 * regexes or arrays, since nearly every English question has none and stops here.
 */
function hasTellingWord(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const start = i;
    // A token as TOKEN reads it: letters, or digits then letters (3gatsu).
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const numbered = i > start;
    let hash = WORD_HASH_START;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isLetter(code)) break;
      hash = wordHashStep(hash, code);
    }
    if (i === start) {
      i++;
      continue;
    }
    // (A word whose hash no content word has is none of them, found without building it.)
    if (!numbered && !CONTENT_HASHES.has(hash & SMALL_INTEGER)) continue;
    const word = text.slice(start, i);
    if (numbered ? readToken(word)?.telling : CONTENT.has(word)) return true;
  }
  return false;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

interface Sentence {
  tokens: string[];
  readings: (Reading | undefined)[];
}

// The last text read and what it was: a question is read twice, by normalize (its lower-case,
// single-spaced form, which is most questions' lower case as it is) and by detectLang (its lower
// case), and the second reading is then free. The reading is never changed by its readers.
let lastText: string | undefined;
let lastSentence: Sentence | undefined;

/** The tokens of `text` and their readings, when it is a romaji sentence (as training read it: `asTrained`). */
function readSentence(text: string, asTrained = false): Sentence | undefined {
  if (asTrained) return readSentenceAnew(text, true);
  if (text !== lastText) {
    lastText = text;
    lastSentence = readSentenceAnew(text);
  }
  return lastSentence;
}

function readSentenceAnew(text: string, asTrained = false): Sentence | undefined {
  if (!hasTellingWord(text)) return undefined;
  // ("2-ka mae": a count of days hyphenated from its ending, read as "2ka"; since training.)
  const tokens = (asTrained ? text : text.replace(COUNT_HYPHENATED, '$1')).match(TOKEN);
  if (!tokens) return undefined;
  const readings = tokens.map((token) => readToken(token, asTrained));
  return isRomajiSentence(tokens, readings, asTrained) ? { tokens, readings } : undefined;
}

/**
 * `text` (normalised: lower case, one space between words) as the Japanese it spells when it is a
 * romaji sentence; otherwise `text` itself. Words it does not know stay as they are.
 */
export function fromRomajiSentence(text: string, asTrained = false): string {
  const sentence = readSentence(text, asTrained);
  if (!sentence) return text;
  let out = '';
  let previousJapanese = true;
  let glued = false;
  const { tokens } = sentence;
  tokens.forEach((token, i) => {
    const word = sentence.readings[i]?.japanese ?? token;
    const japanese = JAPANESE.test(word) || !/[a-z\d]/.test(word);
    // ("7-eleven de haraeru?": the shop's name kept whole, as English questions write it; so is a
    // date, "12/20 ni katta", which the date reader needs unbroken; since training, see
    // SINCE_TRAINING.)
    const hyphenated =
      !asTrained &&
      (token === '-' || token === '/') &&
      text.includes(`${tokens[i - 1] ?? ''}${token}${tokens[i + 1] ?? ''}`);
    if (out !== '' && !glued && !hyphenated && !(japanese && previousJapanese)) out += ' ';
    out += word;
    glued = hyphenated;
    previousJapanese = japanese;
  });
  return out;
}

/**
 * Whether `text` is Japanese typed in romaji (decides the answer's language). Japanese nouns among
 * English words with no Japanese grammar ("hagaki seikyusho deadline?", "tesuryo for kouza
 * furikae") are English naming atone's terms (they are still read as the terms).
 */
export function isRomajiJapanese(text: string): boolean {
  const sentence = readSentence(text.toLowerCase());
  if (sentence === undefined) return false;
  const english = sentence.tokens.some(
    (token, i) => sentence.readings[i] === undefined && LETTER.test(token) && !NEUTRAL.has(token),
  );
  return !(english && hasNoGrammar(sentence));
}

// atone's terms in romaji inside a Japanese sentence (「honnin kakunin ってどれくらい時間かかる？」),
// which no romaji sentence around them spells out: read as the words they are (normalised: kanji,
// or hiragana for katakana words). Read at runtime only, as SINCE_TRAINING's words are.
// biome-ignore format: a table reads best in rows
const TERMS_IN_JAPANESE: ReadonlyMap<string, string> = new Map([
  ['honnin kakunin', '本人確認'], ['honninkakunin', '本人確認'], ['kouza furikae', '口座振替'],
  ['koza furikae', '口座振替'], ['kouzafurikae', '口座振替'], ['shiharai kigen', '支払い期限'],
  ['tesuuryou', '手数料'], ['tesuryou', '手数料'], ['tesuryo', '手数料'], ['seikyuusho', '請求書'],
  ['seikyusho', '請求書'], ['hikiotoshi', '引き落とし'], ['entai', '延滞'], ['taikai', '退会'],
  ['henpin', '返品'], ['kyanpeen', 'きゃんぺーん'], ['pointo', 'ぽいんと'], ['roguin', 'ろぐいん'],
]);
const TERMS_IN_JAPANESE_PATTERN = new RegExp(
  `(?<![a-z])(?:${[...TERMS_IN_JAPANESE.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`,
  'g',
);

/** `normalized` (Japanese with Latin letters) with atone's romaji terms written as the words they are. */
export function romajiTermsInJapanese(normalized: string): string {
  return normalized.replace(TERMS_IN_JAPANESE_PATTERN, (term) => TERMS_IN_JAPANESE.get(term) ?? term);
}

// atone's terms in romaji inside an English sentence ("and tesuryo?", "what is honnin kakunin?",
// "no seikyu mail came"): a learner names the term they know in Japanese. Read as the English
// word, as an English question says it. Not the terms English questions use as they are
// (LOANWORDS: konbini, hagaki, furikae), which the slot rules and the matcher know in Latin
// letters. Read at runtime only, as SINCE_TRAINING's words are.
// biome-ignore format: a table reads best in rows
const TERMS_IN_ENGLISH: ReadonlyMap<string, string> = new Map([
  ['honnin kakunin', 'identity verification'], ['honninkakunin', 'identity verification'],
  ['tesuuryou', 'fee'], ['tesuuryo', 'fee'], ['tesuryou', 'fee'], ['tesuryo', 'fee'],
  ['seikyuusho', 'bill'], ['seikyusho', 'bill'], ['seikyuu', 'bill'], ['seikyu', 'bill'],
  ['shiharai kigen', 'payment deadline'], ['kigen', 'deadline'], ['entai', 'late payment'],
  ['riyou kanou gaku', 'available limit'], ['riyou kanougaku', 'available limit'], ['riyoukanougaku', 'available limit'],
  ['riyou gendo gaku', 'usage limit'], ['riyou gendogaku', 'usage limit'], ['riyou gendo', 'usage limit'],
  ['gendogaku', 'limit'], ['gendo gaku', 'limit'], ['jougengaku', 'limit'], ['uketsuke bangou', 'payment number'],
  ['uketsuke bango', 'payment number'], ['uketsukebangou', 'payment number'], ['kurejitto kaado', 'credit card'],
  ['kurejittokaado', 'credit card'],
  ['henpin', 'return'], ['roguin', 'login'], ['taikai', 'account deletion'],
]);
const TERMS_IN_ENGLISH_PATTERN = new RegExp(
  `(?<![a-z])(?:${[...TERMS_IN_ENGLISH.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`,
  'g',
);

/** `normalized` (an English sentence) with atone's romaji terms written as the English words they are. */
export function romajiTermsInEnglish(normalized: string): string {
  return normalized.replace(TERMS_IN_ENGLISH_PATTERN, (term) => TERMS_IN_ENGLISH.get(term) ?? term);
}
