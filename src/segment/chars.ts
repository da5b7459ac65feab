/**
 * Character classes shared by the segmentation passes (UTF-16 code units; no regex on hot paths).
 * @module
 */

/** JavaScript whitespace (what `String.prototype.trim` removes), by code unit. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A line break: LF, CR, VT, FF, LINE SEPARATOR, PARAGRAPH SEPARATOR (all JavaScript whitespace; NEL, U+0085, is
 * not whitespace to JavaScript, so it is kept as text).
 */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x2028 || c === 0x2029;
}

/** Sentence-final marks: `. ? ! …` and `‽`, plus the full-width and CJK ones. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x203d || c === 0x3002 || c === 0xff0e ||
    c === 0xff1f || c === 0xff01 || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

/** CJK sentence marks, which end a sentence without a following space. */
export function isCjkTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff1f || c === 0xff01 || c === 0xff0e;
}

/** Closing quotation marks and brackets that may follow a final mark (`.”`, `?»`, `.)`). */
export function isCloser(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 125 ||
    c === 0x203a || c === 0x300d || c === 0x300f;
}

/** Opening quotation marks, brackets and Spanish opening marks that may start a sentence. */
export function isOpener(c: number): boolean {
  return c === 0x201c || c === 0xab || c === 0x2018 || c === 34 || c === 39 || c === 40 || c === 91 || c === 123 ||
    c === 0xbf || c === 0xa1 || c === 0x2039 || c === 0x201e || c === 0x300c || c === 0x300e;
}

/** Dashes that introduce dialogue or an attribution (`—`, `–`, `―`). */
export function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015;
}

/** ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;

/** Whether the code point at `i` is a lower-case letter. */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || c !== c) return false; // ASCII, or out of range (NaN)
  return LOWER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Whether the code point at `i` is an upper-case (or title-case) letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || c !== c) return false;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Whether the code point at `i` is a letter of any script. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128 || c !== c) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
