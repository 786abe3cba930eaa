// Shops users name by name: 「ユニクロは？」 "what about rakuten?" after the Amazon answer asks about
// another shop, not Amazon again. Whether atone works at a shop is for its checkout or atone's shop
// search to say (the where_to_use topic), so the bot needs only to know that a shop was named;
// Amazon has its own answers, and payment services (楽天ペイ, メルペイ) are slots.otherService.
import { keywordAlternation } from './slots.js';

// biome-ignore format: a table reads best in rows
const SHOP_NAMES: readonly string[] = [
  'ユニクロ', 'uniqlo', 'ジーユー', 'zozotown', 'zozo', 'ゾゾタウン', 'ゾゾ', '楽天市場', '楽天', 'rakuten',
  'yahooショッピング', 'yahoo shopping', 'ヤフーショッピング', 'ヤフショ', 'メルカリ', 'mercari', 'ヨドバシ',
  'yodobashi', 'ビックカメラ', 'bic camera', 'biccamera', 'ニトリ', 'nitori', '無印', 'muji', 'qoo10', 'shein',
  'シーイン', 'temu', 'ドンキ', 'don quijote', 'ヤマダ電機', 'しまむら', 'shimamura', 'abcマート', 'abc mart',
  'dmm', 'ロハコ', 'lohaco', 'アスクル', 'askul', 'ディノス', 'dinos', 'ベルメゾン', 'belle maison',
];

const SHOP = new RegExp(keywordAlternation(SHOP_NAMES));

/** Whether `normalized` (normalize()'s output) names a shop other than Amazon. */
export function namesShop(normalized: string): boolean {
  return SHOP.test(normalized);
}
