/**
 * A small, linear-time scanner over the raw string, shared by the value, name and negation finders.
 * It never backtracks: every code unit is looked at a bounded number of times.
 * @module
 */

/** What a scanned token is. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A token with its exact offsets (`text === input.slice(start, end)`). */
export interface Token {
  /** `word`: letters (and marks), with inner apostrophes or hyphens; `number`: digits with inner separators;
   * `punct`: any other single character (a surrogate pair counts as one). */
  kind: TokenKind;
  /** The token text. */
  text: string;
  /** UTF-16 start offset (inclusive). */
  start: number;
  /** UTF-16 end offset (exclusive). */
  end: number;
}

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const UPPER_RE = /^\p{Lu}/u;

/** True when the code point `cp` is a letter or a combining mark. ASCII is answered without a regex. */
export function isLetterCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // lone surrogate
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/** True when `word` starts with an uppercase letter. */
export function startsUpper(word: string): boolean {
  return UPPER_RE.test(word);
}

/** True when `word` has at least two letters and no lowercase letter. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 ||
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Separators allowed inside a number: `.` `,` and the non-breaking / thin spaces used to group digits. */
export function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function codePointLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function letterAt(text: string, i: number): number {
  // Returns the length of the letter at i (1 or 2 code units), or 0 if it is not a letter.
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  const n = codePointLen(text, i);
  const cp = n === 2 ? text.codePointAt(i)! : c;
  if (n === 1 && c >= 0xd800 && c <= 0xdfff) return 0;
  return LETTER_RE.test(String.fromCodePoint(cp)) ? n : 0;
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];

/**
 * Scanned tokens stored as typed arrays (a few bytes per token, nothing for the garbage collector to trace);
 * `at(k)` builds a short-lived {@link Token} on demand.
 */
export class TokenList {
  /** Number of tokens. */
  length = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(
    /** The scanned text. */
    readonly source: string,
    capacity: number,
  ) {
    const c = Math.max(16, capacity);
    this.kinds = new Uint8Array(c);
    this.starts = new Int32Array(c);
    this.ends = new Int32Array(c);
  }

  /** Appends a token (kind 0 word, 1 number, 2 punct). */
  push(kind: number, start: number, end: number): void {
    if (this.length === this.kinds.length) {
      const c = this.kinds.length * 2;
      const k = new Uint8Array(c);
      k.set(this.kinds);
      const s = new Int32Array(c);
      s.set(this.starts);
      const e = new Int32Array(c);
      e.set(this.ends);
      this.kinds = k;
      this.starts = s;
      this.ends = e;
    }
    this.kinds[this.length] = kind;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The token at index k, or undefined outside `[0, length)`. */
  at(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    const start = this.starts[k];
    const end = this.ends[k];
    return { kind: KINDS[this.kinds[k]], text: this.source.slice(start, end), start, end };
  }

  /** Kind of token k (`undefined` outside the list). */
  kind(k: number): TokenKind | undefined {
    return k >= 0 && k < this.length ? KINDS[this.kinds[k]] : undefined;
  }

  /** Start offset of token k (k must be in range). */
  start(k: number): number {
    return this.starts[k];
  }

  /** End offset of token k (k must be in range). */
  end(k: number): number {
    return this.ends[k];
  }

  /** True when token b starts right where token a ends (no gap). */
  glued(a: number, b: number): boolean {
    return a >= 0 && b < this.length && this.starts[b] === this.ends[a];
  }

  /** True when token b follows token a on the same line with at most two characters of space between. */
  near(a: number, b: number): boolean {
    if (a < 0 || b >= this.length) return false;
    const from = this.ends[a];
    const to = this.starts[b];
    if (to - from > 2) return false;
    for (let i = from; i < to; i++) {
      const c = this.source.charCodeAt(i);
      if (c === 10 || c === 13) return false;
    }
    return true;
  }

  /** Text of token k ('' outside the list). */
  text(k: number): string {
    return k >= 0 && k < this.length ? this.source.slice(this.starts[k], this.ends[k]) : '';
  }
}

/**
 * Scans `text` into words, numbers and single punctuation characters (whitespace is skipped).
 * Linear in the length of the text; never throws.
 */
export function scanTokens(text: string): TokenList {
  const out = new TokenList(text, Math.min(text.length, 1 << 16));
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // `.08` (a decimal without its zero) after a space or an opening bracket
    const leadingDot = c === 0x2e && i + 1 < n && isDigit(text.charCodeAt(i + 1)) &&
      (i === 0 || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x28);
    if (isDigit(c) || leadingDot) {
      const start = i;
      i++;
      let groupStart = leadingDot ? -1 : start; // -1: not groupable by spaces
      let onlySpaces = true;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          const sc = text.charCodeAt(i);
          if (sc === 0x2e || sc === 0x2c) onlySpaces = false;
          i += 2;
          groupStart = i - 1;
          continue;
        }
        // `90 053`, `1 051 635`: a plain space groups thousands when every group is right (1–3 digits, then
        // exactly 3) and the number has no other separator so far
        const g = i - groupStart;
        if (onlySpaces && groupStart >= 0 && text.charCodeAt(i) === 0x20 && (groupStart === start ? g >= 1 && g <= 3 : g === 3) &&
          i + 3 < n + 1 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
          !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))) {
          i += 4;
          groupStart = i - 3;
          continue;
        }
        break;
      }
      out.push(1, start, i);
      continue;
    }
    let len = letterAt(text, i);
    if (len > 0) {
      const start = i;
      i += len;
      for (;;) {
        len = letterAt(text, i);
        if (len > 0) {
          i += len;
          continue;
        }
        if (i + 1 < n) {
          const d = text.charCodeAt(i);
          if ((isApostrophe(d) || isHyphen(d)) && letterAt(text, i + 1) > 0) {
            i += 1;
            continue;
          }
        }
        break;
      }
      out.push(0, start, i);
      continue;
    }
    const w = codePointLen(text, i);
    out.push(2, i, i + w);
    i += w;
  }
  return out;
}

const foldCache = new Map<string, string>();

/** Lowercases `s` and removes diacritics (`Bogotá` → `bogota`, `ñ` → `n`). Short words are cached. */
export function foldAccents(s: string): string {
  if (s.length <= 24) {
    const hit = foldCache.get(s);
    if (hit !== undefined) return hit;
    const out = foldUncached(s);
    if (foldCache.size >= 100_000) foldCache.clear();
    foldCache.set(s, out);
    return out;
  }
  return foldUncached(s);
}

function foldUncached(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
