// Yes/no questions an FAQ topic settles (topics.json 'verdicts'): said first, 「はい、」「いいえ、」 /
// "Yes. " "No. ", then the part of the answer that says so; never for a question that asks what, how
// or when, nor for another yes/no question of the same topic, nor for a negative question (「〜ない？」),
// whose yes would mean no.
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { normalize } from '../../src/nlu/normalize.js';
import { answeredBy, ask } from '../helpers/ask.js';

const kb = defaultKnowledgeBase();

/** [topic, question]: the topic answers it, yes first. */
const YES: readonly (readonly [string, string])[] = [
  ['bill_not_received', '請求書が届かないけど、請求額はアプリで確認できる？'],
  ['bill_not_received', "I haven't received my bill. Can I check the amount in the app?"],
  ['convenience_store_chains', 'セブンでバーコード払いはできる？'],
  ['convenience_store_chains', 'can I pay the postcard bill at 7-Eleven?'],
  ['payment_number_lookup', '受付番号はメールに書いてある？'],
  ['payment_number_lookup', 'Is the payment number in the billing email?'],
  ['limit_increase', '自分の上限額はアプリで確認できる？'],
  ['limit_increase', 'Can I see my limit in the app?'],
  ['identity_verification', 'コード決済に本人確認いる？'],
  ['identity_verification', 'Do I need identity verification for code payment?'],
  ['identity_verification', '本人確認ってコード決済するのに必要？'],
  ['identity_verification_failed', '本人確認が通らない。マンション名も入れる必要ある？'],
  ['identity_verification_failed', 'Verification failed, do I need to include the apartment number?'],
  ['identity_verification_failed', '本人確認が失敗する。OSを最新にしたほうがいい？'],
  ['identity_verification_failed', 'My identity check keeps failing. Should I update my OS?'],
  ['identity_verification_failed', '本人確認が通らない。iPadでやってるけど関係ある？'],
  ['identity_verification_failed', 'Verification keeps failing on my iPad. Does the tablet matter?'],
  ['code_payment_in_store', '実店舗で使える?'],
  ['code_payment_in_store', 'Can I use atone in physical stores?'],
  ['code_payment_in_store', '実店舗でコード決済使うなら本人確認は必須？'],
  ['app_card', 'アプリ専用カードって本人確認いる？'],
  ['app_card', 'Does the app-only card require identity verification?'],
  ['registration_requirements', 'クレジットカードなしで登録できる?'],
  ['registration_requirements', 'Can I register without a credit card?'],
  ['withdrawal', '退会しても支払いは必要？'],
  ['withdrawal', 'If I close my account, do I still have to pay?'],
  ['np_points', 'atoneを使うとNPポイントは貯まる？'],
  ['np_points', 'Do I earn NP points with atone?'],
  ['installments_atone_plus', 'atone分割払いって審査ある？'],
  ['installments_atone_plus', 'Are atone installment applications screened?'],
  ['contact_atone', 'atoneに問い合わせフォームってある？'],
  ['contact_atone', 'Is there a contact form for atone?'],
  ['handoff', '私の利用状況はアプリで見れる？'],
  ['handoff', 'Can I see my usage in the app?'],
  ['identity_verification', 'Do I need identity verification to pay in physical stores?'],
  ['code_payment_in_store', 'To pay with a QR code in store, do I need identity verification?'],
];

