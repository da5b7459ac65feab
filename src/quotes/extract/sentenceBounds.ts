/**
 * Light sentence boundaries around a position, for reading the narration around a quotation. A boundary is
 * `.`, `!`, `?` or `…` (plus any closing quote marks) followed by a space and a capital, an opening mark,
 * `¿`/`¡` or a digit; a period after an abbreviation (`U.S.`, `Mr.`, `Sra.`) or an initial is not one.
 * Both searches are bounded by a floor/ceiling, so each call is O(distance).
 * @module
 */
import { isSpace, isUpper } from './tokenizeContext.js';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);
const STARTERS = new Set(['“', '‘', '"', "'", '«', '‹', '¿', '¡', '(', '[', '—', '–']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'st', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt',
  'prof', 'no', 'nº', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'approx', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic', 'ud', 'uds',
  'lic', 'ing', 'arq', 'pág', 'núm', 'art', 'fig', 'vol', 'ed', 'op', 'cit', 'p', 'pp', 'mt', 'ft',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.includes('.')) return true; // U.S., EE.UU.
  if (word.length === 1 && isUpper(word)) return true; // initials: J. Smith
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** True when a sentence ends right before offset `at` (after its terminator and closing marks). */
function boundaryAt(text: string, at: number): boolean {
  // at: first character of the next sentence (after whitespace)
  let e = at;
  while (e > 0 && isSpace(text[e - 1])) e--;
  if (e === at) return false;
  let t = e;
  while (t > 0 && CLOSERS.has(text[t - 1])) t--;
  if (t === 0 || !TERMINATORS.has(text[t - 1])) return false;
  if (text[t - 1] === '.' && isAbbreviation(text, t - 1)) return false;
  const c = text[at];
  return isUpper(c) || STARTERS.has(c) || /\p{N}/u.test(c);
}

/** Start of the sentence containing `pos`, not before `floor`. */
export function sentenceStartBefore(text: string, pos: number, floor: number): number {
  for (let i = pos; i > floor; i--) {
    const prev = text[i - 1];
    if (prev === '\n' || prev === '\r' || prev === '\u2028' || prev === '\u2029') {
      // A line break is a paragraph boundary: the sentence starts at the line's first non-space.
      let s = i;
      while (s < pos && isSpace(text[s])) s++;
      return s;
    }
    if (!isSpace(text[i]) && isSpace(prev) && boundaryAt(text, i)) return i;
  }
  return floor;
}

/** End of the sentence containing the character before `pos` (after its terminator), not after `ceil`. */
export function sentenceEndAfter(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      let e = i;
      while (e > pos && isSpace(text[e - 1])) e--;
      return e;
    }
    if (!isSpace(text[i]) && i > 0 && isSpace(text[i - 1]) && i > pos && boundaryAt(text, i)) {
      let e = i;
      while (e > pos && isSpace(text[e - 1])) e--;
      return e;
    }
  }
  return ceil;
}
