/**
 * Claims: number, date and name checks on English sentences outside quotations, against the Spanish
 * sentence each one reports (an English paraphrase that turns “12.000 familias” into “21,000 families”).
 * @module
 */
import type { Sentence, Span } from '../../types.js';
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { extractValues } from '../../lexicon/values/extractValues.js';
import { matchValues } from '../../lexicon/values/matchValues.js';
import { compareValues } from '../../lexicon/values/compareValues.js';
import { foldWord } from '../../lexicon/normalize.js';
import type { Value } from '../../lexicon/values/Value.js';
import type { Locale } from '../../report/i18n.js';
import type { ClaimFinding } from './QuoteFinding.js';
import { candidateUnits, subsetSource, type SourceModel } from './SourceModel.js';
import { contextLinks, type ContextLinks } from './findSourceSpan.js';
import { makeFinding } from './makeFinding.js';
import { cognateForm } from '../../lexicon/cognateScore.js';
import { exonymMatch } from '../../lexicon/names/compareNames.js';

/** Least context score for an English sentence and a Spanish unit to be compared as a claim. */
export const CLAIM_MIN_SCORE = 0.35;

const DATE_TYPES = new Set(['date', 'year', 'time']);
/** A capitalized word. Global: every loop over it resets `lastIndex` first, and none is nested in another. */
const CAP_WORD = /\p{Lu}[\p{L}'’-]+/gu;

function valueKind(v: Value): string {
  return v.type === 'year' || v.type === 'date' ? 'date' : v.type === 'money' ? 'number' : v.type;
}

function comparableKinds(a: Value, b: Value): boolean {
  return valueKind(a) === valueKind(b);
}

/**
 * Indices of the tokens within three of the value's own tokens (the value's tokens excluded) that are content
 * words. `shift` moves token offsets into the value's frame.
 */
function nearContentTokens(sent: BridgeSentence, start: number, end: number, shift: number): number[] {
  const toks = sent.tokens;
  const n = toks.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.start + shift >= start && t.end + shift <= end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    // The value is not a token of its own (a spelled number inside a phrase): the nearest token.
    let k = 0;
    while (k < n && toks[k].end + shift <= start) k++;
    first = last = Math.min(k, n - 1);
  }
  const out: number[] = [];
  const to = Math.min(n - 1, last + 3);
  for (let i = Math.max(0, first - 3); i <= to; i++) {
    if ((i < first || i > last) && sent.stop[i] === 0 && sent.numeric[i] === 0) out.push(i);
  }
  return out;
}

/**
 * How many content words within three tokens of the English value link (strength ≥ 0.5) to content words within
 * three tokens of the Spanish value. `sent` is the English sentence prepared (offsets relative to `base`).
 */
function neighbourAgreement(a: Value, b: Value, sent: BridgeSentence, base: number, ctx: ContextLinks, sp: BridgeSentence): number {
  const ei = nearContentTokens(sent, a.start, a.end, base);
  const fj = nearContentTokens(sp, b.start, b.end, 0);
  const strength = ctx.matrix.strength;
  const cols = ctx.matrix.cols;
  let n = 0;
  for (let x = 0; x < ei.length; x++) {
    const row = ei[x] * cols;
    for (let y = 0; y < fj.length; y++) {
      if (strength[row + fj[y]] >= 0.5) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Levenshtein distance, stopping early above 2 (names are short). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const m = b.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const c = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = c;
      if (c < rowMin) rowMin = c;
    }
    if (rowMin > 2) return 3;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** A capitalized word of the source, folded, with where it is. */
interface NearName {
  fold: string;
  span: Span;
}

/** The source's names: accented ones by folded form, every one folded, and by its first four letters. */
interface SourceNames {
  /** Accented names of the source, by folded form (a name is the same name anywhere in the article). */
  accented: Map<string, Span>;
  /** Every capitalized word of the source, folded. */
  names: Set<string>;
  /** Capitalized words of five letters or more, by their first four folded letters (for near misses). */
  nearName: Map<string, NearName[]>;
}

function sourceNames(source: SourceModel): SourceNames {
  const accented = new Map<string, Span>();
  const names = new Set<string>();
  const nearName = new Map<string, NearName[]>();
  const re = CAP_WORD;
  const units = source.units;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    re.lastIndex = 0;
    for (let w = re.exec(u.text); w !== null; w = re.exec(u.text)) {
      const word = w[0];
      const f = foldWord(word);
      if (f !== word.toLowerCase() && !accented.has(f)) accented.set(f, span(source.text, u.start + w.index, u.start + w.index + word.length));
    }
  }
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    re.lastIndex = 0;
    for (let w = re.exec(u.text); w !== null; w = re.exec(u.text)) {
      const word = w[0];
      const f = foldWord(word);
      if (names.has(f)) continue;
      names.add(f);
      if (f.length < 5) continue;
      const key = f.slice(0, 4);
      const entry: NearName = { fold: f, span: span(source.text, u.start + w.index, u.start + w.index + word.length) };
      const list = nearName.get(key);
      if (list === undefined) nearName.set(key, [entry]);
      else list.push(entry);
    }
  }
  return { accented, names, nearName };
}

