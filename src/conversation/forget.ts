// "Forget me": everything the bot keeps about a user (reminder settings and deliveries,
// conversation state, unanswered-question records) deleted on a confirm button, never on words
// alone. The wording lives here; the deleting is the store's (Store.forgetUser).
import { encodeAction } from '../actions.js';
import { t } from '../intent.js';
import type { Answer, Lang } from '../types.js';

/** 「データを削除して」, "forget me", "delete my data". */
const FORGET_REQUEST =
  /(?<![a-z])(?:forget (?:me|about me|everything about me|my data)|(?:delete|erase|remove|wipe) (?:all )?(?:of )?(?:my|your) (?:data|records|information|info|history)|(?:delete|erase) (?:everything|all) (?:about|on) me)(?![a-z])|(?:でーた|記録|履歴|個人情報|情報)(?:を|は)?(?:全部|すべて|全て)?(?:削除|消去|消して|消しといて|けして)|私のこと(?:を)?忘れて/;

export function asksToForget(normalized: string): boolean {
  return FORGET_REQUEST.test(normalized);
}

export function forgetQuestion(lang: Lang): Answer {
  return {
    intent: 'help',
    confidence: 1,
    lang,
    title: t(lang, 'データの削除', 'Deleting your data'),
    text: t(
      lang,
      'このボットがあなたについて保存しているもの（リマインダーの設定と送信記録、会話の記録、答えられなかった質問の記録）をすべて削除しますか？ リマインダーも止まり、元に戻せません。',
      'Shall I delete everything I keep about you (reminder settings and the reminders sent, this conversation, the questions I could not answer)? Your reminders stop too, and it cannot be undone.',
    ),
    actions: [
      {
        id: encodeAction({ kind: 'confirm', action: { kind: 'forget' } }),
        label: t(lang, 'はい、削除する', 'Yes, delete'),
      },
      { id: encodeAction({ kind: 'cancel' }), label: t(lang, 'いいえ', 'No') },
    ],
  };
}

export function forgottenAnswer(lang: Lang): Answer {
  return {
    intent: 'help',
    confidence: 1,
    lang,
    text: t(
      lang,
      'あなたのデータをすべて削除しました。リマインダーも止まっています。',
      'Done: everything I kept about you is deleted, and your reminders have stopped.',
    ),
    effect: { op: 'forget' },
  };
}

/** Where no store keeps anything (a chat without one): nothing to delete, and the bot says so. */
export function nothingKeptAnswer(lang: Lang): Answer {
  return {
    intent: 'help',
    confidence: 1,
    lang,
    text: t(lang, 'ここでは何も保存していません。', 'Nothing about you is kept here.'),
  };
}
