/**
 * Pass 6: headings. A block that is a single unit with no final punctuation, followed by a line break, is
 * a heading (a headline or subhead), unless it is a list item, holds a quotation with sentences inside it
 * (a quoted post), or is too long to be a title.
 * @module
 */
import { isCloser, isSpace } from '../chars.js';

/** Most words a heading can have. */
export const MAX_HEADING_WORDS = 30;

const LIST_ITEM = /^(?:[•◦▪⁃‣●*-]|\d{1,3}[.)]|\p{Ll}\))/u;
const LETTER = /\p{L}/u;

/** Whether the unit `text.slice(start, end)`, alone on its line and followed by a line break, is a heading. */
export function isHeading(text: string, start: number, end: number, quotedMarks: number): boolean {
  if (quotedMarks > 0) return false;
  let e = end;
  while (e > start && isCloser(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const last = text.charCodeAt(e - 1);
  // . ? ! … : ; , and the CJK marks end (or continue) a sentence, not a title
  if (last === 46 || last === 63 || last === 33 || last === 0x2026 || last === 58 || last === 59 || last === 44 ||
    last === 0x3002 || last === 0xff1f || last === 0xff01) return false;
  const line = text.slice(start, end);
  if (LIST_ITEM.test(line) || !LETTER.test(line)) return false;
  let words = 1;
  for (let i = start; i < end && words <= MAX_HEADING_WORDS; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) words++;
  }
  return words <= MAX_HEADING_WORDS;
}
