import { compareValues } from './compareValues.js';
import { type Value } from './Value.js';

/** The result of {@link matchValues}. */
export interface ValueMatch {
  /** English and Spanish values that are the same (`compareValues` → `same`). */
  pairs: [Value, Value][];
  /** Plausible counterparts (same kind: money with money, date with date…) whose values differ. */
  mismatched: [Value, Value][];
  /** Counterparts that may or may not be the same (`compareValues` → `uncertain`). */
  uncertain: [Value, Value][];
  /** English values with no Spanish counterpart. */
  onlyEn: Value[];
  /** Spanish values with no English counterpart. */
  onlyEs: Value[];
}

type Kind = 'quantity' | 'percent' | 'money' | 'ordinal' | 'date' | 'time' | 'unparsed';

function kindOf(v: Value): Kind {
  switch (v.type) {
    case 'number':
      return 'quantity';
    case 'year':
      return 'date';
    default:
      return v.type;
  }
}

/** A number written like a clock time (`12.30`, `13:20`): a time's counterpart even when they differ. */
const CLOCK = /^(?:[01]?\d|2[0-4])[.:][0-5]\d$/;

/** A number that may write an hour: clock-like (`12.30`) or a whole number up to 24 (`11 o'clock`). */
function clockLike(v: Value): boolean {
  if (CLOCK.test(v.text)) return true;
  // a span of time (`20 años`, `two hours`) is no hour of the clock
  return v.type === 'number' && !v.days && !v.fraction && Number.isInteger(v.value) && v.value >= 0 && v.value <= 24;
}

/** How plausible it is that `a` and `b` are counterparts (higher is better; -1: not counterparts). */
function affinity(a: Value, b: Value): number {
  const ka = kindOf(a);
  const kb = kindOf(b);
  // a fraction in words (`half of`, `la mitad`) is a counterpart of another fraction only (0 keeps it out of `mismatched`)
  if (a.type === 'number' && b.type === 'number' && !!a.fraction !== !!b.fraction) return 0;
  let s = 0;
  if (ka === kb) s += 4;
  else if ((ka === 'quantity' && kb === 'money') || (ka === 'money' && kb === 'quantity')) s += 1;
  // a bare four-digit number read as a year may be a count (`1727 muertes`)
  else if ((a.type === 'year' && ka !== kb && kb === 'quantity') || (b.type === 'year' && kb !== ka && ka === 'quantity')) s += 1;
  // a day of the month (`the 20th` / `el día 20`): counterparts only when the same (affinity 0 keeps them out of
  // `mismatched`); a clock time written as a number (`12:30 p.m.` / `12.30`, `11 o'clock` / `las 11 de la noche`):
  // counterparts when the number may be an hour
  else if ((ka === 'ordinal' && kb === 'quantity') || (ka === 'quantity' && kb === 'ordinal')) return 0;
  else if ((ka === 'time' && kb === 'quantity') || (ka === 'quantity' && kb === 'time')) return clockLike(ka === 'time' ? b : a) ? 1 : 0;
  else if ((ka === 'unparsed' || kb === 'unparsed') && ka !== 'date' && kb !== 'date' && ka !== 'time' && kb !== 'time') s += 0;
  else return -1;
  // a spelled ordinal is often idiomatic (`first`, `primera parte`): it is a counterpart only of a spelled one
  if (a.type === 'ordinal' && b.type === 'ordinal' && !!a.spelled !== !!b.spelled) return -1;
  if (a.type === b.type) s += 1;
  // two spans of time (`two weeks` / `quince días`) before a span and a bare count
  if (a.type === 'number' && b.type === 'number' && a.days && b.days) s += 1;
  const sa = 'scale' in a ? a.scale : undefined;
  const sb = 'scale' in b ? b.scale : undefined;
  if (sa === sb) s += 1;
  if (a.type === 'money' && b.type === 'money' && a.currency === b.currency) s += 1;
  return s;
}

/**
 * Pairs the values of an English text with those of its Spanish source. Values that are the same are paired
 * first (same type before cross-type, in order of appearance); then values that may be the same; then the
 * leftovers are paired with a plausible counterpart of the same kind (money with money, dates with dates,
 * numbers with numbers, preferring the same scale and currency and the nearest relative position) as
 * `mismatched`. What remains is `onlyEn` / `onlyEs`.
 *
 * @example
 * ```ts
 * const m = matchValues(extractValues('$54 million', { lang: 'en' }), extractValues('45 millones de dólares', { lang: 'es' }));
 * m.mismatched.length; // 1
 * ```
 */
export function matchValues(en: readonly Value[], es: readonly Value[]): ValueMatch {
  const usedEn = new Uint8Array(en.length);
  const usedEs = new Uint8Array(es.length);
  const pairs: [Value, Value][] = [];
  const mismatched: [Value, Value][] = [];
  const uncertain: [Value, Value][] = [];
  const verdict = new Map<number, string>();
  const cmp = (i: number, j: number): string => {
    const key = i * (es.length + 1) + j;
    let v = verdict.get(key);
    if (v === undefined) {
      v = compareValues(en[i], es[j]);
      verdict.set(key, v);
    }
    return v;
  };
  const pass = (want: 'same' | 'uncertain' | 'different', minAffinity: number, out: [Value, Value][]) => {
    for (let i = 0; i < en.length; i++) {
      if (usedEn[i]) continue;
      let best = -1;
      let bestScore = -Infinity;
      for (let j = 0; j < es.length; j++) {
        if (usedEs[j]) continue;
        const aff = affinity(en[i], es[j]);
        if (aff < minAffinity) continue;
        if (cmp(i, j) !== want) continue;
        const pos = Math.abs(i / Math.max(1, en.length) - j / Math.max(1, es.length));
        const score = aff * 10 - pos;
        if (score > bestScore) {
          bestScore = score;
          best = j;
        }
      }
      if (best >= 0) {
        usedEn[i] = 1;
        usedEs[best] = 1;
        out.push([en[i], es[best]]);
      }
    }
  };
  pass('same', 5, pairs);
  pass('same', 0, pairs);
  pass('uncertain', 0, uncertain);
  pass('different', 4, mismatched);
  pass('different', 1, mismatched);
  return {
    pairs,
    mismatched,
    uncertain,
    onlyEn: en.filter((_, i) => !usedEn[i]),
    onlyEs: es.filter((_, j) => !usedEs[j]),
  };
}
