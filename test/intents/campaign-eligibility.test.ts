import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/ask.js';

describe('campaign eligibility', () => {
  it('takes the boundaries as inclusive', () => {
    const festival = ask('最後に使ったのは2023年12月1日。ポイント祭りの対象？');
    expect(festival.text).toMatch(/春のポイント祭り: 対象です/);
    const lottery = ask('最後に使ったのは2023年11月30日。大抽選の対象？');
    expect(lottery.text).toMatch(/春の大抽選キャンペーン: 対象です/);
  });

  it('counts points by shops', () => {
    expect(ask('4店舗で使ったらポイントはいくつ？').text).toMatch(/4店舗なら500ポイント/);
    expect(ask('points for using atone at 2 shops?').text).toMatch(/2 shops earn 300 points/);
    expect(ask('1店舗だと何ポイント？').text).toMatch(/1店舗ではポイントはもらえません/);
  });

  it('says that the campaign has ended', () => {
    expect(ask('2024年1月に最後に使いました。ポイント祭りの対象？').text).toMatch(/すでに終了/);
    expect(ask('am I eligible for the lottery? last used October 2023').text).toMatch(/has ended/);
  });
});

describe('more shops than the top reward', () => {
  it('says no first: 3 shops and more get the same points', () => {
    expect(
      ask('最後に使ったのは2024年1月。5店舗やったらもっと増える？', '2026-11-28T10:00:00+09:00').text,
    ).toMatch(/^いいえ、3店舗以上は何店舗でも500ポイントです。/);
    expect(ask('would 6 shops get me more points?', '2026-11-28T10:00:00+09:00').text).toMatch(
      /^No\. From 3 shops on it is 500 points, however many\./,
    );
    expect(ask('3店舗で何ポイント？', '2026-11-28T10:00:00+09:00').text).not.toMatch(/^いいえ/);
  });
});

describe('a campaign that needs an entry, for someone who did not enter', () => {
  it('is not eligible, whatever the last use and the shops', () => {
    expect(
      ask('2024年3月にエントリーせずに2店舗でatone使った。ポイント祭りの300ポイントもらえる？').text,
    ).toMatch(/春のポイント祭り: エントリーしていなければ対象外です/);
    const en = ask("I didn't enter but used it at 3 shops, do I still get points?").text;
    expect(en).toMatch(/without entering you are not eligible/);
    expect(en).not.toMatch(/earn 500 points/);
  });

  it('leaves a campaign with no entry to the last use', () => {
    expect(ask('最後の利用は2023年5月、エントリーしてない。大抽選は？').text).toMatch(
      /春の大抽選キャンペーン: 対象です/,
    );
  });
});
