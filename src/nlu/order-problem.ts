// "my order never came", 「違う色が届いた」「サイズ交換したい」: the order itself, which is the shop's
// (domain-faq.md, "Where to send users": purchase, delivery, returns, the shop where the user
// bought). atone cannot see an order or a parcel; the bot says so and sends the user to the shop.
// A reading rule (src/reading-rules.ts) and the fallback's answer (intents/fallback.ts) share it.

// Goods named, then not come (「頼んだ服がまだ届かない」「発送予定日を過ぎても到着しておりません」).
// (Not a bill, an SMS code or a mail not come: those are atone's, and no goods word leads them.)
const GOODS_NOT_COME =
  /(?:商品|注文した|頼んだ|買った|買うた|荷物|品物|服|靴|くつ|すにーかー|家電|届いた(?:もの|物|商品)?)[^。？?]{0,24}(?:届か|届きません|来ない|こない|来ません|来(?:ー)?へん|届いてな|届いてい(?:ない|ません)|届いてへん|着かない|まだ来|到着して(?:い)?(?:ない|おりません|ません))|お届け予定|配送|発送(?:予定|され|状況|日|は|って|の)|荷物|追跡番号|配達|注文(?:の)?状況/;
// The wrong, broken or ill-fitting thing (「違う色のが届いた」「箱の中で割れてた」「サイズ交換したい」).
// (Not 「11月に購入した別の商品」: another thing bought, no wrong one.)
const GOODS_WRONG =
  /(?:違う|ちがう|(?<!(?:購入し|買っ|注文し|頼ん|利用し)た)別の)(?:商品|もの|物|さいず|色|いろ)|(?:届いた|商品|品物|お?皿|箱|中身)[^。？?]{0,16}(?:割れ|壊れ|破損|傷|動かな)|不良品|(?:さいず|色)[^。？?]{0,12}(?:間違|まちが|交換|替え|変え|合わな|小さ|大き)|(?:大きい|小さい|別の)(?:の|もの|さいず)に(?:替|変|換)/;
const ORDER_IN_ENGLISH =
  /(?<![a-z])(?:(?:order|package|parcel|item|goods|product|delivery|shipment|shoes|headphones|stuff)s?[^.?!]{0,40}(?:(?:hasn'?t|haven'?t|never|still not|didn'?t|did not|not yet|still)[^.?!]{0,12}(?:arrived|arrive|arrives|come|came|shown up|show up|turned up|delivered|shipped)|(?:is|are|was) (?:very |really |so )?(?:late|missing|lost|delayed))|(?:arrived|came) (?:smashed|broken|damaged|cracked|defective)|wrong (?:item|size|product|colou?r|thing)|(?:size|colou?r) (?:is )?(?:too (?:small|big|large)|wrong)|(?:bigger|smaller) size|exchange (?:it|the item) for|tracking number|track (?:my|the|a) (?:order|package|parcel|delivery|shipment)|where is my (?:order|package|parcel)|estimated delivery|delivery date|late delivery|(?:order|delivery) status|status of (?:my|the) order)(?![a-z])/;

// 「11/30に注文したけど発送は12/3らしい。何月分の請求になる？」: the bill asked of, the order only its story.
const ASKS_OF_THE_BILL =
  /何月分|\d{1,2}月分(?:[?？]|か|なの|なん|になる|扱い)|請求(?:に|は|が|って|され|額)|(?<![a-z])(?:billed|which (?:month'?s? )?bill|bill (?:for|in) (?:which|what))(?![a-z])/;

/** A question about the order itself (delivery, a wrong or broken item, an exchange): the shop's. */
export function asksAboutAnOrder(normalized: string): boolean {
  return (
    (GOODS_NOT_COME.test(normalized) || GOODS_WRONG.test(normalized) || ORDER_IN_ENGLISH.test(normalized)) &&
    !ASKS_OF_THE_BILL.test(normalized)
  );
}
