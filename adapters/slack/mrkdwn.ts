// Slack's text rules in one place. Slack escapes exactly three characters in message text
// (&amp; &lt; &gt;) and wraps links and mentions in <...>; everything else is literal.
// Limits are counted in characters; JavaScript counts UTF-16 units, which is never fewer, so
// cutting by `.length` stays within Slack's limits.

/** Escapes text for a mrkdwn field: only &, < and > have meaning to Slack. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Decodes the three entities Slack puts in incoming text (&amp; last, so "&amp;lt;" stays "&lt;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * At most `max` characters, ending with `…` when cut. Never splits a surrogate pair (an emoji
 * half would be invalid UTF-8 on the wire) or an escape such as `&amp;` (Slack would show it raw).
 */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ellipsis.length);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  // An entity is at most 5 characters (&amp;): drop an "&..." left open at the cut.
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 5 && !text.slice(amp, cut).includes(';')) cut = amp;
  return text.slice(0, cut) + ellipsis;
}

/** A link in mrkdwn: `<url|label>`; a `|` or `>` in the label would end it early. */
export function link(url: string, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safeUrl}|${safeLabel}>`;
}
