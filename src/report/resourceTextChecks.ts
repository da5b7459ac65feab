/**
 * The language checks {@link checkResources} runs on the text of each translated string: numbers,
 * names, negation (through the lexicon's value, name and negation modules, called only here) and
 * quotation marks.
 * @module
 */
import type { Span } from '../types.js';
import { extractValues, matchValues, type Value } from '../lexicon/values/index.js';
import { extractNames, compareNames } from '../lexicon/names/index.js';
import { compareNegation, type NegationCue } from '../lexicon/negation/index.js';

/** Which text checks to run. */
export interface ResourceTextChecks {
  /** Numbers differ (`5` → `6`, `1,500` → `1.500` is the same number). */
  numbers: boolean;
  /** Quotation marks present on one side only, or unbalanced in the Spanish. */
  quoteMarks: boolean;
  /** A proper name or acronym of the English missing from the Spanish. */
  names: boolean;
  /** One side negates, the other does not. */
  negation: boolean;
}

/** One difference found by {@link compareResourceTexts}; spans are offsets into the two strings. */
export interface ResourceTextDiff {
  /** Which check found it. */
  kind: 'number' | 'quoteMarks' | 'name' | 'negation';
  /** English evidence, or null. */
  en: Span | null;
  /** Spanish evidence, or null. */
  es: Span | null;
  /** What the English says (a normalized number, a name, negation words joined by `, `), or null. */
  actual: string | null;
  /** What the Spanish says, or null. */
  expected: string | null;
}

const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
const spanOfValue = (v: Span): Span => ({ text: v.text, start: v.start, end: v.end });

/** A value's reading as a short string: `12000`, `3.1%`, `2026-01-09`, `10:30`. */
function valueString(v: Value): string {
  switch (v.type) {
    case 'percent': return `${v.value}${v.unit === 'pp' ? ' pp' : '%'}`;
    case 'money': return `${v.value} ${v.currency}`;
    case 'date': return [v.value.year ?? '', v.value.month ?? '', v.value.day ?? ''].join('-');
    case 'time': return `${v.value.hour}:${String(v.value.minute).padStart(2, '0')}`;
    case 'unparsed': return v.text;
    default: return String(v.value);
  }
}

/**
 * Numbers, amounts, percentages and dates that differ (lexicon/values: `extractValues` + `matchValues`).
 * Uncertain readings are not reported, nor spelled-out numbers on one side only ("One item" / "Un artículo").
 */
function compareNumbers(en: string, es: string): ResourceTextDiff[] {
  const m = matchValues(extractValues(en, { lang: 'en' }), extractValues(es, { lang: 'es' }));
  const diffs: ResourceTextDiff[] = [];
  for (const [a, b] of m.mismatched) {
    if (a.uncertain || b.uncertain) continue;
    diffs.push({ kind: 'number', en: spanOfValue(a), es: spanOfValue(b), actual: valueString(a), expected: valueString(b) });
  }
  for (const a of m.onlyEn) if (!a.uncertain && !a.spelled) diffs.push({ kind: 'number', en: spanOfValue(a), es: null, actual: valueString(a), expected: null });
  for (const b of m.onlyEs) if (!b.uncertain && !b.spelled) diffs.push({ kind: 'number', en: null, es: spanOfValue(b), actual: null, expected: valueString(b) });
  return diffs.sort((x, y) => (x.en?.start ?? x.es?.start ?? 0) - (y.en?.start ?? y.es?.start ?? 0));
}

const EN_QUOTES = new Set(['"', '\u201c', '\u201d']);
const ES_QUOTES = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

function quoteMarks(text: string, marks: Set<string>): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (marks.has(text[i])) at.push(i);
  return at;
}

function compareQuoteMarks(en: string, es: string): ResourceTextDiff[] {
  const a = quoteMarks(en, EN_QUOTES);
  const b = quoteMarks(es, ES_QUOTES);
  if (a.length >= 2 && b.length === 0) {
    return [{ kind: 'quoteMarks', en: span(en, a[0], a[a.length - 1] + 1), es: null, actual: String(Math.floor(a.length / 2)), expected: '0' }];
  }
  if (b.length >= 2 && a.length === 0) {
    return [{ kind: 'quoteMarks', en: null, es: span(es, b[0], b[b.length - 1] + 1), actual: '0', expected: String(Math.floor(b.length / 2)) }];
  }
  const opens = b.filter((i) => es[i] === '\u00ab').length;
  const closes = b.filter((i) => es[i] === '\u00bb').length;
  if (opens !== closes || b.filter((i) => es[i] === '"').length % 2 === 1) {
    return [{ kind: 'quoteMarks', en: null, es: span(es, b[0], b[b.length - 1] + 1), actual: null, expected: null }];
  }
  return [];
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Names and acronyms of the English with no counterpart in the Spanish (lexicon/names: `extractNames` +
 * `compareNames`, which knows exonyms such as White House / Casa Blanca). A sentence-initial single word
 * is too uncertain to report; handles and hashtags must appear as they are.
 */
function compareNamesIn(en: string, es: string): ResourceTextDiff[] {
  const esNames = extractNames(es, { lang: 'es' });
  const esFolded = fold(es);
  const diffs: ResourceTextDiff[] = [];
  for (const n of extractNames(en, { lang: 'en' })) {
    if (n.sentenceInitial && n.kind === 'name' && !/\s/.test(n.text.trim())) continue;
    if (esNames.some((m) => compareNames(n.text, m.text) !== 'different')) continue;
    if (n.key !== '' && esFolded.includes(n.key)) continue;
    diffs.push({ kind: 'name', en: span(en, n.start, n.end), es: null, actual: n.text, expected: null });
  }
  return diffs;
}

/** One side negates and the other does not (lexicon/negation: `compareNegation`, clause-aware counts). */
function compareNegationIn(en: string, es: string): ResourceTextDiff[] {
  const c = compareNegation(en, es);
  if (c.same) return [];
  // evidence: real negators only, not `always`-type universals nor affixes (`unprecedented`)
  const neg = (cues: NegationCue[]): NegationCue[] =>
    cues.filter((q) => q.polarity !== 'universal' && q.polarity !== 'affixal');
  const a = neg(c.en);
  const b = neg(c.es);
  const enMore = c.enCount.negative + c.enCount.partial > c.esCount.negative + c.esCount.partial;
  return [{
    kind: 'negation',
    en: a[0] ? span(en, a[0].start, a[0].end) : null,
    es: b[0] ? span(es, b[0].start, b[0].end) : null,
    actual: enMore ? a.map((q) => q.text).join(', ') || null : null,
    expected: enMore ? null : b.map((q) => q.text).join(', ') || null,
  }];
}

/**
 * Runs the enabled checks on one English string and its Spanish translation. The strings should have
 * i18next syntax (`{{var}}`, `$t(…)`, `<0>` tags) already blanked out with spaces so offsets stay true.
 */
export function compareResourceTexts(en: string, es: string, checks: ResourceTextChecks): ResourceTextDiff[] {
  const diffs: ResourceTextDiff[] = [];
  if (checks.numbers) diffs.push(...compareNumbers(en, es));
  if (checks.quoteMarks) diffs.push(...compareQuoteMarks(en, es));
  if (checks.names) diffs.push(...compareNamesIn(en, es));
  if (checks.negation) diffs.push(...compareNegationIn(en, es));
  return diffs;
}