/** [topic, question]: the topic answers it, no first. */
const NO: readonly (readonly [string, string])[] = [
  ['convenience_store_chains', 'セブンイレブンの端末で受付番号を入れて払える？'],
  ['convenience_store_chains', 'Can I pay at the 7-Eleven machine with the reference number?'],
  ['unrecognized_charge', '身に覚えのない請求が来たけど無視していい？'],
  ['unrecognized_charge', '知らない請求は放置しても大丈夫？'],
  ['unrecognized_charge', "Can I just ignore a charge I don't recognise?"],
  ['family_or_shared_use', '家族の名前で登録していい？'],
  ['family_or_shared_use', '親の携帯番号で登録してもいい？'],
  ['family_or_shared_use', "Can I register under my mom's name?"],
  ['family_or_shared_use', '子どもが勝手に買った分、atoneでキャンセルしてもらえる？'],
  ['family_or_shared_use', 'My kid used my atone account. Can atone cancel those purchases?'],
  ['fraud_report', '乗っ取られたかも。パスワードをここに送ってもいい？'],
  ['fraud_report', 'I think my account was hacked. Should I send you my password?'],
  ['sms_code_trouble', 'SMSの認証コードが届かない。電話してきた人にコードを教えてもいい？'],
  [
    'sms_code_trouble',
    "I'm not receiving the SMS code. Is it ok to share the code with someone on the phone?",
  ],
  ['login_password', 'パスワードを忘れた。ここにパスワード書いたら調べてくれる？'],
  ['login_password', 'I forgot my password. Can I send you my password to check?'],
  ['paid_but_shown_unpaid', '払ったのに未払いになってる。もう一度払ったほうがいい？'],
  ['paid_but_shown_unpaid', 'I paid but the app still shows it unpaid. Should I pay it again?'],
  ['paid_but_shown_unpaid', '払ったのに未払い表示、利用可能額はすぐ戻る？'],
  ['limit_recovery', '上限を使い切ったけど、払ったらすぐ使えるようになる？'],
  ['limit_recovery', 'I hit my limit. Will it be restored right after I pay?'],
  ['limit_recovery', '利用上限って毎月リセットされる？'],
  ['identity_verification', '本人確認って免許証のコピーでもいい？'],
  ['identity_verification', 'Can I use a scan of my ID for the identity check?'],
  ['identity_verification_failed', 'タブレットで本人確認できる？'],
  ['identity_verification_failed', 'Can I verify on a tablet?'],
  ['identity_verification_failed', '本人確認が失敗する。住所は1-2-3って略していい？'],
  ['identity_verification_failed', 'My identity check keeps failing. Can I abbreviate my address?'],
  ['code_payment_in_store', '本人確認しないでお店でコード決済できる？'],
  ['code_payment_in_store', 'Can I pay with code payment in stores without identity verification?'],
  ['registration_requirements', '会員登録にクレカは必要？'],
  ['registration_requirements', 'Do I need a credit card to sign up?'],
  ['use_without_membership', 'つど後払いと翌月払いって同じもの？'],
  ['use_without_membership', 'Is つど後払い the same as 翌月払い?'],
  ['withdrawal', '退会すれば請求は消える?'],
  ['withdrawal', 'Does leaving atone cancel my bill?'],
  ['installments_atone_plus', 'atoneプラス会員じゃなくても分割払いできる？'],
  ['installments_atone_plus', 'Can I pay in installments without being an atone Plus member?'],
  ['checkout_error', '決済画面でエラーになる。何度もやり直していい？'],
  ['checkout_error', 'I got an error on the atone payment screen. Should I keep retrying?'],
  ['handoff', '私の請求額わかる？'],
  ['handoff', 'Can you check my balance?'],
  ['subscription_still_billed', '毎月請求される定期購入、atoneで解約できる？'],
  ['cancel_return_refund', '注文をatoneでキャンセルできる？'],
  ['subscription_still_billed', 'Can atone cancel my subscription for me?'],
  ['cancel_return_refund', 'I returned the item but was still billed. Can atone cancel it for me?'],
  ['limit_recovery', 'I paid but the app still shows it unpaid. Is my limit back right away?'],
  ['paid_but_shown_unpaid', 'I paid yesterday but the app says unpaid. Will the limit update immediately?'],
  ['limit_recovery', 'After I use up my limit, does it reset every month?'],
  ['limit_recovery', 'ポイントがあれば上限を超えても払える？'],
  ['limit_recovery', 'can I use points to go over my limit?'],
  ['limit_recovery', '利用可能額が戻るまでの2〜3営業日って、祝日も日数に含まれますか？'],
  [
    'limit_recovery',
    'I paid on Friday: do weekends count in the 2 to 3 business days before my limit is back?',
  ],
  ['identity_verification', '本人確認の住所は省略して入力していい？'],
  ['identity_verification', 'For identity verification, can I abbreviate my address?'],
  ['identity_verification', '本人確認でスキャンした書類を使える？'],
  ['installments_atone_plus', '翌月払いで買ったやつを後から分割にできる？'],
  ['installments_atone_plus', 'Can I split my monthly bill into installments afterwards?'],
];

