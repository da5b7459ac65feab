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

/** Least context score for an English sentence and a Spanish unit to be compared as a claim. */
export const CLAIM_MIN_SCORE = 0.35;

const DATE_TYPES = new Set(['date', 'year', 'time']);
const CAP_WORD = /\p{Lu}[\p{L}'’-]+/gu;

function comparableKinds(a: Value, b: Value): boolean {
  const kind = (v: Value): string => (v.type === 'year' || v.type === 'date' ? 'date' : v.type === 'money' ? 'number' : v.type);
  return kind(a) === kind(b);
}

/**
 * How many content words within three tokens of the English value link (strength ≥ 0.5) to content words within
 * three tokens of the Spanish value. `sent` is the English sentence prepared (offsets relative to `base`).
 */
function neighbourAgreement(a: Value, b: Value, sent: BridgeSentence, base: number, ctx: ContextLinks, sp: BridgeSentence): number {
  const near = (toks: readonly { start: number; end: number }[], start: number, end: number, shift: number): number[] => {
    const out: number[] = [];
    let first = -1;
    let last = -1;
    toks.forEach((t, i) => {
      if (t.start + shift >= start && t.end + shift <= end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) {
      // The value is not a token of its own (a spelled number inside a phrase): the nearest token.
      let k = 0;
      while (k < toks.length && toks[k].end + shift <= start) k++;
      first = last = Math.min(k, toks.length - 1);
    }
    for (let i = Math.max(0, first - 3); i <= Math.min(toks.length - 1, last + 3); i++) if (i < first || i > last) out.push(i);
    return out;
  };
  const ei = near(sent.tokens, a.start, a.end, base).filter((i) => !sent.stop[i] && sent.tokens[i].kind === 'word');
  const fj = near(sp.tokens, b.start, b.end, 0).filter((j) => !sp.stop[j] && sp.tokens[j].kind === 'word');
  let n = 0;
  for (const i of ei) {
    for (const j of fj) {
      if (ctx.matrix.strength[i * ctx.matrix.cols + j] >= 0.5) {
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
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > 2) return 3;
    prev = cur;
  }
  return prev[b.length];
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/**
 * Checks the English sentences (outside quotations) that hold numbers, dates or accented-name candidates against
 * their best-matching source unit. `cache` shares context links with the quote search.
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
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  // Accented names of the source, by folded form (a name is the same name anywhere in the article).
  const accented = new Map<string, Span>();
  for (const u of source.units) {
    for (const w of u.text.matchAll(CAP_WORD)) {
      const f = foldWord(w[0]);
      if (f !== w[0].toLowerCase() && !accented.has(f)) accented.set(f, span(source.text, u.start + w.index!, u.start + w.index! + w[0].length));
    }
  }
  // Every capitalized word of the source, folded, and by its first four letters (for near misses).
  const names = new Set<string>();
  const nearName = new Map<string, { fold: string; span: Span }[]>();
  for (const u of source.units) {
    for (const w of u.text.matchAll(CAP_WORD)) {
      const f = foldWord(w[0]);
      if (names.has(f)) continue;
      names.add(f);
      if (f.length < 5) continue;
      const key = f.slice(0, 4);
      const list = nearName.get(key) ?? [];
      list.push({ fold: f, span: span(source.text, u.start + w.index!, u.start + w.index! + w[0].length) });
      nearName.set(key, list);
    }
  }
  let qi = 0;
  for (const s of sentences) {
    if (s.lang === 'es' || (s.kind !== 'sentence' && s.kind !== 'heading')) continue;
    if (s.end - s.start > 4000) continue;
    while (qi < sorted.length && sorted[qi].end <= s.start) qi++;
    const inside: Span[] = [];
    for (let k = qi; k < sorted.length && sorted[k].start < s.end; k++) inside.push(sorted[k]);
    const outside = (a: number, b: number): boolean => !inside.some((q) => q.start - 1 <= a && b <= q.end + 1);
    // A name spelled differently from the source's (Quiñonez / Quiñones): a different name.
    for (const w of s.text.matchAll(CAP_WORD)) {
      const a = s.start + w.index!;
      if (w[0].length < 5 || !outside(a, a + w[0].length)) continue;
      const f = foldWord(w[0]);
      if (names.has(f)) continue;
      const near = nearName.get(f.slice(0, 4));
      if (!near) continue;
      for (const e of near) {
        // One letter replaced (Quiñonez / Quiñones); a letter added is more often a derived word (Colombian / Colombia).
        // A translated word of a proper name is no misspelling: Fondo Adaptación / the Adaptation Fund (-ción/-tion).
        if (e.fold.length === f.length && editDistance(e.fold, f) === 1 && cognateForm(f, 'en') !== cognateForm(e.fold, 'es')) {
          out.push(makeFinding('entity', { en: span(en, a, a + w[0].length), es: e.span, expected: e.span.text, actual: w[0] }, locale) as ClaimFinding);
          break;
        }
      }
    }
    if (accented.size > 0) {
      for (const w of s.text.matchAll(CAP_WORD)) {
        const a = s.start + w.index!;
        const e = accented.get(foldWord(w[0]));
        if (e && e.text.toLowerCase() !== w[0].toLowerCase() && outside(a, a + w[0].length)) {
          out.push(makeFinding('diacritics', { en: span(en, a, a + w[0].length), es: e, expected: e.text, actual: w[0] }, locale) as ClaimFinding);
        }
      }
    }
    const values = extractValues(s.text, { lang: 'en' })
      .map((v) => ({ ...v, start: v.start + s.start, end: v.end + s.start }) as Value)
      .filter((v) => outside(v.start, v.end));
    if (values.length === 0) continue;
    const key = `${s.start}:${s.end}`;
    let prep = cache.get(key);
    if (!prep) {
      prep = prepareBridgeSentence(s.text, 'en');
      cache.set(key, prep);
    }
    const space = subsetSource(source, candidateUnits(prep, source, 3).sort((x, y) => x - y));
    if (space.units.length === 0) continue;
    const ctx = contextLinks(prep, space);
    let best = -1;
    for (let u = 0; u < ctx.unitScore.length; u++) if (best < 0 || ctx.unitScore[u] > ctx.unitScore[best]) best = u;
    if (best < 0 || ctx.unitScore[best] < CLAIM_MIN_SCORE) continue;
    // The best unit, and any other nearly as good (an English sentence often merges two Spanish ones).
    const esValues: Value[] = [];
    space.units.forEach((unit, k) => {
      if (ctx.unitScore[k] < CLAIM_MIN_SCORE || ctx.unitScore[k] < ctx.unitScore[best] - 0.1) return;
      for (const v of extractValues(unit.text, { lang: 'es' })) esValues.push({ ...v, start: v.start + unit.start, end: v.end + unit.start } as Value);
    });
    const m = matchValues(values, esValues);
    // Values that differ are re-paired by the words around them (six in ten young … / cuatro de cada diez
    // jóvenes …): a pair counts only when a content word next to the English value renders one next to the
    // Spanish value, so a paraphrase with other figures is not reported.
    const leftEn = [...m.mismatched.map(([a]) => a), ...m.onlyEn];
    const leftEs = [...m.mismatched.map(([, b]) => b), ...m.onlyEs];
    const used = new Set<Value>();
    for (const a of leftEn) {
      let best: Value | null = null;
      let bestScore = 0;
      for (const b of leftEs) {
        if (used.has(b) || !comparableKinds(a, b)) continue;
        const sc = neighbourAgreement(a, b, prep, s.start, ctx, space.prepared);
        if (sc > bestScore) {
          bestScore = sc;
          best = b;
        }
      }
      if (!best || bestScore < 1) continue;
      used.add(best);
      if (compareValues(a, best) !== 'different') continue;
      const type = DATE_TYPES.has(a.type) || DATE_TYPES.has(best.type) ? 'date' : 'number';
      out.push(makeFinding(type, { en: span(en, a.start, a.end), es: span(source.text, best.start, best.end), expected: best.text, actual: a.text }, locale) as ClaimFinding);
    }
  }
  return out;
}
