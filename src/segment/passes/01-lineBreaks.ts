/**
 * Pass 1: line breaks. Cuts the text into blocks (paragraphs): a blank line always separates blocks, and
 * a single line break does too unless the line was merely wrapped. sentence-splitter never ends a
 * sentence at a line break, so a headline merges with the paragraph under it; this pass prevents that.
 * @module
 */
import { isLineBreak, isLowerAt, isSpace, isTerminal } from '../chars.js';

/** How single line breaks are read; see {@link SegmentOptions.lineBreaks}. */
export type LineBreakMode = 'auto' | 'paragraph' | 'wrap';

/** A block of text between line breaks: `[start, end)` trimmed, with its paragraph index. */
export interface Block {
  start: number;
  end: number;
  paragraph: number;
  /** Whether a line break follows the block (false for the text's last block). */
  followedByBreak: boolean;
}

/**
 * Splits `text` into trimmed blocks.
 * - `'paragraph'`: every line break ends a block.
 * - `'wrap'`: only blank lines end a block (hard-wrapped text: e-mail, PDF extractions).
 * - `'auto'`: a line break ends a block (news text has one paragraph a line; a lower-case line is often a
 *   list item), unless the line ends inside a hyphenated word (`inter-`), the next line starts with a
 *   mark no line can start with (`.`, `,`, `;`, `)`, `]`), or the line ends with a space before its break (a
 *   "flowed" soft break, RFC 3676), does not end a sentence and the next line starts in lower case.
 */
export function splitBlocks(text: string, mode: LineBreakMode): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let i = 0;
  let current: Block | undefined;
  let blankSince = true;
  let softBreak = false; // the previous line ended with a space before its break (RFC 3676 "flowed")
  while (i < n) {
    // one line: [ls, le)
    const ls = i;
    while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
    const le = i;
    if (i < n) {
      if (text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
    }
    let s = ls;
    let e = le;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      blankSince = true;
      continue;
    }
    if (current && !blankSince && joins(text, current, s, mode, softBreak)) {
      current.end = e;
    } else {
      if (current) blocks.push(current);
      current = { start: s, end: e, paragraph: blocks.length, followedByBreak: false };
    }
    blankSince = false;
    softBreak = e < le;
  }
  if (current) blocks.push(current);
  for (const b of blocks) {
    let k = b.end;
    while (k < n && isSpace(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
    b.followedByBreak = k < n && isLineBreak(text.charCodeAt(k));
  }
  return blocks;
}

function joins(text: string, prev: Block, nextStart: number, mode: LineBreakMode, softBreak: boolean): boolean {
  if (mode === 'wrap') return true;
  if (mode === 'paragraph') return false;
  const last = text.charCodeAt(prev.end - 1);
  if (last === 45 && prev.end - 2 >= prev.start && !isSpace(text.charCodeAt(prev.end - 2))) return true;
  const first = text.charCodeAt(nextStart);
  // a line cannot start with a period, comma or closing bracket: it continues the previous one
  if (first === 46 || first === 44 || first === 59 || first === 41 || first === 93) return true;
  // a space before the break marks a soft (flowed) line break; it joins a line that does not end a sentence
  return softBreak && !isTerminal(last) && last !== 58 && isLowerAt(text, nextStart);
}