/** [topic, question]: the topic answers it, with no verdict (asks what or how, another yes/no, or one the facts leave open). */
const NEITHER: readonly (readonly [string, string])[] = [
  ['unrecognized_charge', '身に覚えのない請求が来たけど、これって何の請求？'],
  ['unrecognized_charge', 'I got an atone bill for something I never bought. What should I do?'],
  ['unrecognized_charge', '身に覚えのない請求、無視しても問題ない？'],
  ['family_or_shared_use', '子どもが私のatoneで勝手に買い物した'],
  ['family_or_shared_use', 'My child used my atone account, what do I do?'],
  ['fraud_report', '不正利用されたかも、補償される？'],
  ['fraud_report', 'Someone used my atone without permission. Will I be compensated?'],
  ['sms_code_trouble', '認証コードが送られてこないの？'],
  ['sms_code_trouble', 'SMS認証コードが届かないんだけど、もう一度送ってもらえる？'],
  ['sms_code_trouble', "I'm not receiving the SMS code, can you send the code again?"],
  ['login_password', 'パスワードを忘れたら再設定できる？'],
  ['login_password', "I can't log in, can I reset my password?"],
  ['bill_not_received', '請求書をなくしたんだけど再発行できる？'],
  ['bill_not_received', 'I lost my payment slip. Can it be reissued?'],
  ['payment_number_lookup', '払込票の番号はどこ?'],
  ['payment_number_lookup', 'ファミポートで払うのに番号が必要？'],
  ['paid_but_shown_unpaid', '支払ったのに反映されない。すぐ反映される？'],
  ['paid_but_shown_unpaid', 'I paid but the app still shows it unpaid. Will it update soon?'],
  ['limit_recovery', '上限額を使い切ったらいつ使える?'],
  ['limit_recovery', '利用上限は払ったらすぐ戻らないの？'],
  ['limit_increase', '本人確認すれば上限は上がる?'],
  ['limit_increase', 'will identity verification raise my limit?'],
  ['identity_verification', '本人確認のやり方'],
  ['identity_verification', '本人確認に運転免許証は使える？'],
  ['identity_verification', 'How long does verification take?'],
  ['identity_verification', '本人確認って必要？'],
  ['identity_verification_failed', 'タブレットだと本人確認はダメ？'],
  ['identity_verification_failed', '本人確認が失敗する'],
  ['identity_verification_failed', 'Why does my identity check keep failing?'],
  ['code_payment_in_store', 'ローソンの店頭でatone使える？'],
  ['code_payment_in_store', 'Can I use code payment at Lawson?'],
  ['code_payment_in_store', 'コード決済のやり方'],
  ['code_payment_in_store', 'How do I pay with a QR code?'],
  ['app_card', 'アプリ専用カードはVisa？'],
  ['app_card', 'What is the app-only card?'],
  ['where_to_use', 'ユニクロでアトネ使える？'],
  ['where_to_use', 'can I use atone at Uniqlo'],
  ['registration_requirements', '登録に銀行口座はいる？'],
  ['registration_requirements', 'クレカがないと登録できない？'],
  ['registration_requirements', 'What do I need to sign up?'],
  ['use_without_membership', '会員登録しないで使える?'],
  ['use_without_membership', 'Can I pay with atone without an account?'],
  ['withdrawal', '退会したい'],
  ['withdrawal', '未払いがあっても退会できる？'],
  ['withdrawal', 'Can I close my account if I have an unpaid bill?'],
  ['installments_atone_plus', '分割払いできる?'],
  ['installments_atone_plus', 'Can I pay in installments?'],
  ['checkout_error', '決済画面でエラーになる'],
  ['checkout_error', '戻るボタンを押したら進めない。やり直せる？'],
  ['contact_atone', 'atoneの電話番号は？'],
  ['contact_atone', 'チャットで相談できますか'],
  ['contact_atone', 'is there a customer service number?'],
  ['handoff', '今月の請求額はいくら？'],
  ['handoff', 'did my payment go through?'],
  ['moved_or_wrong_member_bill', '引越したのに前の住所に請求が来る。アプリで住所変更できる？'],
  ['credit_information', '延滞すると信用情報に載る?'],
  ['credit_information', 'Will late payment hurt my credit record?'],
  ['minors_age', '未成年でも使える?'],
  ['minors_age', 'Can minors use atone?'],
  ['suspended_after_overdue', '延滞分を払ったらすぐ使える？'],
  ['change_registered_info', 'アプリで電話番号を変更できる？'],
  ['overpaid_or_double_paid', '二重に払った分は自動で返ってくる？'],
  ['convenience_store_chains', 'セブンイレブンで払える?'],
  ['subscription_still_billed', 'How do I stop a subscription paid with atone?'],
  ['cancel_return_refund', '返品したのに請求が来た'],
];

