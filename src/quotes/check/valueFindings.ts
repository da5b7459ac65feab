/**
 * Value findings: numbers and dates that differ between a quote and its source, or that one side lacks.
 * @module
 */
import { extractValues } from '../../lexicon/values/extractValues.js';
import { matchValues } from '../../lexicon/values/matchValues.js';
import type { Value } from '../../lexicon/values/Value.js';
import type { Locale } from '../../report/i18n.js';
import type { ComparePair } from './ComparePair.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { span } from './tokenFinding.js';

function shift(v: Value, by: number): Value {
  return { ...v, start: v.start + by, end: v.end + by } as Value;
}

/** Values reported as dates: calendar dates and years. A clock time (`3 a.m.`, `las 15.00`) is a figure, reported
 * as a number: its change is a changed hour, not a changed day. */
const DATE_TYPES = new Set(['date', 'year']);
const IMPERIAL = /^\s*(?:-\s*)?(?:miles?|mph|inch(?:es)?|in\.|feet|foot|ft|yards?|pounds?|lbs?|ounces?|oz|gallons?|acres?|degrees?\s+fahrenheit|fahrenheit|°\s*f|square\s+(?:miles?|feet))\b/iu;
const METRIC = /^\s*(?:kil[oó]metros?|km|cent[ií]metros?|cm|mil[ií]metros?|mm|metros?|m\b|kilos?|kilogramos?|kg|gramos?|g\b|litros?|l\b|hect[aá]reas?|ha\b|grados?|°\s*c|kil[oó]metros?\s+por\s+hora|km\/h|metros?\s+cuadrados?)/iu;

/**
 * Whether two differing numbers may be the same measure in imperial and metric units (`200 mph` / `321 km/h`), for
 * units the value reader does not convert. Where both values carry a unit it reads (`5 miles` / `8 kilómetros`),
 * compareValues has already judged the conversion, and a figure that does not convert is a change.
 */
function converted(en: string, a: Value, es: string, b: Value): boolean {
  if (a.type === 'number' && b.type === 'number' && a.measure && b.measure) return false;
  return IMPERIAL.test(en.slice(a.end, a.end + 30)) && METRIC.test(es.slice(b.end, b.end + 40));
}

/** An identifier with a number glued to its name: `COVID-19`, `G20`, `F-16`, `SARS-CoV-2`, `H1N1` (its last part). */
const IDENTIFIER = /(?<![\p{L}\p{N}])(\p{L}{1,12})[-‐]?(\d{1,4})(?![\p{L}\p{N}]|[.,]\d)/gu;

function identifiers(text: string, base: number): { key: string; num: string; start: number; end: number; text: string }[] {
  const out: { key: string; num: string; start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(IDENTIFIER)) {
    // The name part must be capitalized (COVID, Covid, CoV, G): a name, not an ordinary word.
    if (!/\p{Lu}/u.test(m[1])) continue;
    out.push({ key: m[1].toLowerCase(), num: m[2], start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
    if (out.length >= 50) break;
  }
  return out;
}

/**
 * Identifiers whose number differs (`COVID-23` in the quote, `COVID-19` in the source): the values check leaves
 * such codes out, as their digits are not quantities, but a code the source writes with another number is
 * another thing. Only codes whose name both sides write alike are compared.
 */
function identifierFindings(p: ComparePair, locale: Locale, out: QuoteFinding[]): void {
  const ie = identifiers(p.quote.text, p.quote.start);
  if (ie.length === 0) return;
  const is = identifiers(p.source.text, p.source.start);
  for (const a of ie) {
    const same = is.filter((b) => b.key === a.key);
    if (same.length === 0 || same.some((b) => b.num === a.num)) continue;
    const b = same[0];
    out.push(makeFinding('number', { en: span(p.en, a.start, a.end), es: span(p.src, b.start, b.end), expected: b.text, actual: a.text }, locale));
  }
}

/** Characters read past the end of a span, so that a value the span cuts (`al 18` | ` %`) is read whole. */
const TAIL = 24;

/** The values that start inside `span` of `text`, each read whole even where it runs past the span's end. */
function valuesIn(text: string, span: { start: number; end: number }, lang: 'en' | 'es'): Value[] {
  const end = Math.min(text.length, span.end + TAIL);
  const n = span.end - span.start;
  return extractValues(text.slice(span.start, end), { lang })
    .filter((v) => v.start < n)
    .map((v) => shift(v, span.start));
}

/** Small numbers in words, for {@link ratios}. */
const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};
/** `one in five`, `3 out of 10`, `uno de cada cinco`, `tres de cada diez`. */
const RATIO = /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+)\s+(?:in|out\s+of|de\s+cada)\s+(\d{1,3}|\p{L}+)(?![\p{L}\p{N}])/giu;

