/**
 * Finds URLs (`https://…`, `www.…`, `pic.twitter.com/…`) so that their digits and letters are not read as
 * values or names. Linear time.
 * @module
 */

const STARTS = ['http://', 'https://', 'www.', 'pic.twitter.com/'];

function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Returns sorted, non-overlapping `[start, end)` ranges of URLs in `text`. */
export function findUrlRanges(text: string): [number, number][] {
  const lower = text.length > 0 && /[hHwWpP]/.test(text) ? text.toLowerCase() : '';
  if (lower === '' || lower.length !== text.length) return [];
  const out: [number, number][] = [];
  let from = 0;
  // next occurrence of each start, recomputed only when passed: every pattern is scanned once overall
  const next = STARTS.map((s) => lower.indexOf(s, 0));
  for (;;) {
    let best = -1;
    for (let k = 0; k < STARTS.length; k++) {
      if (next[k] >= 0 && next[k] < from) next[k] = lower.indexOf(STARTS[k], from);
      if (next[k] >= 0 && (best < 0 || next[k] < best)) best = next[k];
    }
    if (best < 0) break;
    let end = best;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    // trailing punctuation is not part of the URL
    while (end > best && /[.,;:!?)\]»”"']/.test(text[end - 1])) end--;
    out.push([best, end]);
    from = Math.max(end, best + 1);
  }
  return out;
}