// An English question starts with an English word (it may name 翌月払い later); a Japanese one may start
// with a name (SMSの…, atoneに…), never with a word and a space.
const isJapanese = (text: string) => !/^[A-Za-z][A-Za-z']*\s/.test(text);

describe.each([
  { says: 'yes', cases: YES, lead: { ja: 'はい、', en: 'Yes. ' } },
  { says: 'no', cases: NO, lead: { ja: 'いいえ、', en: 'No. ' } },
] as const)('questions answered $says first', ({ cases, lead }) => {
  it.each(cases)('%s: %s', (topic, question) => {
    const answer = ask(question);
    expect(answeredBy(answer)).toBe(topic);
    expect(answer.text.startsWith(lead[answer.lang])).toBe(true);
    // The verdict and the part after it still claim nothing the topic must not.
    const data = kb.topics.find((t) => t.id === topic);
    for (const { pattern, why } of data?.mustNotClaim ?? [])
      expect(answer.text, `${why}: /${pattern}/`).not.toMatch(new RegExp(pattern, 'iu'));
  });
});

/** [topic, question]: no source settles it; the sentence that says so first, with no yes or no. */
const UNKNOWN: readonly (readonly [string, string])[] = [
  ['np_points', 'NPポイントって有効期限ある？'],
  ['np_points', 'do np points expire?'],
];

describe('questions no source settles', () => {
  it.each(UNKNOWN)('%s: %s', (topic, question) => {
    const answer = ask(question);
    expect(answeredBy(answer)).toBe(topic);
    expect(answer.text).toMatch(
      /^NPポイントに有効期限があるかどうかは|^The sources checked do not say whether or when/,
    );
    const data = kb.topics.find((t) => t.id === topic);
    for (const { pattern, why } of data?.mustNotClaim ?? [])
      expect(answer.text, `${why}: /${pattern}/`).not.toMatch(new RegExp(pattern, 'iu'));
  });
});

describe('questions of the same topics that get no verdict', () => {
  it.each(NEITHER)('%s: %s', (topic, question) => {
    const answer = ask(question);
    expect(answeredBy(answer)).toBe(topic);
    expect(answer.text).not.toMatch(/^(?:はい|いいえ)、|^(?:Yes|No)\. /);
  });
});

describe('every verdict in the data', () => {
  const asked = [...YES, ...NO, ...UNKNOWN];
  it.each(
    kb.topics.flatMap((topic) => topic.verdicts.map((verdict, i) => ({ id: topic.id, i, ...verdict }))),
  )('$id #$i ($says) is tested in Japanese and in English', ({ id, asks, says }) => {
    const pattern = new RegExp(asks, 'u');
    const hits = asked.filter(([topic, q]) => topic === id && pattern.test(normalize(q)));
    expect(
      hits.some(([, q]) => isJapanese(q)),
      `${id} ${says}: a Japanese question`,
    ).toBe(true);
    expect(
      hits.some(([, q]) => !isJapanese(q)),
      `${id} ${says}: an English question`,
    ).toBe(true);
  });
});

describe('the part after the verdict is the one that settles it', () => {
  it('leads with the sentence the question is about', () => {
    expect(ask('タブレットで本人確認できる？').text).toMatch(/^いいえ、OSを最新にし、タブレットは対象外/);
    expect(ask('Can I verify on a tablet?').text).toMatch(/^No\. Update the OS; tablets are outside/);
    expect(ask('退会すれば請求は消える?').text).toMatch(
      /^いいえ、退会しても、すでに出ている請求はなくなりません。/,
    );
    expect(ask('atone分割払いって審査ある？').text).toMatch(/^はい、申し込めるのは atoneプラス会員/);
    expect(ask('Can I see my limit in the app?').text).toMatch(
      /^Yes\. You can see your own limit in the app\./,
    );
  });
});

describe('a verdict’s sentence is found in both answers', () => {
  // saidBy meets the answer's sentences normalised (katakana as hiragana, lower case): written
  // otherwise, it finds nothing and the verdict leads whatever sentence comes first.
  it.each(
    kb.topics.flatMap((topic) =>
      topic.verdicts
        .filter((v) => v.saidBy !== undefined)
        .flatMap((v) => (['ja', 'en'] as const).map((lang) => [topic.id, lang, v.saidBy as string] as const)),
    ),
  )('%s (%s)', (id, lang, saidBy) => {
    const topic = kb.topics.find((t) => t.id === id);
    expect(new RegExp(saidBy, 'u').test(normalize(topic?.answer[lang] ?? ''))).toBe(true);
  });

  it('「セブンで端末払いできる？」 leads with 7-Eleven, not the list', () => {
    expect(ask('セブンで端末払いできる？').text).toMatch(
      /^いいえ、セブン-イレブンでは電子バーコードとはがき請求書で払えますが/,
    );
    expect(ask('can i pay at 7-eleven with pay-easy?').text).toMatch(
      /^No\. At 7-Eleven you can pay the app barcode/,
    );
  });
});
