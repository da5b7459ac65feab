/**
 * A small, linear-time tokenizer for the context around a quotation: words (with their offsets, lower-case
 * form, capitalization and possessive `’s`), single punctuation marks, and opaque placeholders for other
 * quotations that must not be read as narration.
 * @module
 */

/** One token of context. */
export interface ContextToken {
  /** `w` word, `p` punctuation mark, `q` another quotation (opaque). */
  kind: 'w' | 'p' | 'q';
  /** The token's text (for a word, without a possessive `’s`). */
  text: string;
  /** Lower-case text. */
  lower: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  cap: boolean;
  /** A word that carried a possessive `’s` / `'s` (or a bare `s’`). */
  possessive: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const INITIALS = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

/** True when `ch` is a letter, mark or digit. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

/** True when `ch` is an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

/** True for whitespace (or no character at all). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return true;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}

const SPACE = /\s/u;

const APOS = new Set(['’', "'"]);
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'dra', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'prof',
  'st', 'jr', 'lic', 'ing',
]);
const JOINERS = new Set(['-', '‐', '.', '’', "'"]);

/**
 * Tokenizes `text.slice(from, to)`, replacing each `masks` span (sorted, non-overlapping) with one `q` token.
 * Runs in time linear in `to - from`.
 */
export function tokenizeContext(
  text: string,
  from: number,
  to: number,
  masks: ReadonlyArray<{ start: number; end: number }> = [],
): ContextToken[] {
  const out: ContextToken[] = [];
  let m = 0;
  let i = Math.max(0, from);
  const stop = Math.min(text.length, to);
  while (i < stop) {
    while (m < masks.length && masks[m].end <= i) m++;
    if (m < masks.length && masks[m].start <= i) {
      const end = Math.min(masks[m].end, stop);
      out.push({ kind: 'q', text: text.slice(i, end), lower: '', start: i, end, cap: false, possessive: false });
      i = end;
      continue;
    }
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      out.push({ kind: 'p', text: ch, lower: ch, start: i, end: i + 1, cap: false, possessive: false });
      i++;
      continue;
    }
    const limit = m < masks.length ? Math.min(stop, masks[m].start) : stop;
    let j = i + 1;
    while (j < limit) {
      const c = text[j];
      if (isWordChar(c)) j++;
      else if (JOINERS.has(c) && j + 1 < limit && isWordChar(text[j + 1])) j += 2;
      else break;
    }
    let word = text.slice(i, j);
    // Abbreviations made of initials keep their final period (U.S., EE.UU.), and so do titles (Mr., Sra.).
    if (j < limit && text[j] === '.' && (INITIALS.test(word) || TITLE_ABBREVIATIONS.has(word.toLowerCase()))) {
      j++;
      word = text.slice(i, j);
    }
    let possessive = false;
    let shown = word;
    if (word.length > 2 && APOS.has(word[word.length - 2]) && (word.endsWith('s') || word.endsWith('S'))) {
      possessive = true;
      shown = word.slice(0, -2);
    } else if (j < limit && APOS.has(text[j]) && /s$/iu.test(word) && !isWordChar(text[j + 1])) {
      possessive = true; // plural possessive: the ministers’ remarks
      j++;
    }
    out.push({
      kind: 'w',
      text: shown,
      lower: shown.toLowerCase(),
      start: i,
      end: j,
      cap: isUpper(shown[0]),
      possessive,
    });
    i = j;
  }
  return out;
}