/** True when `[a, b)` lies in none of the quotations `inside` (a mark's width of slack on either side). */
function outside(inside: readonly Span[], a: number, b: number): boolean {
  for (let k = 0; k < inside.length; k++) {
    const q = inside[k];
    if (q.start - 1 <= a && b <= q.end + 1) return false;
  }
  return true;
}

/** Name findings of one English sentence: near misses of a source name, then names missing its accents. */
function nameClaims(en: string, s: Sentence, inside: readonly Span[], names: SourceNames, locale: Locale, out: ClaimFinding[]): void {
  const re = CAP_WORD;
  re.lastIndex = 0;
  // A name spelled differently from the source's (Quiñonez / Quiñones): a different name.
  for (let w = re.exec(s.text); w !== null; w = re.exec(s.text)) {
    const word = w[0];
    const a = s.start + w.index;
    if (word.length < 5 || !outside(inside, a, a + word.length)) continue;
    const f = foldWord(word);
    if (names.names.has(f)) continue;
    const near = names.nearName.get(f.slice(0, 4));
    if (near === undefined) continue;
    for (let k = 0; k < near.length; k++) {
      const e = near[k];
      // One letter replaced (Quiñonez / Quiñones); a letter added is more often a derived word (Colombian / Colombia).
      // A translated word of a proper name is no misspelling: Fondo Adaptación / the Adaptation Fund (-ción/-tion).
      // A known exonym is a translation (Lisbon / Lisboa).
      if (e.fold.length === f.length && editDistance(e.fold, f) === 1 && cognateForm(f, 'en') !== cognateForm(e.fold, 'es') && !exonymMatch(word, e.span.text)) {
        out.push(makeFinding('entity', { en: span(en, a, a + word.length), es: e.span, expected: e.span.text, actual: word }, locale) as ClaimFinding);
        break;
      }
    }
  }
  if (names.accented.size === 0) return;
  re.lastIndex = 0;
  for (let w = re.exec(s.text); w !== null; w = re.exec(s.text)) {
    const word = w[0];
    const a = s.start + w.index;
    const e = names.accented.get(foldWord(word));
    // English spells some names without the accent (Mexico / México, Peru / Perú).
    if (e !== undefined && e.text.toLowerCase() !== word.toLowerCase() && outside(inside, a, a + word.length) && !exonymMatch(word, e.text)) {
      out.push(makeFinding('diacritics', { en: span(en, a, a + word.length), es: e, expected: e.text, actual: word }, locale) as ClaimFinding);
    }
  }
}

/** `values` moved by `shift` (copies), appended to `out`; with `inside`, only those outside its quotations. */
function shiftValues(values: readonly Value[], shift: number, inside: readonly Span[] | null, out: Value[]): void {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const start = v.start + shift;
    const end = v.end + shift;
    if (inside !== null && !outside(inside, start, end)) continue;
    out.push({ ...v, start, end } as Value);
  }
}

