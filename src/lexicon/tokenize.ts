/**
 * Word tokenization for English and Spanish with exact offsets.
 * @module
 */
import { assertOneOf, assertText, CotejoError } from '../CotejoError.js';
import type { Lang, Span } from '../types.js';
import { foldWord, normalizeNumber } from './normalize.js';

/**
 * What a token is:
 * - `word`: letters (with inner apostrophes: `O'Brien`), or an English clitic split off (`'s`, `n't`);
 * - `number`: digits, with inner thousands/decimal separators (`12.000`, `1,5`);
 * - `code`: letters and digits mixed (`G7`, `B2B`, `1990s`).
 */
export type TokenKind = 'word' | 'number' | 'code';

/** A token of a sentence, with its exact offsets and its folded form for matching. */
export interface Token extends Span {
  /** 0-based position of the token in the token list. */
  index: number;
  /** Folded form for matching (lower case, no diacritics; numbers normalized, `n't` → `not`). Never for display. */
  norm: string;
  /** What the token is. */
  kind: TokenKind;
  /** True when the token starts with an upper-case letter (a possible name or sentence start). */
  upper: boolean;
}

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Language of the text. With `'en'` or `'und'`, English clitics are split off
   * (`don't` → `do` + `n't`, `Trump's` → `Trump` + `'s`); with `'es'` apostrophes stay inside words.
   */
  lang?: Lang;
}

/** Defaults of {@link TokenizeOptions}. */
export const DEFAULT_TOKENIZE_OPTIONS: Readonly<Required<TokenizeOptions>> = Object.freeze({ lang: 'und' });

const LANGS: readonly Lang[] = ['en', 'es', 'und'];
// A run of letters/marks/digits, optionally joined to further runs by one inner separator.
// Separators are never part of a run, so matching is linear (no backtracking blow-up).
const RUN = /[\p{L}\p{M}\p{N}]+(?:[.,'’][\p{L}\p{M}\p{N}]+)*/gu;
const DIGITS = /^\p{Nd}+$/u;
const HAS_DIGIT = /\p{N}/u;
const UPPER = /^\p{Lu}/u;
const EN_CLITICS = new Set(['s', 're', 'll', 've', 'm', 'd']);
const NT_NORM: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/**
 * Splits text into word, number and code tokens with exact UTF-16 offsets
 * (`token.text === text.slice(token.start, token.end)`). Punctuation and spaces are not tokens.
 * Digit groups joined by `.` or `,` stay one number token (`12.000`); other dots and commas split
 * (`U.S.` → `U`, `S`). Hyphenated words are split (`high-altitude` → `high`, `altitude`).
 * Never throws on odd text; throws `CotejoError` (`INVALID_INPUT`) if `text` is not a string.
 *
 * @example
 * ```ts
 * tokenize('Petro dijo 12.000 veces', { lang: 'es' }).map((t) => t.norm); // ['petro', 'dijo', '12000', 'veces']
 * ```
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  assertText(text);
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'options must be an object such as { lang: "en" }.', 'options');
  }
  const lang = options.lang === undefined ? 'und' : assertOneOf(options.lang, LANGS, 'options.lang');
  const out: Token[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    splitRun(m[0], m.index, lang, out);
  }
  return out;
}

function push(out: Token[], text: string, start: number, norm?: string, kind?: TokenKind): void {
  let k: TokenKind;
  if (kind) k = kind;
  else {
    // ASCII fast path; other scripts go through the Unicode-aware regexes.
    let digits = 0;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c > 127) ascii = false;
    }
    if (ascii) k = digits === text.length ? 'number' : digits > 0 ? 'code' : 'word';
    else if (DIGITS.test(text)) k = 'number';
    else if (HAS_DIGIT.test(text)) k = 'code';
    else k = 'word';
  }
  const c0 = text.charCodeAt(0);
  out.push({
    text,
    start,
    end: start + text.length,
    index: out.length,
    norm: norm ?? foldWord(text),
    kind: k,
    upper: c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(text),
  });
}

/** Splits one run at separators that do not belong inside a token. */
function splitRun(run: string, base: number, lang: Lang, out: Token[]): void {
  // Fast path: no inner separators.
  let hasSep = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 46 || c === 44 || c === 39 || c === 0x2019) {
      hasSep = true;
      break;
    }
  }
  if (!hasSep) {
    push(out, run, base);
    return;
  }
  // Pieces between separators, with the separator that precedes each piece.
  const pieces: { s: number; e: number; sep: string }[] = [];
  let s = 0;
  let sep = '';
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    if (c === '.' || c === ',' || c === "'" || c === '’') {
      pieces.push({ s, e: i, sep });
      sep = c;
      s = i + 1;
    }
  }
  pieces.push({ s, e: run.length, sep });
  let i = 0;
  while (i < pieces.length) {
    const p = pieces[i];
    const pt = run.slice(p.s, p.e);
    // Number: digit groups joined by . or ,
    if (DIGITS.test(pt)) {
      let j = i;
      while (j + 1 < pieces.length && (pieces[j + 1].sep === '.' || pieces[j + 1].sep === ',') && DIGITS.test(run.slice(pieces[j + 1].s, pieces[j + 1].e))) j++;
      const numText = run.slice(p.s, pieces[j].e);
      push(out, numText, base + p.s, normalizeNumber(numText), 'number');
      i = j + 1;
      continue;
    }
    // Word, possibly with inner apostrophes.
    let j = i;
    while (j + 1 < pieces.length && (pieces[j + 1].sep === "'" || pieces[j + 1].sep === '’')) j++;
    if (j === i) {
      if (lang !== 'es' && (p.sep === "'" || p.sep === '’') && EN_CLITICS.has(pt.toLowerCase())) {
        // A clitic after a number: `2026's`.
        push(out, run.slice(p.s - 1, p.e), base + p.s - 1, `'${pt.toLowerCase()}`, 'word');
      } else {
        push(out, pt, base + p.s);
      }
    } else if (lang !== 'es' && j === i + 1) {
      const tail = run.slice(pieces[j].s, pieces[j].e);
      const tailLow = tail.toLowerCase();
      const apos = pieces[j].s - 1;
      if (tailLow === 't' && /n$/i.test(pt) && pt.length > 1) {
        const head = pt.slice(0, -1);
        const headNorm = foldWord(head);
        push(out, head, base + p.s, NT_NORM[headNorm] ?? headNorm);
        push(out, run.slice(p.e - 1, pieces[j].e), base + p.e - 1, 'not', 'word');
      } else if (EN_CLITICS.has(tailLow)) {
        push(out, pt, base + p.s);
        push(out, run.slice(apos, pieces[j].e), base + apos, `'${tailLow}`, 'word');
      } else {
        push(out, run.slice(p.s, pieces[j].e), base + p.s, foldWord(run.slice(p.s, pieces[j].e)).replace(/’/g, "'"));
      }
    } else {
      const t = run.slice(p.s, pieces[j].e);
      push(out, t, base + p.s, foldWord(t).replace(/’/g, "'"));
    }
    i = j + 1;
  }
}
