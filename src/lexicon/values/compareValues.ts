import { type DateParts, type Value } from './Value.js';
import { sameMeasure } from './measureUnits.js';

/** The verdict of {@link compareValues}. */
export type ValueComparison = 'same' | 'different' | 'uncertain';

const PESO_CODES = new Set(['PESO', 'COP', 'MXN', 'ARS', 'CLP', 'UYU', 'DOP', 'CUP', 'PHP']);
const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD']);

/** True when `a` equals `b` up to floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const m = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= m * 1e-9;
}

function readings(v: Value): number[] {
  if (typeof v.value !== 'number') return [];
  return [v.value, ...(v.alternatives ?? [])];
}

/** 'same', 'compatible' (only if `$` means pesos, or a peso of some country) or 'different'. */
function currencyMatch(a: Value, b: Value): 'same' | 'compatible' | 'different' {
  if (a.type !== 'money' || b.type !== 'money') return 'same';
  if (a.currency === b.currency) return 'same';
  const pa = PESO_CODES.has(a.currency);
  const pb = PESO_CODES.has(b.currency);
  if (pa && pb && (a.currency === 'PESO' || b.currency === 'PESO')) return 'same';
  const bareA = a.symbol === '$';
  const bareB = b.symbol === '$';
  if ((bareA && (pb || DOLLAR_CODES.has(b.currency))) || (bareB && (pa || DOLLAR_CODES.has(a.currency)))) return 'compatible';
  return 'different';
}

function dateParts(v: Value): DateParts | undefined {
  if (v.type === 'date') return v.value;
  if (v.type === 'year') return { year: v.value };
  return undefined;
}

function compareDates(a: DateParts, b: DateParts, aUnc: boolean, bUnc: boolean): ValueComparison {
  let common = 0;
  let diff = 0;
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    if (a[k] !== undefined && b[k] !== undefined) {
      common++;
      if (a[k] !== b[k]) diff++;
    }
  }
  if (common === 0) return 'uncertain';
  if (diff === 0) return 'same';
  if (aUnc || bUnc) {
    // day/month order was guessed: try the other order
    const swap = (p: DateParts): DateParts => ({ ...p, month: p.day, day: p.month });
    const alt = compareDates(aUnc ? swap(a) : a, bUnc && !aUnc ? swap(b) : b, false, false);
    if (alt === 'same') return 'uncertain';
  }
  return 'different';
}

/** True when a figure looks rounded (a scale word, or `about`) and the other, written in full, rounds to it. */
function roundsTo(rounded: Value, precise: Value): boolean {
  if (typeof rounded.value !== 'number' || typeof precise.value !== 'number') return false;
  const r = rounded.value;
  const p = precise.value;
  if (rounded.qualifier === 'about') return Math.abs(r - p) <= Math.abs(r) * 0.1;
  if (!('scale' in rounded) || rounded.scale === undefined || r === 0) return false;
  // two figures written with a scale word are both rounded already: `22 million` / `20 millones` is a change
  if ('scale' in precise && precise.scale !== undefined) return false;
  // precision of the rounded figure: the place of its last significant digit
  let unit = 10 ** Math.floor(Math.log10(Math.abs(r)));
  while (unit > 1e-9 && !sameNumber(Math.round(r / unit) * unit, r)) unit /= 10;
  return sameNumber(Math.round(p / unit) * unit, r) && !sameNumber(p, r);
}

/**
 * A time of day against a plain number that may write the same clock time: `12.30` (a Spanish time written like a
 * decimal) is the same as 12:30 when hour and minutes agree; a whole hour `11` (`11 o'clock`) is the same as 11:00
 * or 23:00. Anything else is `different`.
 */
function clockNumber(t: Extract<Value, { type: 'time' }>, n: Extract<Value, { type: 'number' }>): ValueComparison {
  const m = /^(\d{1,2})[.,:](\d\d)$/.exec(n.text);
  if (m) return Number(m[1]) === t.value.hour && Number(m[2]) === t.value.minute ? 'same' : 'different';
  if (!Number.isInteger(n.value) || n.value < 1 || n.value > 12 || t.value.minute !== 0) return 'different';
  return n.value % 12 === t.value.hour % 12 ? 'same' : 'different';
}

/**
 * Two spans of time in days (`two weeks` / `quince días`): the same when a reading of each agrees, uncertain when
 * they are within 5 % (`six months` / `26 semanas`; 10 % when one is `about`), otherwise different (`three weeks` /
 * `tres meses`).
 */
