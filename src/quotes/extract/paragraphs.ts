/**
 * Paragraph (line) boundaries of a text. A paragraph is a line: text between line breaks
 * (`\n`, `\r\n`, `\r`, U+2028, U+2029); blank lines are paragraphs with no content.
 * @module
 */

/** One paragraph: `[start, end)` without its line break, and `[contentStart, contentEnd)` without edge spaces. */
export interface Paragraph {
  start: number;
  end: number;
  /** First non-whitespace offset (=== end for a blank line). */
  contentStart: number;
  /** Offset after the last non-whitespace character (=== contentStart for a blank line). */
  contentEnd: number;
}

const BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** Splits `text` into paragraphs (linear time). */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    let cs = s;
    while (cs < e && /\s/u.test(text[cs])) cs++;
    let ce = e;
    while (ce > cs && /\s/u.test(text[ce - 1])) ce--;
    out.push({ start: s, end: e, contentStart: cs, contentEnd: ce });
  };
  for (const m of text.matchAll(BREAK)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Index of the paragraph containing offset `pos` (binary search; `pos` at a break belongs to the paragraph before). */
export function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