/** The ratios a text words as `X in Y` / `X de cada Y` (`one in five` → 0.2). */
function ratios(text: string): Ratio[] {
  const out: Ratio[] = [];
  const num = (w: string): number | undefined => (/^\d+$/u.test(w) ? Number(w) : SMALL[w.toLowerCase()]);
  for (const m of text.matchAll(RATIO)) {
    const a = num(m[1]);
    const b = num(m[2]);
    if (a !== undefined && b !== undefined && b > 0 && a <= b) out.push({ value: a / b, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A ratio of {@link ratios}, its offsets relative to the text it was read in. */
type Ratio = { value: number; start: number; end: number };

/** Whether value `v` (offsets into the whole text, its span starting at `base`) lies in one of `own` (the ratios of
 * its span) that one of `percents` states. */
function inStatedRatio(v: Value, own: readonly Ratio[], base: number, percents: readonly Value[]): boolean {
  return own.some((r) => v.start >= base + r.start && v.end <= base + r.end && percents.some((x) => x.type === 'percent' && Math.abs(r.value * 100 - x.value) <= 1));
}

/** Value findings: numbers and dates that differ, or that one side has and the other lacks. */
export function valueFindings(p: ComparePair, locale: Locale, out: QuoteFinding[]): void {
  const ven = valuesIn(p.en, p.quote, 'en');
  const ves = valuesIn(p.src, p.source, 'es');
  identifierFindings(p, locale, out);
  if (ven.length === 0 && ves.length === 0) return;
  const m = matchValues(ven, ves);
  for (const [a, b] of m.mismatched) {
    if (converted(p.en, a, p.src, b)) continue;
    // A plain number in English against a year in the source (`of 2445` / `de 1880`) is a changed number.
    const type = DATE_TYPES.has(a.type) || (DATE_TYPES.has(b.type) && a.type !== 'number') ? 'date' : 'number';
    out.push(makeFinding(type, { en: span(p.en, a.start, a.end), es: span(p.src, b.start, b.end), expected: b.text, actual: a.text }, locale));
  }
  if (p.partial) return;
  const oneSided = p.confident && !p.loose;
  // A fraction in words on one side and its percentage on the other (`half of the students` / `el 50 % de los
  // estudiantes`) is the same figure.
  // So is a ratio (`one in five` / `20 %`). The ratios of each side are read once.
  const rEn = oneSided ? ratios(p.quote.text) : [];
  const rEs = oneSided ? ratios(p.source.text) : [];
  const asPercent = (v: Value, others: readonly Value[], otherRatios: readonly Ratio[]): boolean =>
    v.type === 'percent' &&
    (others.some((o) => o.type === 'number' && o.fraction === true && Math.abs(o.value * 100 - v.value) <= 1) ||
      otherRatios.some((r) => Math.abs(r.value * 100 - v.value) <= 1));
  for (const a of oneSided ? m.onlyEn : []) {
    if (p.part && (a.start < p.part.start || a.end > p.part.end)) continue;
    if (a.uncertain || a.spelled || a.type === 'ordinal' || asPercent(a, m.onlyEs, rEs) || inStatedRatio(a, rEn, p.quote.start, ves)) continue;
    const type = DATE_TYPES.has(a.type) ? 'date' : 'number';
    out.push(makeFinding(type, { en: span(p.en, a.start, a.end), es: null, expected: null, actual: a.text, variant: 'Missing', severity: 'warning' }, locale));
  }
  for (const b of oneSided ? m.onlyEs : []) {
    // A date, weekday or time the English leaves out of a quote is usually context the reporter moved, not a change.
    if (b.uncertain || b.spelled || b.type === 'ordinal' || b.type === 'time' || DATE_TYPES.has(b.type) || asPercent(b, m.onlyEn, rEn) || inStatedRatio(b, rEs, p.source.start, ven)) continue;
    const type = DATE_TYPES.has(b.type) ? 'date' : 'number';
    out.push(makeFinding(type, { en: p.quote, es: span(p.src, b.start, b.end), expected: b.text, actual: null, variant: 'Dropped', severity: 'warning' }, locale));
  }
}
