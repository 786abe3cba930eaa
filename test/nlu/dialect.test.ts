import { describe, expect, it } from 'vitest';
import { standardJapanese } from '../../src/nlu/dialect.js';
import { normalize } from '../../src/nlu/normalize.js';
import { ask } from '../helpers/ask.js';

const standard = (text: string) => standardJapanese(normalize(text));

describe('standardJapanese: a dialect read again in standard Japanese', () => {
  it('rewrites Kansai and Kyushu negatives, progressives and endings', () => {
    expect(standard('はがき届いてへんねんけど')).toBe('はがき届いていないんだけど');
    expect(standard('コンビニで払われへんかった')).toBe('こんびにで払われなかった');
    expect(standard('カード持っとらんでも使える？')).toBe('かーど持っていなくても使える?');
    expect(standard('請求書きてへんのやけど')).toBe('請求書来ていないのだけど');
    expect(standard('認証コード来ぉへん')).toBe('認証こーど来ない');
    expect(standard('引き落としされとるはずやのに')).toBe('引き落としされているはずなのに');
    expect(standard('なんぼ払ったらええの')).toBe('いくら払ったらいいの');
    expect(standard('どないしたらええねん')).toBe('どうしたらいいんだ');
  });

  it('「通らん」「届かん」「分からん」 (western Japan) are negatives; 〜さん and 〜えん are not', () => {
    expect(standard('本人確認が何回やっても通らんとよ')).toBe('本人確認が何回やっても通らないとよ');
    expect(standard('届かんよ')).toBe('届かないよ');
    expect(standard('田中さん。')).toBeUndefined();
    expect(ask('本人確認が何回やっても通らんとよ。なんでやろ？').intent).toBe('identity_verification_failed');
  });

  it('leaves standard Japanese, and words that only look like a dialect, alone', () => {
    expect(standard('はがきが届いていません')).toBeUndefined();
    expect(standard('変更へんこうしたい')).toBeUndefined();
    expect(standard('どういったものなのか教えて')).toBeUndefined();
    // (もうた is read as typed: 「パス忘れてもうた」 is a password, not a payment forgotten.)
    expect(standard('パス忘れてもうた')).toBeUndefined();
  });

  it('the surer reading is kept: dialect questions get their topics', () => {
    expect(ask('はがき届いてへんねんけど', '2026-12-08T21:00:00+09:00').intent).toBe('bill_not_received');
    expect(ask('請求書きてへんのやけど', '2026-12-08T21:00:00+09:00').intent).toBe('bill_not_received');
    expect(ask('買ってへんもんの請求来とるんやけど').intent).toBe('unrecognized_charge');
    expect(ask('本人確認通らへん、なんで？').intent).toBe('identity_verification_failed');
    expect(ask('カード持っとらんでも使える？').intent).toBe('about');
    expect(ask('パス忘れてもうた').intent).toBe('login_password');
  });
});

describe('session 30: Tohoku and Hakata', () => {
  it('「来ねぐなったんだども、どうすればいいべ」 is 来なくなったんだけど、どうすればいいの', () => {
    expect(
      standardJapanese(normalize('機種変したっけSMSの認証コード来ねぐなったんだども、どうすればいいべ')),
    ).toBe('機種変したらsmsの認証こーど来なくなったんだけど、どうすればいいの');
  });

  it('「未払いになっとるとよ」 is 未払いになっているのよ', () => {
    expect(standardJapanese(normalize('まだ未払いになっとるとよ。なんで？'))).toBe(
      'まだ未払いになっているのよ。なんで?',
    );
  });

  it('reads them as what they ask', () => {
    expect(ask('機種変したっけSMSの認証コード来ねぐなったんだども、どうすればいいべ').intent).toBe(
      'sms_code_trouble',
    );
    expect(
      ask('昨日セブンでバーコード払いしたっちゃけど、アプリ見たらまだ未払いになっとるとよ。なんで？').intent,
    ).toBe('paid_but_shown_unpaid');
  });
});
