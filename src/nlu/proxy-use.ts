// 「妹の代わりに私の名前で登録してもいい？」 "can I sign up for my mum under my name?": an account
// registered or used for someone else, which the terms do not allow (family_or_shared_use).
export const PROXY_USE =
  /(?:の)?代わりに|名義|(?:私|わたし|僕|ぼく|俺|自分)の(?:名前|番号|あかうんと)で|(?<![a-z])(?:on behalf of|in my name|under my name|with my (?:name|number|account))(?![a-z])/;

// Someone close to the user, named: who may have used their account (「家族が使ったかも」 "my little bro
// used it"). One list for the reading rules and the follow-ups.
export const FAMILY_JA =
  '家族|妻|夫|嫁|旦那|主人|子供|子ども|こども|うちの子|息子|娘|孫|甥|姪|兄|弟|姉|妹|親|母|父|祖母|祖父|彼氏|彼女|友達|友人|おかん|おとん|かあちゃん|かーちゃん|とうちゃん|とーちゃん|おふくろ|お袋|おやじ|ばあちゃん|ばーちゃん|じいちゃん|じーちゃん';
export const FAMILY_EN =
  'family|wife|husband|kids?|son|daughter|grandson|granddaughter|grandchild|grandkid|nephew|niece|teen|teenager|\\d{1,2}[- ]year[- ]old|brother|bro|sister|sis|mom|mum|dad|parents?|partner|boyfriend|girlfriend|friend|roommate|flatmate';

/** Someone close to the user named, in either language. */
export const NAMES_FAMILY = new RegExp(`${FAMILY_JA}|(?<![a-z])(?:${FAMILY_EN})(?![a-z])`);
