/**
 * Claims: number, date and name checks on English sentences outside quotations, against the Spanish
 * sentence each one reports (an English paraphrase that turns “12.000 familias” into “21,000 families”).
 * @module
 */
import type { Sentence, Span } from '../../types.js';
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { extractValues } from '../../lexicon/values/extractValues.js';
import { matchValues } from '../../lexicon/values/matchValues.js';
import { foldWord } from '../../lexicon/normalize.js';
import type { Value } from '../../lexicon/values/Value.js';
import type { Locale } from '../../report/i18n.js';
import type { ClaimFinding } from './QuoteFinding.js';
import { candidateUnits, subsetSource, type SourceModel } from './SourceModel.js';
import { contextLinks } from './findSourceSpan.js';
import { makeFinding } from './makeFinding.js';

/** Least context score for an English sentence and a Spanish unit to be compared as a claim. */
export const CLAIM_MIN_SCORE = 0.35;

const DATE_TYPES = new Set(['date', 'year', 'time']);
const CAP_WORD = /\p{Lu}[\p{L}'’-]+/gu;

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
  let qi = 0;
  for (const s of sentences) {
    if (s.lang === 'es' || (s.kind !== 'sentence' && s.kind !== 'heading')) continue;
    if (s.end - s.start > 4000) continue;
    while (qi < sorted.length && sorted[qi].end <= s.start) qi++;
    const inside: Span[] = [];
    for (let k = qi; k < sorted.length && sorted[k].start < s.end; k++) inside.push(sorted[k]);
    const outside = (a: number, b: number): boolean => !inside.some((q) => q.start - 1 <= a && b <= q.end + 1);
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
    const unit = space.units[best];
    const esValues = extractValues(unit.text, { lang: 'es' }).map((v) => ({ ...v, start: v.start + unit.start, end: v.end + unit.start }) as Value);
    const m = matchValues(values, esValues);
    for (const [a, b] of m.mismatched) {
      const type = DATE_TYPES.has(a.type) || DATE_TYPES.has(b.type) ? 'date' : 'number';
      out.push(makeFinding(type, { en: span(en, a.start, a.end), es: span(source.text, b.start, b.end), expected: b.text, actual: a.text }, locale) as ClaimFinding);
    }
  }
  return out;
}
