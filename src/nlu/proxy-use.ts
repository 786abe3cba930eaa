// 「妹の代わりに私の名前で登録してもいい？」 "can I sign up for my mum under my name?": an account
// registered or used for someone else, which the terms do not allow (family_or_shared_use).
export const PROXY_USE =
  /(?:の)?代わりに|名義|(?:私|わたし|僕|ぼく|俺|自分)の(?:名前|番号|あかうんと)で|(?<![a-z])(?:on behalf of|in my name|under my name|with my (?:name|number|account))(?![a-z])/;
