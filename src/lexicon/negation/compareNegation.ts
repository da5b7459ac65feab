import { assertText } from '../../CotejoError.js';
import { findNegations } from './findNegations.js';
import { type NegationCue } from './NegationCue.js';

/** How many negations a text carries, after Spanish negative concord is folded (`no dijo nada` is one). */
export interface NegationCount {
  /** Negated clauses: negative cues in the same clause count once (`no … nunca`, `neither … nor`). */
  negative: number;
  /** Partial negations (`no siempre`, `not always`, `not all`). */
  partial: number;
  /** Unnegated universals (`siempre`, `always`): reported, not required to match. */
  universal: number;
  /** Affixal negations (`unprecedented`, `imposible`): they explain a negation on the other side. */
  affixal: number;
}

/** The result of {@link compareNegation}. */
export interface NegationComparison {
  /** True when both sides negate or both do not, and both carry the same number of partial negations. */
  same: boolean;
  /** Stricter: `same`, and both negate the same number of clauses (unless an affixal negation may explain the
   * difference). Catches a negation dropped from one clause of two, at the cost of flagging an added or removed
   * negated clause (an omission or addition shows up here too). */
  sameCount: boolean;
  /** Cues of the English text. */
  en: NegationCue[];
  /** Cues of the Spanish text. */
  es: NegationCue[];
  /** Counts of the English text. */
  enCount: NegationCount;
  /** Counts of the Spanish text. */
  esCount: NegationCount;
}

const BOUNDARY_WORDS = new Set(['but', 'pero', 'sino', 'and', 'y', 'e', 'because', 'porque', 'although', 'aunque', 'while', 'mientras']);
const BOUNDARY_PUNCT = /[.;:!?()"“”«»\n—–]/;
const CONCORD = new Set(['nor', 'neither', 'not-even']);

/**
 * Counts the negated clauses of `text` given its cues: negative cues with no clause boundary (punctuation, `but`,
 * `pero`, `and`, `y`…) between them count once, which folds Spanish negative concord (`no vino nadie`) and
 * `neither … nor`; a comma before `ni` / `nor` does not end the clause.
 */
export function countNegations(text: string, cues: readonly NegationCue[]): NegationCount {
  const count: NegationCount = { negative: 0, partial: 0, universal: 0, affixal: 0 };
  let lastNegEnd = -1;
  for (const c of cues) {
    if (c.polarity === 'partial') {
      count.partial++;
      lastNegEnd = -1;
      continue;
    }
    if (c.polarity === 'universal') {
      count.universal++;
      continue;
    }
    if (c.polarity === 'affixal') {
      count.affixal++;
      continue;
    }
    let joined = false;
    if (lastNegEnd >= 0) {
      const between = text.slice(lastNegEnd, c.start);
      if (between.length <= 400) {
        const words = between.toLowerCase().split(/[^\p{L}]+/u);
        const boundary = (BOUNDARY_PUNCT.test(between) || (between.includes(',') && !CONCORD.has(c.cue))) ||
          words.some((w) => BOUNDARY_WORDS.has(w));
        joined = !boundary || (CONCORD.has(c.cue) && !BOUNDARY_PUNCT.test(between));
      }
    }
    if (!joined) count.negative++;
    lastNegEnd = c.end;
  }
  return count;
}

function samePolarity(en: NegationCount, es: NegationCount): boolean {
  if (en.partial !== es.partial) return false;
  const a = en.negative > 0;
  const b = es.negative > 0;
  if (a === b) return true;
  // an affixal negation on the side without one explains it: `unprecedented` / `no tiene precedentes`
  return a ? es.affixal > 0 : en.affixal > 0;
}

/**
 * Compares the negation of an English text with its Spanish source: `same` when both negate (or neither does) and
 * both carry the same partial negations, so `no siempre` against `always` or `never` is different, as is a
 * dropped or added `no`/`not`, while `sin`/`without`, `nunca`/`never`, `no dijo nada`/`said nothing` compare the
 * same, and so does a negation rendered by an affix on the other side (`unprecedented` / `no tiene precedentes`,
 * `free of` / `sin`, `imposible` / `not possible`). Counts of negated clauses (negative concord folded) are returned too, for stricter checks: a quote that
 * negates two clauses where the source negates one has `enCount.negative !== esCount.negative` (an added clause
 * shows up there, which is why `same` does not require equal counts). A heuristic over cue words, not a parser.
 *
 * @throws CotejoError `INVALID_INPUT` if either argument is not a string.
 * @example
 * ```ts
 * compareNegation('It was always like that.', 'No siempre fue así.').same; // false
 * ```
 */
export function compareNegation(en: string, es: string): NegationComparison {
  assertText(en, 'en');
  assertText(es, 'es');
  const enCues = findNegations(en, { lang: 'en' });
  const esCues = findNegations(es, { lang: 'es' });
  const enCount = countNegations(en, enCues);
  const esCount = countNegations(es, esCues);
  return {
    same: samePolarity(enCount, esCount),
    sameCount: samePolarity(enCount, esCount) &&
      (enCount.negative === esCount.negative || enCount.affixal + esCount.affixal > 0),
    en: enCues,
    es: esCues,
    enCount,
    esCount,
  };
}
