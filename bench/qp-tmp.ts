import { normalize } from '../src/nlu/normalize.js';
import { questionParts } from '../src/nlu/question-parts.js';

for (const t of [
  'Hello, I am student from Vietnam, I live in Osaka. On december 5 I buy rice cooker with atone and I choose pay at konbini. My friend say I must pay before 10th but which month?? Also how much is the fee for konbini?',
  'お世話になっております。先月、1月28日に子どもの入学準備でランドセルをネットで注文いたしまして、その際にatoneの翌月払いを選択いたしました。支払いはアプリの電子バーコードで、近所のセブンイレブンで払おうと思っております。支払期限はいつになりますでしょうか。また、セブンイレブンでバーコード払いは可能でしょうか。お手数ですがよろしくお願いいたします。',
  'I pay by postcard. When is the deadline?',
  'when is it due? 3.5 days?',
  '本人確認ってどれくらいで終わる？タブレットでもいける？',
])
  console.log(JSON.stringify(questionParts(normalize(t))));
