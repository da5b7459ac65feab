/**
 * Pass 3: quotations and brackets. Pairs “ ” ‘ ’ « » ‹ › " ' ( ) [ ] { } 「 」 within a block, telling an
 * apostrophe (`Petro’s`, `don't`) from a closing single quote, so that a final mark inside a quotation
 * ends the sentence only where the quotation also ends it. sentence-splitter pairs neither “…” nor «…».
 * Unclosed openers and stray closers are ignored: broken quotes never swallow a paragraph.
 * @module
 */
import { isDigit, isLetterAt, isLowerAt, isSpace } from '../chars.js';

/** Per code unit of a block: `1` at a matched opener, `-1` at its closer, `0` elsewhere. */
export type QuotationMarks = Int8Array;

/** How deep the pairing looks for the opener of a closer (bounds the work on pathological input). */
export const MAX_PAIR_SEARCH = 8;

const DOUBLE = 34;
const SINGLE = 39;

function closerFor(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d; // “ ”
    case 0x201e: return 0x201d; // „ ”
    case 0x2018: return 0x2019; // ‘ ’
    case 0xab: return 0xbb; // « »
    case 0x2039: return 0x203a; // ‹ ›
    case 40: return 41;
    case 91: return 93;
    case 123: return 125;
    case 0x300c: return 0x300d;
    case 0x300e: return 0x300f;
    case DOUBLE: return DOUBLE;
    case SINGLE: return SINGLE;
    default: return -1;
  }
}

function isClosing(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 41 || c === 93 || c === 125 ||
    c === 0x300d || c === 0x300f;
}

function charBefore(text: string, start: number, i: number): number {
  return i > start ? text.charCodeAt(i - 1) : 32;
}

function charAfter(text: string, end: number, i: number): number {
  return i + 1 < end ? text.charCodeAt(i + 1) : 32;
}

/** A mark that opens: after a space, a bracket, a dash or a slash, and before a non-space. */
function openingContext(text: string, start: number, end: number, i: number): boolean {
  const p = charBefore(text, start, i);
  return (isSpace(p) || closerFor(p) !== -1 || p === 0x2014 || p === 0x2013 || p === 45 || p === 47) &&
    !isSpace(charAfter(text, end, i));
}

/** A mark that closes: after a non-space, and not before a letter (`Petro’s` is an apostrophe). */
function closingContext(text: string, start: number, end: number, i: number): boolean {
  return !isSpace(charBefore(text, start, i)) && (i + 1 >= end || !isLetterAt(text, i + 1));
}

/** `players' union`, `Reyes’ team`: an apostrophe after a final s, followed by a lower-case word. */
function pluralPossessive(text: string, end: number, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (p !== 115 && p !== 83) return false;
  if (i + 2 >= end || text.charCodeAt(i + 1) !== 32) return false;
  return isLowerAt(text, i + 2);
}

/** Closes the opener of `c` nearest the top of `stack`, marking both; false if there is none. */
function close(text: string, start: number, marks: Int8Array, stack: number[], i: number, c: number): boolean {
  for (let k = stack.length - 1, depth = 0; k >= 0 && depth < MAX_PAIR_SEARCH; k--, depth++) {
    const open = stack[k];
    if (closerFor(text.charCodeAt(open)) === c) {
      marks[open - start] = 1;
      marks[i - start] = -1;
      stack.length = k;
      return true;
    }
  }
  return false;
}

function stackHas(text: string, stack: number[], c: number): boolean {
  for (let k = stack.length - 1, depth = 0; k >= 0 && depth < MAX_PAIR_SEARCH; k--, depth++) {
    if (text.charCodeAt(stack[k]) === c) return true;
  }
  return false;
}

/**
 * Marks the matched quotation marks and brackets of `text.slice(start, end)`.
 * @param continues - the next paragraph opens with a quotation mark. In the English convention a quotation that
 * runs over several paragraphs has no closing mark until its last paragraph, and each new paragraph reopens it:
 * so when this block itself opens with a quotation mark that stays unclosed and the next block reopens with the
 * same mark, the quotation runs to the end of this block (the block still ends the unit).
 */
export function markQuotations(text: string, start: number, end: number, continues = false): QuotationMarks {
  const marks = new Int8Array(end - start);
  const stack: number[] = []; // positions of open marks
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 34 || (c > 41 && c < 91) || (c > 93 && c < 123) || (c > 125 && c < 0xab)) continue;
    if (c === DOUBLE) {
      // with a `"` open, this one closes it unless it clearly opens a word (`say "yes"`, `] ".`)
      const opensWord = openingContext(text, start, end, i) && i + 1 < end &&
        (isLetterAt(text, i + 1) || isDigit(charAfter(text, end, i)));
      if (stackHas(text, stack, DOUBLE) && !opensWord) close(text, start, marks, stack, i, DOUBLE);
      else if (openingContext(text, start, end, i) || !isSpace(charAfter(text, end, i))) stack.push(i);
    } else if (c === SINGLE || c === 0x2019) {
      // apostrophe unless it closes an open single quote; `players' union` is a plural possessive
      if (stackHas(text, stack, c === SINGLE ? SINGLE : 0x2018) && closingContext(text, start, end, i) &&
        !pluralPossessive(text, end, i)) {
        close(text, start, marks, stack, i, c);
      } else if (c === SINGLE && openingContext(text, start, end, i) && i + 1 < end && !isDigit(charAfter(text, end, i))) {
        stack.push(i); // `'90s` is an elision, not a quotation
      }
    } else if (c === 0x201c && stackHas(text, stack, 0x201c) && closingContext(text, start, end, i) &&
      !openingContext(text, start, end, i)) {
      close(text, start, marks, stack, i, 0x201d); // a mistyped closing “
    } else if (closerFor(c) !== -1) {
      stack.push(i);
    } else if (isClosing(c)) {
      close(text, start, marks, stack, i, c);
    }
  }
  if (continues && stack.length > 0 && stack[0] === start && !isBracket(text.charCodeAt(start))) marks[0] = 1;
  return marks;
}

function isBracket(c: number): boolean {
  return c === 40 || c === 91 || c === 123;
}