function compareSpans(a: readonly number[], b: readonly number[], about: boolean): ValueComparison {
  for (const x of a) for (const y of b) if (sameNumber(x, y)) return 'same';
  const x = a[0];
  const y = b[0];
  return Math.abs(x - y) <= Math.max(x, y) * (about ? 0.1 : 0.05) ? 'uncertain' : 'different';
}

/**
 * Compares an English value with a Spanish one:
 * - `same`: the same quantity, date or time (a year matches a date in that year; money matches a bare number
 *   of the same amount, since the currency is often said once);
 * - `different`: they disagree (`$54 million` vs `45 millones de dólares`; `billion` vs `billón`; USD vs EUR;
 *   `more than` vs `less than`);
 * - `uncertain`: they could be the same under another plausible reading (`1.500` as 1.5 or 1500; a guessed
 *   day/month order; a rounded `1.5 million` against `1.487.000`; `$` that may be pesos), or one side is unreadable.
 * Values of unrelated kinds (a date against a percentage) are `different`.
 */
export function compareValues(en: Value, es: Value): ValueComparison {
  if (en.type === 'unparsed' || es.type === 'unparsed') return 'uncertain';
  // decades: `the 1990s` / `los años noventa` (a decade with no century compares its last two digits)
  if ((en.type === 'year' && en.decade) || (es.type === 'year' && es.decade)) {
    const ya = en.type === 'year' ? en.value : en.type === 'date' ? en.value.year : undefined;
    const yb = es.type === 'year' ? es.value : es.type === 'date' ? es.value.year : undefined;
    if (ya === undefined || yb === undefined) return en.type === 'date' || es.type === 'date' ? 'uncertain' : 'different';
    const short = (en.type === 'year' && en.decade === 'short') || (es.type === 'year' && es.decade === 'short');
    return (short ? ya % 100 === yb % 100 : ya === yb) ? 'same' : 'different';
  }
  // dates and years
  const da = dateParts(en);
  const db = dateParts(es);
  if (da && db) return compareDates(da, db, en.uncertain, es.uncertain);
  if (en.type === 'time' || es.type === 'time') {
    if (en.type === 'time' && es.type === 'number') return clockNumber(en, es);
    if (es.type === 'time' && en.type === 'number') return clockNumber(es, en);
    if (en.type !== 'time' || es.type !== 'time') return 'different';
    return en.value.hour === es.value.hour && en.value.minute === es.value.minute ? 'same' : 'different';
  }
  if (en.type === 'date' || es.type === 'date') return 'different';
  // A day of the month is an ordinal in English and a cardinal in Spanish (`the 20th` / `el día 20`).
  if ((en.type === 'ordinal') !== (es.type === 'ordinal')) {
    const other = en.type === 'ordinal' ? es : en;
    if (other.type !== 'number') return 'different';
    return sameNumber(en.value as number, es.value as number) ? 'same' : 'different';
  }
  // numeric kinds: number, money, percent, ordinal, year
  const pctA = en.type === 'percent';
  const pctB = es.type === 'percent';
  let kindDoubt = pctA !== pctB;
  if (pctA && pctB && en.unit !== es.unit) kindDoubt = true;
  const cur = currencyMatch(en, es);
  if (cur === 'different') return 'different';
  if (cur === 'compatible') kindDoubt = true;
  if (en.qualifier && es.qualifier) {
    const q = new Set([en.qualifier, es.qualifier]);
    if (q.has('over') && (q.has('under') || q.has('up-to'))) return 'different';
  }
  const a = en.value as number;
  const b = es.value as number;
  if (en.type === 'number' && es.type === 'number' && en.days && es.days) {
    return compareSpans(en.days, es.days, en.qualifier === 'about' || es.qualifier === 'about');
  }
  if (sameNumber(a, b)) return kindDoubt ? 'uncertain' : 'same';
  // A figure converted to the other side's units (`5 miles` / `8 kilómetros`, `95F` / `35 °C`).
  if (en.type === 'number' && es.type === 'number' && en.measure && es.measure && sameMeasure(en.measure, es.measure)) return 'same';
  for (const x of readings(en)) for (const y of readings(es)) if (sameNumber(x, y)) return 'uncertain';
  if (en.reason === 'too-long' || es.reason === 'too-long') return 'uncertain';
  if (roundsTo(en, es) || roundsTo(es, en)) return 'uncertain';
  return 'different';
}