/** Number and date findings of one English sentence (its `values`, already outside quotations). */
function valueClaims(
  en: string,
  s: Sentence,
  values: Value[],
  source: SourceModel,
  locale: Locale,
  cache: Map<string, BridgeSentence>,
  out: ClaimFinding[],
): void {
  const key = `${s.start}:${s.end}`;
  let prep = cache.get(key);
  if (prep === undefined) {
    prep = prepareBridgeSentence(s.text, 'en');
    cache.set(key, prep);
  }
  const space = subsetSource(source, candidateUnits(prep, source, 3).sort((x, y) => x - y));
  if (space.units.length === 0) return;
  const ctx = contextLinks(prep, space);
  const unitScore = ctx.unitScore;
  let best = -1;
  for (let u = 0; u < unitScore.length; u++) if (best < 0 || unitScore[u] > unitScore[best]) best = u;
  if (best < 0 || unitScore[best] < CLAIM_MIN_SCORE) return;
  // The best unit, and any other nearly as good (an English sentence often merges two Spanish ones).
  const esValues: Value[] = [];
  const units = space.units;
  for (let k = 0; k < units.length; k++) {
    if (unitScore[k] < CLAIM_MIN_SCORE || unitScore[k] < unitScore[best] - 0.1) continue;
    const unit = units[k];
    shiftValues(extractValues(unit.text, { lang: 'es' }), unit.start, null, esValues);
  }
  const m = matchValues(values, esValues);
  // Values that differ are re-paired by the words around them (six in ten young … / cuatro de cada diez
  // jóvenes …): a pair counts only when a content word next to the English value renders one next to the
  // Spanish value, so a paraphrase with other figures is not reported.
  const leftEn: Value[] = [];
  const leftEs: Value[] = [];
  for (let k = 0; k < m.mismatched.length; k++) leftEn.push(m.mismatched[k][0]);
  for (let k = 0; k < m.onlyEn.length; k++) leftEn.push(m.onlyEn[k]);
  for (let k = 0; k < m.mismatched.length; k++) leftEs.push(m.mismatched[k][1]);
  for (let k = 0; k < m.onlyEs.length; k++) leftEs.push(m.onlyEs[k]);
  const used = new Set<Value>();
  for (let x = 0; x < leftEn.length; x++) {
    const a = leftEn[x];
    let bestEs: Value | null = null;
    let bestScore = 0;
    for (let y = 0; y < leftEs.length; y++) {
      const b = leftEs[y];
      if (used.has(b) || !comparableKinds(a, b)) continue;
      const sc = neighbourAgreement(a, b, prep, s.start, ctx, space.prepared);
      if (sc > bestScore) {
        bestScore = sc;
        bestEs = b;
      }
    }
    if (bestEs === null || bestScore < 1) continue;
    used.add(bestEs);
    if (compareValues(a, bestEs) !== 'different') continue;
    const type = DATE_TYPES.has(a.type) || DATE_TYPES.has(bestEs.type) ? 'date' : 'number';
    out.push(
      makeFinding(type, { en: span(en, a.start, a.end), es: span(source.text, bestEs.start, bestEs.end), expected: bestEs.text, actual: a.text }, locale) as ClaimFinding,
    );
  }
}

/**
 * Checks the English sentences (outside quotations) that hold numbers, dates or accented-name candidates against
 * their best-matching source unit. `cache` shares context links with the quote search.
 *
 * The work is split into small functions with plain loops and one object shape per site, so that a rare path
 * met late in a batch (the first mismatched value, the first near-miss name) deoptimizes and recompiles a small
 * function, not the whole check.
 */
export function checkClaims(
  en: string,
  sentences: readonly Sentence[],
  quotes: readonly Span[],
  source: SourceModel,
  locale: Locale,
  cache: Map<string, BridgeSentence>,
): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  const sorted = quotes.slice().sort((a, b) => a.start - b.start);
  const names = sourceNames(source);
  let qi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.lang === 'es' || (s.kind !== 'sentence' && s.kind !== 'heading')) continue;
    if (s.end - s.start > 4000) continue;
    while (qi < sorted.length && sorted[qi].end <= s.start) qi++;
    const inside: Span[] = [];
    for (let k = qi; k < sorted.length && sorted[k].start < s.end; k++) inside.push(sorted[k]);
    nameClaims(en, s, inside, names, locale, out);
    const values: Value[] = [];
    shiftValues(extractValues(s.text, { lang: 'en' }), s.start, inside, values);
    if (values.length === 0) continue;
    valueClaims(en, s, values, source, locale, cache, out);
  }
  return out;
}
