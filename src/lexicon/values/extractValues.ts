/**
 * Finds numbers, percentages, money, ordinals, years, dates and times in English or Spanish text.
 * @module
 */
import { type LexOptions, checkLexOptions } from './checkLexOptions.js';
import { type LangContext, buildLangContext, langAt } from './guessLang.js';
import { parseNumber, type NumberReading } from './parseNumber.js';
import { type Token, type TokenList, foldAccents, scanTokens } from './scanTokens.js';
import { readMeasure } from './measureUnits.js';
import { findUrlRanges } from './findUrlRanges.js';
import {
  type DateParts,
  type DateValue,
  type MoneyValue,
  type NumberValue,
  type PercentValue,
  type Value,
  type ValueQualifier,
  type ValueReason,
  type YearValue,
} from './Value.js';
import {
  AMBIGUOUS_EN_MONTHS,
  AMBIGUOUS_ORDINALS,
  CURRENCY_CODES,
  CURRENCY_COUNTRY,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  MONEY_SCALE_ABBREVIATIONS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_WORDS,
  COLLECTIVE_NUMBERS,
  ONE_WORDS,
  ORDINAL_WORDS,
  QUALIFIERS,
  SCALES,
  SPELLED_MULTIPLIERS,
  WEEKDAYS,
} from './valueWords.js';

/** Options of {@link extractValues}. */
export type ExtractValuesOptions = LexOptions;

/** Defaults of {@link extractValues}: the language is guessed around each value. */
export const DEFAULT_VALUE_OPTIONS: Readonly<Required<ExtractValuesOptions>> = Object.freeze({ lang: 'auto' });

const EN_ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const ES_ORDINAL_SUFFIXES = new Set(['º', 'ª', 'o', 'a', 'er', 'ra', 'ro', 'do', 'da', 'to', 'ta', 'vo', 'va', 'no', 'na', 'mo', 'ma']);
const MONTH_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'through', 'from',
  'before', 'after', 'en', 'de', 'desde', 'hasta', 'durante', 'para',
]);
const TIME_WORDS = new Set(['h', 'hrs', 'horas', 'hs']);
/** Spanish parts of the day after a 12-hour figure (accent-free), and the 24-hour reading of the figure:
 * `las 3 de la madrugada` → 3:00, `las 4 de la tarde` → 16:00, `las 11 de la noche` → 23:00, `las 12 de la noche` → 0:00. */
const DAY_PARTS = new Map<string, (h: number) => number>([
  ['madrugada', (h) => (h === 12 ? 0 : h)],
  ['manana', (h) => h],
  ['mediodia', (h) => (h < 6 ? h + 12 : h)],
  ['tarde', (h) => (h < 12 ? h + 12 : h)],
  ['noche', (h) => (h === 12 ? 0 : h >= 6 ? h + 12 : h)],
]);
/** What may stand between the two figures of a range: `a`, `y`, `to`, `and`, `-`, `–`, `al`, `o`, `or`. */
const RANGE_GAP = /^\s*(?:a|al|y|e|o|u|to|and|or|-|–)\s*$/i;
/** A unit of time right after a number (a space or a hyphen between): `two weeks`, `14-day`, `quince días`. */
const TIME_UNIT = /^(?:\s{1,2}|-)(days?|d[ií]as|weeks?|semanas?|fortnights?|quincenas|months?|mes|meses|years?|a[ñn]os?|hours?|horas?)(?![\p{L}\p{N}])/iu;
/** Days in each unit of time (accent-free, lower case). */
const SPAN_DAYS = new Map<string, number>([
  ['day', 1], ['days', 1], ['dia', 1], ['dias', 1], ['week', 7], ['weeks', 7], ['semana', 7], ['semanas', 7],
  ['fortnight', 14], ['fortnights', 14], ['quincenas', 14], ['month', 30], ['months', 30], ['mes', 30], ['meses', 30],
  ['year', 365], ['years', 365], ['ano', 365], ['anos', 365], ['hour', 1 / 24], ['hours', 1 / 24], ['hora', 1 / 24],
  ['horas', 1 / 24],
]);
/** Spanish words before a decade: `años` (`los años noventa`), `década de (los)` (`la década de 1990`). */
const DECADE_BEFORE_ES = /(?:\ba[ñn]os|\bd[ée]cada\s+de(?:\s+los)?)\s+$/iu;
/** Words hyphenated before a year that keep it a year (`mid-2024`, `pre-2020`), not an identifier (`F-16`). */
const YEAR_PREFIXES = new Set(['mid', 'early', 'late', 'pre', 'post']);
/** Spelled numbers from two to ten (EN and ES), longest first, as a regex alternation for numerators. */
function numeratorWords(): string {
  return [...NUMBER_WORDS].filter(([, v]) => v >= 2 && v <= 10).map(([w]) => w).sort((a, b) => b.length - a.length).join('|');
}
/** English fractions: a numerator (or none, for `half`) and a denominator before `of`/`the`/a possessive. */
const FRACTION_EN = new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?:first|second|other|the|a) )(?:(a|one|${numeratorWords()})\\s)?(half|thirds?|quarters?|fifths?)(?=\\s(?:of|the|its|their|our|his|her|all|them)\\s)`, 'giu');
/** Spanish fractions: `la mitad`, `un tercio`, `dos tercios`, `un cuarto de`, `una cuarta parte`, `tres cuartas partes`. */
const FRACTION_ES = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:la)\\s(mitad)|(un|${numeratorWords()})\\s(tercios?|cuartos?)(?=\\sde\\s)|(una|${numeratorWords()})\\s(tercera|terceras|cuarta|cuartas|quinta|quintas)\\spartes?)(?![\\p{L}\\p{N}])`, 'giu');
/** Numerators of fractions in words. */
const FRACTION_NUMERATORS = new Map([['a', 1], ['one', 1], ['un', 1], ['una', 1]]);
/** Denominators of fractions in words. */
const FRACTION_DENOMINATORS = new Map([
  ['half', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['mitad', 2],
  ['tercio', 3], ['tercios', 3], ['cuarto', 4], ['cuartos', 4], ['tercera', 3], ['terceras', 3], ['cuarta', 4],
  ['cuartas', 4], ['quinta', 5], ['quintas', 5],
]);
const LIST_CONNECTORS = new Set(['y', 'e', 'o', 'u', 'and', 'or', ',', 'al', 'to', '-', '–']);

interface Num {
  value: number;
  reading: Pick<NumberReading, 'uncertain' | 'reason' | 'alternatives'>;
  spelled: boolean;
}

interface Match {
  value: Value;
  next: number;
}

/** Everything one scan needs. */
class ValueScanner {
  private readonly folded: (string | undefined)[];
  private readonly skip: Uint8Array;
  private lastDate: { endTok: number; parts: DateParts } | undefined;

  constructor(
    private readonly text: string,
    private readonly toks: TokenList,
    private readonly ctx: LangContext,
  ) {
    this.folded = new Array(toks.length);
    this.skip = new Uint8Array(toks.length);
    const urls = findUrlRanges(text);
    if (urls.length > 0) {
      let u = 0;
      for (let k = 0; k < toks.length; k++) {
        while (u < urls.length && urls[u][1] <= toks.start(k)) u++;
        if (u < urls.length && toks.start(k) >= urls[u][0]) this.skip[k] = 1;
      }
    }
  }

  /** Lowercase, accent-free word at k ('' for anything else). */
  w(k: number): string {
    const t = this.toks.at(k)!;
    if (!t || t.kind !== 'word') return '';
    let f = this.folded[k];
    if (f === undefined) {
      f = t.text.length > 40 ? '' : foldAccents(t.text);
      this.folded[k] = f;
    }
    return f;
  }

  /** Token k starts a sentence or a line (after . ! ? : ¿ ¡ or quotes, or a line break). */
  opensSentence(k: number): boolean {
    if (k === 0) return true;
    for (let x = this.toks.end(k - 1); x < this.toks.start(k); x++) {
      const c = this.text.charCodeAt(x);
      if (c === 10 || c === 13) return true;
    }
    return '.!?:¿¡“"«—–(['.includes(this.toks.text(k - 1));
  }

  p(k: number): string {
    const t = this.toks.at(k)!;
    return t && t.kind === 'punct' ? t.text : '';
  }

  num(k: number): Token | undefined {
    const t = this.toks.at(k)!;
    return t && t.kind === 'number' ? t : undefined;
  }

  /** Token b directly follows token a (no gap). */
  glued(a: number, b: number): boolean {
    return this.toks.glued(a, b);
  }

  /** Token b follows token a on the same line with at most two spaces between. */
  near(a: number, b: number): boolean {
    return this.toks.near(a, b);
  }

  run(): Value[] {
    const out: Value[] = [];
    let i = 0;
    const n = this.toks.length;
    while (i < n) {
      if (this.skip[i]) {
        i++;
        continue;
      }
      let m: Match | undefined;
      try {
        m = this.matchAt(i);
      } catch {
        m = undefined; // never let an odd corner of the text escape as an exception
      }
      if (m && m.next > i) {
        out.push(m.value);
        if (m.value.type === 'date' && m.value.value.month !== undefined) {
          this.lastDate = { endTok: m.next - 1, parts: { month: m.value.value.month, ...(m.value.value.year !== undefined ? { year: m.value.value.year } : {}) } };
        }
        i = m.next;
      } else i++;
    }
    this.shareRangeScale(out);
    this.readSpans(out);
    this.readMeasures(out);
    this.readDecades(out);
    return this.readFractions(out);
  }

  /**
   * Fractions in words: `half of`, `a third of`, `two thirds of`, `three quarters of`; `la mitad`, `un tercio`,
   * `dos tercios de`, `un cuarto de`, `una cuarta parte`, `tres cuartas partes`. They replace the values read
   * inside them (`two`, `cuarta`).
   */
  private readFractions(out: Value[]): Value[] {
    const found: NumberValue[] = [];
    for (const re of [FRACTION_EN, FRACTION_ES]) {
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m !== null && found.length < 50; m = re.exec(this.text)) {
        const words = m.slice(1).filter((g) => g !== undefined).map((g) => foldAccents(g.toLowerCase()));
        const num = words.length === 2 ? (FRACTION_NUMERATORS.get(words[0]) ?? NUMBER_WORDS.get(words[0]) ?? 0) : 1;
        const den = FRACTION_DENOMINATORS.get(words[words.length - 1]) ?? 0;
        // Only `half` stands without a numerator (`half of`); `third of` alone is an ordinal.
        if (num === 0 || den === 0 || (words.length === 1 && den !== 2)) continue;
        const start = m.index;
        const end = start + m[0].length;
        found.push({ type: 'number', text: m[0], start, end, value: num / den, fraction: true, spelled: true, uncertain: false });
      }
    }
    if (found.length === 0) return out;
    const kept = out.filter((v) => !found.some((f) => v.start < f.end && f.start < v.end));
    return [...kept, ...found].sort((a, b) => a.start - b.start);
  }

  /**
   * Decades: `the 1990s`, `the '90s`, `la década de 1990`, `los años noventa`, `los años 90`, `la década de los
   * ochenta`. A decade is a year-kind value marked `decade`, so `the 1990s` and `los años noventa` are the same.
   */
  private readDecades(out: Value[]): void {
    const text = this.text;
    for (let k = 0; k < out.length; k++) {
      const v = out[k];
      if (v.type !== 'year' && v.type !== 'number') continue;
      const n = v.value;
      if (!Number.isInteger(n) || n % 10 !== 0 || (v.type === 'number' && v.scale !== undefined)) continue;
      const before = text.slice(Math.max(0, v.start - 20), v.start);
      const after = text.slice(v.end, v.end + 2);
      const gluedS = /^s(?![\p{L}\p{N}])/u.test(after);
      const spanish = DECADE_BEFORE_ES.test(before);
      if (v.type === 'year' && n >= 1000 && (gluedS || spanish)) {
        out[k] = { ...v, ...(gluedS ? { text: v.text + 's', end: v.end + 1 } : {}), decade: 'full' };
      } else if (v.type === 'number' && n >= 10 && n <= 90 && (spanish || (gluedS && /['’]$/u.test(before)) || (gluedS && !v.spelled))) {
        const year: YearValue = { type: 'year', text: v.text, start: v.start, end: v.end, value: 1900 + n, decade: 'short', uncertain: false };
        if (gluedS) {
          year.text += 's';
          year.end += 1;
        }
        if (v.spelled) year.spelled = true;
        out[k] = year;
      }
    }
  }

  /**
   * A number followed by a unit of time (`two weeks`, `quince días`, `48 hours`, `a 12-year-old`) is a span of
   * time: its `days` let `two weeks` and `quince días` compare as the same span.
   */
  private readSpans(out: Value[]): void {
    for (let k = 0; k < out.length; k++) {
      const v = out[k];
      if (v.type !== 'number' || v.scale !== undefined || v.value <= 0) continue;
      const m = TIME_UNIT.exec(this.text.slice(v.end, v.end + 16));
      if (!m) continue;
      const unit = foldAccents(m[1].toLowerCase());
      const per = SPAN_DAYS.get(unit);
      if (per === undefined) continue;
      const days = [round(v.value * per)];
      // Spanish counts a fortnight as `quince días` and a week as `ocho días`.
      if (unit === 'dias' && (v.value === 15 || v.value === 8)) days.push(v.value - 1);
      out[k] = { ...v, days };
    }
  }

  /** A number followed by a unit of measure (`5 miles`, `95F`, `30 metros`): its metric reading (see {@link readMeasure}). */
  private readMeasures(out: Value[]): void {
    for (let k = 0; k < out.length; k++) {
      const v = out[k];
      if (v.type !== 'number' || v.days || v.fraction) continue;
      const measure = readMeasure(v.value, this.text.slice(v.end, v.end + 40), this.ctx.forced ?? this.ctx.global);
      if (measure) out[k] = { ...v, measure };
    }
  }

  /**
   * A range writes its scale and currency once, on its second figure (`de 2.400 a 900 millones de euros`, `entre 2
   * y 3 millones`, `between 2 and 3 million`): the first figure, a bare number right before a connector and the
   * second, takes them too.
   */
  private shareRangeScale(out: Value[]): void {
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k];
      const b = out[k + 1];
      if (a.type !== 'number' || a.scale !== undefined || (b.type !== 'number' && b.type !== 'money')) continue;
      if (b.scale === undefined) continue;
      if (!RANGE_GAP.test(this.text.slice(a.end, b.start))) continue;
      if (/^\d{4}$/.test(a.text) && a.value >= 1000 && a.value <= 2100) continue;
      const value = round(a.value * b.scale);
      const alternatives = a.alternatives?.map((x) => round(x * b.scale!));
      const shared = { ...a, value, scale: b.scale, ...(alternatives ? { alternatives } : {}) };
      out[k] = b.type === 'money' ? { ...shared, type: 'money', currency: b.currency, symbol: b.symbol } : shared;
    }
  }

  private span(a: number, bExclusive: number): { text: string; start: number; end: number } {
    const start = this.toks.start(a);
    const end = this.toks.end(bExclusive - 1);
    return { text: this.text.slice(start, end), start, end };
  }

  private matchAt(i: number): Match | undefined {
    const t = this.toks.at(i)!;
    if (t.kind === 'number') {
      // Digits glued to a preceding word are part of an identifier (G20, F-16, COVID-19), unless a currency code.
      if (i > 0 && this.glued(i - 1, i)) {
        const prev = this.toks.at(i - 1)!;
        if (prev.kind === 'word' && !CURRENCY_CODES.has(prev.text)) return undefined;
        // ... but `mid-2024`, `pre-2020`, `post-2008` are years
        if (prev.text === '-' && i > 1 && this.glued(i - 2, i - 1) && this.toks.kind(i - 2) === 'word' && !YEAR_PREFIXES.has(this.w(i - 2))) return undefined;
      }
      return this.numberAt(i);
    }
    if (t.kind === 'punct') return this.moneyPrefixAt(i);
    // word
    if (CURRENCY_CODES.has(t.text) || (t.text === 'S' && this.p(i + 1) === '/')) {
      const m = this.moneyPrefixAt(i);
      if (m) return m;
    }
    const w = this.w(i);
    if (w === '') return undefined;
    // `siglo XXI`, `Siglo XX`: a Roman numeral after `siglo` is an ordinal (the 21st century)
    if (w === 'siglo' && this.near(i, i + 1) && this.toks.kind(i + 1) === 'word') {
      const r = romanValue(this.toks.text(i + 1));
      if (r > 0) {
        const rt = this.toks.at(i + 1)!;
        return { value: { type: 'ordinal', text: rt.text, start: rt.start, end: rt.end, value: r, uncertain: false }, next: i + 2 };
      }
    }
    const wd = WEEKDAYS.get(w);
    if (wd !== undefined) return this.weekdayAt(i, wd);
    // `mid-March`, `early-May 2024`: a part of a month, read as the month (`a mediados de marzo` reads the same)
    const part = /^(?:mid|early|late)-(\p{L}+)$/u.exec(w);
    if (part && MONTHS.has(part[1])) {
      const parts: DateParts = { month: MONTHS.get(part[1])! };
      const year = this.near(i, i + 1) ? this.yearAt(i + 1) : undefined;
      if (year !== undefined) parts.year = year;
      return { value: { type: 'date', ...this.span(i, year !== undefined ? i + 2 : i + 1), value: parts, uncertain: false }, next: year !== undefined ? i + 2 : i + 1 };
    }
    if (MONTHS.has(w) || MONTH_ABBREVIATIONS.has(w)) {
      const m = this.monthFirstAt(i);
      if (m) return m;
    }
    const ord = ORDINAL_WORDS.get(w);
    // A capitalized ordinal inside a sentence is part of a name (`Segunda B`, `Primera División`, `Third Way`).
    if (ord !== undefined && !(/^\p{Lu}/u.test(t.text) && i > 0 && !this.opensSentence(i))) {
      const ambiguous = AMBIGUOUS_ORDINALS.has(w);
      return {
        value: {
          type: 'ordinal', ...this.span(i, i + 1), value: ord, spelled: true, uncertain: ambiguous,
          ...(ambiguous ? { reason: 'ambiguous-word' as const } : {}),
        },
        next: i + 1,
      };
    }
    return this.spelledAt(i);
  }

  // ---------- numbers ----------

  private numberAt(i: number): Match | undefined {
    const t = this.toks.at(i)!;
    const lang = langAt(this.ctx, i);
    const reading = parseNumber(t.text, lang);
    if (reading.value === null || !Number.isFinite(reading.value)) {
      return {
        value: { type: 'unparsed', ...this.span(i, i + 1), value: null, uncertain: true, reason: reading.reason ?? 'malformed-number' },
        next: i + 1,
      };
    }
    const v = reading.value;
    // `2019-20`: the second year of a range, abbreviated
    if (t.text.length === 2 && i >= 2 && (this.p(i - 1) === '-' || this.p(i - 1) === '–' || this.p(i - 1) === '/') &&
      this.glued(i - 1, i) && this.glued(i - 2, i - 1) && /^(1[89]|20)\d\d$/.test(this.toks.text(i - 2))) {
      const first = Number(this.toks.text(i - 2));
      const year = Math.floor(first / 100) * 100 + v;
      if (year > first && year - first < 10) {
        return { value: { type: 'year', text: t.text, start: t.start, end: t.end, value: year, uncertain: false }, next: i + 1 };
      }
    }
    // Time: 10:30, 10:30 p.m., 10 a. m., 10.30 h
    const time = this.timeAt(i, reading);
    if (time) return time;
    // ISO date 2026-01-09, or slash dates 9/1/2026
    const sd = this.numericDateAt(i, reading);
    if (sd) return sd;
    // Ordinal 1st, 1.º, 2ª, 3er
    const ordEnd = this.ordinalSuffixEnd(i);
    if (ordEnd > 0 && reading.integer) {
      const date = this.dayMonthAt(i, ordEnd, v);
      if (date) return date;
      return { value: { type: 'ordinal', ...this.span(i, ordEnd), value: v, uncertain: false }, next: ordEnd };
    }
    if (reading.integer && v >= 1 && v <= 31 && t.text.length <= 2) {
      const date = this.dayMonthAt(i, i + 1, v) ?? this.dayListAt(i, v);
      if (date) return date;
    }
    const q = this.quantityAfter(i, i + 1, { value: v, reading, spelled: false }, undefined);
    if (q) return q;
    if (reading.integer && t.text.length === 4 && v >= 1000 && v <= 2100) {
      return { value: this.decorate({ type: 'year', text: t.text, start: t.start, end: t.end, value: v, uncertain: false }, undefined, 1, false, i), next: i + 1 };
    }
    return {
      value: this.decorate({ type: 'number', text: t.text, start: t.start, end: t.end, value: v, uncertain: false }, reading, 1, false, i),
      next: i + 1,
    };
  }

  /** The qualifier words right before token i (`more than`, `más de`, `about`…), if any. */
  private qualifier(i: number): ValueQualifier | undefined {
    if (i === 0 || this.toks.kind(i - 1) !== 'word') return undefined;
    for (let len = 3; len >= 1; len--) {
      const a = i - len;
      if (a < 0) continue;
      let phrase = '';
      let ok = true;
      for (let k = a; k < i; k++) {
        const w = this.w(k);
        if (w === '' || (k > a && !this.near(k - 1, k))) {
          ok = false;
          break;
        }
        phrase = phrase ? `${phrase} ${w}` : w;
      }
      if (!ok || !this.near(i - 1, i)) continue;
      const q = QUALIFIERS.get(phrase);
      if (q) return q;
    }
    return undefined;
  }

  /** Adds uncertainty (scaled alternatives), `spelled` and the qualifier before token `qualTok` to `v`. */
  private decorate<V extends Value>(v: V, r: Num['reading'] | undefined, factor: number, spelled: boolean, qualTok: number): V {
    if (r && r.uncertain) {
      v.uncertain = true;
      if (r.reason) v.reason = r.reason;
      if (r.alternatives && r.alternatives.length > 0) v.alternatives = r.alternatives.map((a) => (factor === 1 ? a : round(a * factor)));
    }
    if (spelled) v.spelled = true;
    const q = this.qualifier(qualTok);
    if (q) v.qualifier = q;
    return v;
  }

  /** End (exclusive) of an ordinal suffix glued after the number at i, or 0. */
  private ordinalSuffixEnd(i: number): number {
    const nx = this.toks.at(i + 1)!;
    if (!nx || !this.glued(i, i + 1)) return 0;
    if (nx.kind === 'word') {
      const s = nx.text.toLowerCase();
      if (EN_ORDINAL_SUFFIXES.has(s) || ES_ORDINAL_SUFFIXES.has(s)) return i + 2;
      return 0;
    }
    if (nx.text === '.' && this.glued(i + 1, i + 2)) {
      const s = this.toks.text(i + 2).toLowerCase();
      if (s === 'º' || s === 'ª' || s === 'o' || s === 'a' || s === '°') return i + 3;
    }
    if (nx.text === '°') return i + 2;
    return 0;
  }

  /** `a.m.`, `a. m.`, `am`, `p.m.`… starting at k: returns [isPm, endExclusive] or undefined. */
  private ampmAt(k: number): [boolean, number] | undefined {
    const w = this.w(k);
    if (w === 'am' || w === 'pm') {
      let e = k + 1;
      if (this.p(e) === '.' && this.glued(k, e)) e++;
      return [w === 'pm', e];
    }
    if (w !== 'a' && w !== 'p') return undefined;
    let e = k + 1;
    if (this.p(e) === '.' && this.glued(k, e)) e++;
    if (this.w(e) !== 'm' || !this.near(e - 1, e)) return undefined;
    e++;
    if (this.p(e) === '.' && this.glued(e - 1, e)) e++;
    return [w === 'p', e];
  }

  /**
   * A Spanish part of the day after an hour (`de la madrugada`, `de la mañana`, `de la tarde`, `de la noche`,
   * `del mediodía`): the 24-hour reading of a 12-hour figure, and the token after the phrase.
   */
  private dayPartAt(k: number): [(h: number) => number, number] | undefined {
    let part: string;
    let e: number;
    if (this.w(k) === 'de' && this.w(k + 1) === 'la' && this.near(k, k + 1) && this.near(k + 1, k + 2)) {
      part = this.w(k + 2);
      e = k + 3;
    } else if (this.w(k) === 'del' && this.near(k, k + 1)) {
      part = this.w(k + 1);
      e = k + 2;
    } else return undefined;
    const read = DAY_PARTS.get(part);
    return read ? [read, e] : undefined;
  }

  private timeAt(i: number, reading: NumberReading): Match | undefined {
    const t = this.toks.at(i)!;
    let hour: number;
    let minute = 0;
    let e: number;
    if (reading.integer && t.text.length <= 2 && this.p(i + 1) === ':' && this.glued(i, i + 1) && this.glued(i + 1, i + 2)) {
      const m = this.num(i + 2);
      if (!m || m.text.length !== 2) return undefined;
      hour = Number(t.text);
      minute = Number(m.text);
      e = i + 3;
    } else if (/^\d{1,2}[.,]\d\d$/.test(t.text) && (TIME_WORDS.has(this.w(i + 1)) || this.ampmAt(i + 1) || this.dayPartAt(i + 1))) {
      hour = Number(t.text.slice(0, -3));
      minute = Number(t.text.slice(-2));
      e = i + 1;
    } else if (reading.integer && t.text.length <= 2) {
      hour = Number(t.text);
      e = i + 1;
      if ((!this.ampmAt(i + 1) && !this.dayPartAt(i + 1)) || !this.near(i, i + 1)) return undefined;
    } else return undefined;
    if (hour > 24 || minute > 59) return undefined;
    const part = this.near(e - 1, e) ? this.dayPartAt(e) : undefined;
    if (part) {
      if (hour > 12 || hour === 0) return undefined;
      hour = part[0](hour);
      return { value: { type: 'time', ...this.span(i, part[1]), value: { hour, minute }, uncertain: false }, next: part[1] };
    }
    const ap = this.near(e - 1, e) ? this.ampmAt(e) : undefined;
    if (ap) {
      if (hour > 12 || hour === 0) return undefined;
      if (ap[0] && hour < 12) hour += 12;
      if (!ap[0] && hour === 12) hour = 0;
      e = ap[1];
    } else if (TIME_WORDS.has(this.w(e)) && this.near(e - 1, e)) e++;
    return { value: { type: 'time', ...this.span(i, e), value: { hour, minute }, uncertain: false }, next: e };
  }

  private numericDateAt(i: number, reading: NumberReading): Match | undefined {
    const t = this.toks.at(i)!;
    if (!reading.integer) return undefined;
    const sep = this.p(i + 1);
    if ((sep !== '/' && sep !== '-') || !this.glued(i, i + 1) || !this.glued(i + 1, i + 2)) return undefined;
    const b = this.num(i + 2);
    if (!b || this.p(i + 3) !== sep || !this.glued(i + 2, i + 3) || !this.glued(i + 3, i + 4)) return undefined;
    const c = this.num(i + 4);
    if (!c || !/^\d+$/.test(b.text) || !/^\d+$/.test(c.text)) return undefined;
    const A = Number(t.text);
    const B = Number(b.text);
    const C = Number(c.text);
    const span = this.span(i, i + 5);
    if (sep === '-' && t.text.length === 4 && b.text.length === 2 && c.text.length === 2) {
      if (B < 1 || B > 12 || C < 1 || C > 31) return undefined;
      return { value: { type: 'date', ...span, value: { year: A, month: B, day: C }, uncertain: false }, next: i + 5 };
    }
    if (sep !== '/' || t.text.length > 2 || b.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4)) return undefined;
    const year = c.text.length === 2 ? (C < 50 ? 2000 + C : 1900 + C) : C;
    const lang = langAt(this.ctx, i);
    const dm = A >= 1 && A <= 31 && B >= 1 && B <= 12; // day/month
    const md = A >= 1 && A <= 12 && B >= 1 && B <= 31; // month/day
    if (!dm && !md) return undefined;
    let parts: DateParts;
    let uncertain = false;
    if (dm && md && A !== B) {
      uncertain = this.ctx.forced === undefined; // day/month order guessed from the surrounding language
      parts = lang === 'en' ? { year, month: A, day: B } : { year, month: B, day: A };
    } else if (dm) parts = { year, month: B, day: A };
    else parts = { year, month: A, day: B };
    const value: DateValue = { type: 'date', ...span, value: parts, uncertain };
    if (uncertain) value.reason = 'ambiguous-date-order';
    return { value, next: i + 5 };
  }

  /** Month word (or abbreviation with its dot) at k: [month, endExclusive, isAbbreviation]. */
  private monthAt(k: number): [number, number, boolean] | undefined {
    const w = this.w(k);
    const full = MONTHS.get(w);
    if (full !== undefined) {
      // English months are capitalized; a lowercase `may`/`march` is a verb.
      if (AMBIGUOUS_EN_MONTHS.has(w) && !/^[A-Z]/.test(this.toks.text(k))) return undefined;
      return [full, k + 1, false];
    }
    const ab = MONTH_ABBREVIATIONS.get(w);
    if (ab !== undefined) {
      if (this.p(k + 1) === '.' && this.glued(k, k + 1)) return [ab, k + 2, true];
      if (/^[A-Z]/.test(this.toks.text(k)) && this.num(k + 1) && this.near(k, k + 1)) return [ab, k + 1, true];
    }
    return undefined;
  }

  /** A year (3–4 digits, no separator) at k. */
  private yearAt(k: number): number | undefined {
    const t = this.num(k);
    if (!t || !/^\d{3,4}$/.test(t.text)) return undefined;
    return Number(t.text);
  }

  /** `9 de enero (de 2026)`, `9 January (2026)`, `9th of January`, starting with a day at i whose tokens end at e. */
  private dayMonthAt(i: number, e: number, day: number): Match | undefined {
    if (day < 1 || day > 31 || !Number.isInteger(day)) return undefined;
    let k = e;
    const w = this.w(k);
    if ((w === 'de' || w === 'of') && this.near(k - 1, k)) k++;
    if (!this.near(k - 1, k)) return undefined;
    const m = this.monthAt(k);
    if (!m) return undefined;
    let end = m[1];
    const parts: DateParts = { month: m[0], day };
    // optional year: `de 2026`, `del 2026`, `, 2026`, ` 2026`
    let y = end;
    const yw = this.w(y);
    if ((yw === 'de' || yw === 'del' || this.p(y) === ',') && this.near(y - 1, y)) y++;
    if (this.near(y - 1, y)) {
      const year = this.yearAt(y);
      if (year !== undefined) {
        parts.year = year;
        end = y + 1;
      }
    }
    return { value: { type: 'date', ...this.span(i, end), value: parts, uncertain: false }, next: end };
  }

  /**
   * A day in a list of days that shares its month: `4` in `4 y 5 de marzo` (the month comes after), or `5` in
   * `March 4 and 5` (the month came before, in the date that ended right before the connector).
   */
  private dayListAt(i: number, day: number, depth = 0): Match | undefined {
    const t = this.toks.at(i)!;
    const single = (parts: DateParts): Match => ({
      value: { type: 'date', text: t.text, start: t.start, end: t.end, value: parts, uncertain: false },
      next: i + 1,
    });
    // backward: the previous date ended at i - 2 and a connector sits at i - 1
    const last = this.lastDate;
    if (last && last.endTok === i - 2 && LIST_CONNECTORS.has(this.w(i - 1) || this.p(i - 1)) && this.near(i - 1, i) && this.near(i - 2, i - 1)) {
      return single({ ...last.parts, day });
    }
    // forward: connector, another day, then its month (a list of at most 6 days)
    const c = i + 1;
    if (depth >= 5) return undefined;
    if (!LIST_CONNECTORS.has(this.w(c) || this.p(c)) || !this.near(i, c) || !this.near(c, c + 1)) return undefined;
    const d2 = this.num(c + 1);
    if (!d2 || !/^\d{1,2}$/.test(d2.text)) return undefined;
    const inner = this.dayMonthAt(c + 1, c + 2, Number(d2.text)) ?? this.dayListAt(c + 1, Number(d2.text), depth + 1);
    if (!inner || inner.value.type !== 'date') return undefined;
    const { month, year } = inner.value.value;
    const parts: DateParts = { month, day };
    if (year !== undefined) parts.year = year;
    return single(parts);
  }

  /** `January 9, 2026`, `Jan. 9`, `enero de 2026`, `enero 9 de 2026`, `January 9th`, or a month alone. */
  private monthFirstAt(i: number): Match | undefined {
    const m = this.monthAt(i);
    if (!m) return undefined;
    const [month, mEnd, abbr] = m;
    const parts: DateParts = { month };
    let end = mEnd;
    const dayTok = this.num(mEnd);
    if (dayTok && this.near(mEnd - 1, mEnd) && /^\d{1,2}$/.test(dayTok.text) && Number(dayTok.text) >= 1 && Number(dayTok.text) <= 31) {
      parts.day = Number(dayTok.text);
      end = mEnd + 1;
      const suf = this.toks.at(end)!;
      if (suf && suf.kind === 'word' && this.glued(end - 1, end) && EN_ORDINAL_SUFFIXES.has(suf.text.toLowerCase())) end++;
      let y = end;
      const yw = this.w(y);
      if ((this.p(y) === ',' || yw === 'de' || yw === 'del') && this.near(y - 1, y)) y++;
      if (this.near(y - 1, y)) {
        const year = this.yearAt(y);
        if (year !== undefined) {
          parts.year = year;
          end = y + 1;
        }
      }
    } else {
      let y = mEnd;
      const yw = this.w(y);
      if ((yw === 'de' || yw === 'del' || yw === 'of' || this.p(y) === ',') && this.near(y - 1, y)) y++;
      const year = this.near(y - 1, y) ? this.yearAt(y) : undefined;
      if (year !== undefined) {
        parts.year = year;
        end = y + 1;
      } else {
        // A month alone: abbreviations never; ambiguous English months only after a preposition.
        if (abbr) return undefined;
        const w = this.w(i);
        if (AMBIGUOUS_EN_MONTHS.has(w) && !MONTH_PREPOSITIONS.has(this.w(i - 1))) return undefined;
      }
    }
    return { value: { type: 'date', ...this.span(i, end), value: parts, uncertain: false }, next: end };
  }

  private weekdayAt(i: number, weekday: number): Match {
    let k = i + 1;
    if (this.p(k) === ',' && this.near(i, k)) k++;
    if (this.near(k - 1, k)) {
      let inner: Match | undefined;
      const t = this.toks.at(k)!;
      if (t && t.kind === 'number' && /^\d{1,2}$/.test(t.text)) {
        const ordEnd = this.ordinalSuffixEnd(k);
        inner = this.dayMonthAt(k, ordEnd > 0 ? ordEnd : k + 1, Number(t.text));
      } else if (t && t.kind === 'word') inner = this.monthFirstAt(k);
      if (inner && inner.value.type === 'date' && inner.value.value.day !== undefined) {
        const end = inner.next;
        return {
          value: { type: 'date', ...this.span(i, end), value: { ...inner.value.value, weekday }, uncertain: false },
          next: end,
        };
      }
    }
    // `el lunes 9`: a weekday with a bare day of the month (Spanish; English says `Monday the 9th`)
    const dt = this.toks.at(i + 1);
    if (dt && dt.kind === 'number' && /^\d{1,2}$/.test(dt.text) && this.near(i, i + 1) && langAt(this.ctx, i) === 'es') {
      const day = Number(dt.text);
      const after = this.toks.at(i + 2);
      const glued = after && this.glued(i + 1, i + 2) && (after.kind === 'number' || after.text === ':' || after.text === '/');
      if (day >= 1 && day <= 31 && !glued && !this.ampmAt(i + 2) && !TIME_WORDS.has(this.w(i + 2))) {
        return { value: { type: 'date', ...this.span(i, i + 2), value: { weekday, day }, uncertain: false }, next: i + 2 };
      }
    }
    return { value: { type: 'date', ...this.span(i, i + 1), value: { weekday }, uncertain: false }, next: i + 1 };
  }

  // ---------- quantities: percent, scale, currency ----------

  /** Scale word(s) at k: [factor, endExclusive]. `mil millones` = 1e9; `mil` alone = 1e3. */
  private scaleAt(k: number, money: boolean): [number, number] | undefined {
    const w = this.w(k);
    if (w === 'mil') {
      const w2 = this.w(k + 1);
      if ((w2 === 'millones' || w2 === 'millon') && this.near(k, k + 1)) return [1e9, k + 2];
      if (money && (this.toks.at(k + 1)!?.text === 'M' || w2 === 'mm') && this.near(k, k + 1)) return [1e9, k + 2];
      return [1e3, k + 1];
    }
    const s = SCALES.get(w);
    if (s !== undefined) return [s, k + 1];
    if (money) {
      const a = MONEY_SCALE_ABBREVIATIONS.get(w);
      if (a !== undefined) {
        let e = k + 1;
        if (this.p(e) === '.' && this.glued(k, e) && w !== 'k') e++;
        return [a, e];
      }
    }
    return undefined;
  }

  /** Currency word(s) at k: [code, symbol-as-written, endExclusive]. */
  private currencyWordAt(k: number): [string, string, number] | undefined {
    let start = k;
    // `US dollars`, `U.S. dollars`
    if (this.w(k) === 'us' && this.near(k, k + 1)) k++;
    else if (this.w(k) === 'u' && this.p(k + 1) === '.' && this.w(k + 2) === 's' && this.p(k + 3) === '.') k += 4;
    const t = this.toks.at(k)!;
    if (!t) return undefined;
    let code: string | undefined;
    if (t.kind === 'punct') code = CURRENCY_SYMBOLS.get(t.text);
    else if (t.kind === 'word') {
      code = CURRENCY_CODES.has(t.text) ? t.text : CURRENCY_WORDS.get(this.w(k));
      if (code === 'BRL' && this.w(k) === 'real') code = undefined; // "real" is usually an adjective
    }
    if (!code) return undefined;
    if (k !== start && code !== 'USD') return undefined;
    let end = k + 1;
    const country = CURRENCY_COUNTRY.get(this.w(end));
    if (country && this.near(k, end) && (code === 'PESO' || code === 'USD')) {
      code = country;
      end++;
    }
    return [code, this.text.slice(this.toks.start(start), this.toks.end(end - 1)), end];
  }

  /**
   * After a number whose tokens are [i, e): percent sign or words, scale words, currency words.
   * `currency` is set when a currency symbol or code came first.
   */
  private quantityAfter(
    i: number,
    e: number,
    n: Num,
    currency: { code: string; symbol: string; start: number } | undefined,
  ): Match | undefined {
    let k = e;
    const startTok = currency ? currency.start : i;
    // Percent
    if (!currency) {
      let pe = 0;
      if (this.p(k) === '%' && this.near(k - 1, k)) pe = k + 1;
      else if (this.p(k) === '٪' && this.near(k - 1, k)) pe = k + 1;
      else if (this.near(k - 1, k)) {
        const w = this.w(k);
        if (w === 'percent' || w === 'pct' || w === 'porciento') pe = k + 1;
        else if ((w === 'per' && this.w(k + 1) === 'cent') || (w === 'por' && this.w(k + 1) === 'ciento')) {
          if (this.near(k, k + 1)) pe = k + 2;
        }
      }
      let pp = false;
      if (pe === 0 && this.near(k - 1, k)) {
        const w = this.w(k);
        if ((w === 'puntos' || w === 'punto') && this.w(k + 1) === 'porcentuales' && this.near(k, k + 1)) {
          pe = k + 2;
          pp = true;
        } else if (w === 'percentage' && (this.w(k + 1) === 'points' || this.w(k + 1) === 'point') && this.near(k, k + 1)) {
          pe = k + 2;
          pp = true;
        }
      }
      if (pe > 0) {
        if (!pp) {
          const w = this.w(pe);
          if (w === 'points' || w === 'point') {
            if (this.near(pe - 1, pe)) {
              pe++;
              pp = true;
            }
          }
        }
        const sp = this.span(startTok, pe);
        const v: PercentValue = { type: 'percent', text: sp.text, start: sp.start, end: sp.end, value: n.value, uncertain: false };
        if (pp) v.unit = 'pp';
        return { value: this.decorate(v, n.reading, 1, n.spelled, startTok), next: pe };
      }
    }
    // `$300+ billion`: a plus sign glued to the number is a lower bound
    let plus = false;
    if (this.p(k) === '+' && this.glued(k - 1, k)) {
      plus = true;
      k++;
    }
    // Scale
    let scale: number | undefined;
    const money = currency !== undefined;
    const sc = (money ? this.glued(k - 1, k) || this.near(k - 1, k) : this.near(k - 1, k)) ? this.scaleAt(k, money) : undefined;
    if (sc) {
      scale = sc[0];
      k = sc[1];
      // `un millón y medio`, `1,5 millones`
      if ((this.w(k) === 'y' || this.w(k) === 'and') && (this.w(k + 1) === 'medio' || this.w(k + 1) === 'half') && this.near(k - 1, k)) {
        n = { ...n, value: n.value + 0.5 };
        k += 2;
      }
    }
    // Currency after
    let cur = currency;
    if (!cur) {
      let c = k;
      if ((this.w(c) === 'de' || this.w(c) === 'of') && this.near(c - 1, c) && scale !== undefined) c++;
      if (this.near(c - 1, c)) {
        const cw = this.currencyWordAt(c);
        if (cw) {
          cur = { code: cw[0], symbol: cw[1], start: i };
          k = cw[2];
        }
      }
    } else {
      // redundant currency word after a symbol: `US$ 5 millones de dólares`
      let c = k;
      if (this.w(c) === 'de' && this.near(c - 1, c)) c++;
      const cw = this.near(c - 1, c) ? this.currencyWordAt(c) : undefined;
      if (cw && (cw[0] === cur.code || (cur.symbol === '$' && cw[0] !== 'EUR' && cw[0] !== 'GBP'))) {
        cur = { ...cur, code: cw[0] === 'PESO' && cur.code !== 'USD' ? cur.code : cw[0] };
        k = cw[2];
      }
    }
    if (!cur && scale === undefined) return undefined;
    const factor = scale ?? 1;
    const value = scale === undefined ? n.value : round(n.value * factor);
    const sp = this.span(startTok, k);
    const over = plus ? ('over' as const) : undefined;
    if (cur) {
      const v: MoneyValue = { type: 'money', text: sp.text, start: sp.start, end: sp.end, value, currency: cur.code, symbol: cur.symbol, uncertain: false };
      if (scale !== undefined) v.scale = scale;
      if (over) v.qualifier = over;
      return { value: this.decorate(v, n.reading, factor, n.spelled, startTok), next: k };
    }
    const v: NumberValue = { type: 'number', text: sp.text, start: sp.start, end: sp.end, value, uncertain: false };
    if (scale !== undefined) v.scale = scale;
    if (over) v.qualifier = over;
    return { value: this.decorate(v, n.reading, factor, n.spelled, startTok), next: k };
  }

  /** `$54 million`, `US$ 3.000`, `€3,5 mil millones`, `USD 12`, `S/ 100`. */
  private moneyPrefixAt(i: number): Match | undefined {
    const t = this.toks.at(i)!;
    let code: string | undefined;
    let start = i;
    let k = i + 1;
    if (t.kind === 'punct') {
      code = CURRENCY_SYMBOLS.get(t.text);
      if (!code) return undefined;
      if (t.text === '$' && i > 0 && this.glued(i - 1, i) && this.toks.kind(i - 1) === 'word') {
        const pre = DOLLAR_PREFIXES.get(this.w(i - 1));
        if (pre) {
          code = pre;
          start = i - 1;
        }
      }
    } else if (t.kind === 'word') {
      if (t.text === 'S' && this.p(i + 1) === '/' && this.glued(i, i + 1)) {
        code = 'PEN';
        k = i + 2;
        if (this.p(k) === '.' && this.glued(k - 1, k)) k++;
      } else if (CURRENCY_CODES.has(t.text)) {
        code = t.text;
        if (this.p(k) === '$' && this.glued(i, k)) k++;
      } else return undefined;
    } else return undefined;
    const nt = this.num(k);
    if (!nt || !this.near(k - 1, k)) return undefined;
    const reading = parseNumber(nt.text, langAt(this.ctx, k));
    const symbol = this.text.slice(this.toks.start(start), this.toks.end(k - 1));
    if (reading.value === null || !Number.isFinite(reading.value)) {
      return {
        value: { type: 'unparsed', ...this.span(start, k + 1), value: null, uncertain: true, reason: reading.reason ?? 'malformed-number' },
        next: k + 1,
      };
    }
    const m = this.quantityAfter(k, k + 1, { value: reading.value, reading, spelled: false }, { code, symbol, start });
    return m;
  }

  // ---------- spelled-out numbers ----------

  private spelledAt(i: number): Match | undefined {
    const lang = langAt(this.ctx, i);
    let total = 0;
    let current = 0;
    let k = i;
    let any = false;
    let lastKind: 'tens' | 'unit' | 'hundred' | 'mult' | '' = '';
    let end = i;
    for (;;) {
      if (k > i && !this.near(k - 1, k)) break;
      const w = this.w(k);
      if (w === '') break;
      if (ONE_WORDS.has(w)) {
        const nx = this.w(k + 1);
        const decimalNext = (nx === 'point' && lang !== 'es') || (nx === 'coma' && lang === 'es');
        if (!(SPELLED_MULTIPLIERS.has(nx) || SCALES.has(nx) || decimalNext) || !this.near(k, k + 1) || nx === 'mil' && w !== 'un') break;
        if (any && lastKind !== 'hundred' && lastKind !== 'tens' && lastKind !== 'mult') break;
        current += 1;
        lastKind = 'unit';
        any = true;
        k++;
        end = k;
        continue;
      }
      if (w === 'once' && lang !== 'es') break; // English "once"
      if ((w === 'medio' || w === 'media') && !any && SCALES.has(this.w(k + 1)) && this.near(k, k + 1)) {
        current = 0.5;
        any = true;
        k++;
        end = k;
        break;
      }
      if (w === 'half' && !any && this.w(k + 1) === 'a' && SCALES.has(this.w(k + 2)) && this.near(k, k + 1) && this.near(k + 1, k + 2)) {
        current = 0.5;
        any = true;
        k += 2;
        end = k;
        break;
      }
      const coll = COLLECTIVE_NUMBERS.get(w);
      if (coll !== undefined) {
        // `two dozen`, `dos docenas`: a multiplier after a spelled unit
        if (any && lastKind === 'unit' && current < 10) {
          current *= coll;
          k++;
          end = k;
          break;
        }
        // `a dozen`, `una veintena`, `un centenar`: a number after an article (plurals are indefinite)
        const art = this.w(i - 1);
        if (any || w.endsWith('s') || !(art === 'a' || art === 'una' || art === 'un') || !this.near(i - 1, i)) break;
        current = coll;
        any = true;
        k++;
        end = k;
        break;
      }
      let v = NUMBER_WORDS.get(w);
      if (v === undefined && w.includes('-')) {
        // twenty-five
        const [a, b] = w.split('-', 2);
        const va = NUMBER_WORDS.get(a);
        const vb = NUMBER_WORDS.get(b) ?? (b === 'one' ? 1 : undefined);
        if (va !== undefined && vb !== undefined && va >= 20 && va % 10 === 0 && vb < 10) v = va + vb;
      }
      if (v !== undefined) {
        if (any && (lastKind === 'unit' || (lastKind === 'tens' && v >= 10))) break;
        current += v;
        lastKind = v >= 100 ? 'hundred' : v >= 20 && v % 10 === 0 ? 'tens' : 'unit';
        any = true;
        k++;
        end = k;
        continue;
      }
      const mult = SPELLED_MULTIPLIERS.get(w);
      if (mult !== undefined) {
        if (mult === 1000) {
          total += (current || 1) * 1000;
          current = 0;
          lastKind = 'mult';
        } else {
          current = (current || 1) * 100;
          lastKind = 'hundred';
        }
        any = true;
        k++;
        end = k;
        continue;
      }
      // decimals: `one point two (billion)`, `dos coma cinco (millones)`: digit words after the point.
      if (((w === 'point' && lang !== 'es') || (w === 'coma' && lang === 'es')) && any && (lastKind === 'unit' || lastKind === 'tens') && this.near(k - 1, k)) {
        let j = k + 1;
        let scale = 0.1;
        let frac = 0;
        const digit = (x: string): number | undefined => NUMBER_WORDS.get(x) ?? (x === 'one' || x === 'uno' ? 1 : undefined);
        for (let d = digit(this.w(j)); d !== undefined && d < 10 && this.near(j - 1, j) && j < k + 7; d = digit(this.w(j))) {
          frac += d * scale;
          scale /= 10;
          j++;
        }
        if (j > k + 1) {
          current = Math.round((current + frac) * 1e6) / 1e6;
          k = j;
          end = k;
        }
        break;
      }
      // connectors: `treinta y cinco`, `one hundred and five`
      if ((w === 'y' || w === 'and') && any && (lastKind === 'tens' || lastKind === 'hundred' || lastKind === 'mult')) {
        const nx = this.w(k + 1);
        const nv = NUMBER_WORDS.get(nx);
        if (nv !== undefined && nv < 100 && this.near(k, k + 1) && (w === 'and' || (lastKind === 'tens' && nv < 10))) {
          k++;
          continue;
        }
      }
      break;
    }
    if (!any) return undefined;
    const value = total + current;
    const n: Num = { value, reading: { uncertain: false }, spelled: true };
    const q = this.quantityAfter(i, end, n, undefined);
    if (q) return q;
    if (value === 0.5) return undefined;
    const sp = this.span(i, end);
    return { value: this.decorate({ type: 'number', text: sp.text, start: sp.start, end: sp.end, value, uncertain: false }, undefined, 1, true, i), next: end };
  }
}

/** Value of a Roman numeral of up to 8 capitals (`XXI` → 21), or 0 when it is not one. */
function romanValue(s: string): number {
  if (s.length > 8 || !/^[IVXLC]+$/.test(s)) return 0;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const a = v[s[k]];
    const b = k + 1 < s.length ? v[s[k + 1]] : 0;
    total += a < b ? -a : a;
  }
  return total;
}

function round(x: number): number {
  // Remove binary noise from scaled decimals (1.2 * 1e9 → 1200000000).
  if (!Number.isFinite(x)) return x;
  const r = Number(x.toPrecision(15));
  return r;
}

/**
 * Finds the values of `text`: numbers, percentages, money, ordinals, years, dates and times, in English
 * or Spanish, each with its exact offsets and a normalized value. Locale-aware: `12.000` is twelve thousand
 * in Spanish, `1,500.5` and `1.500,5` are both 1500.5, `mil millones` and `billion` are 10^9 but `billón` is
 * 10^12. Ambiguous or malformed forms are marked `uncertain` (with `reason` and, where it helps,
 * `alternatives`), never read confidently wrong. Never throws on odd text; linear time.
 *
 * @param text - the text to scan.
 * @param options - `lang`: `en`, `es` or `auto` (default, guessed around each value).
 * @returns the values in order of appearance, non-overlapping.
 * @throws CotejoError `INVALID_INPUT` if `text` is not a string; `INVALID_OPTION` for an unknown option or language.
 *
 * @example
 * ```ts
 * extractValues('45 millones de dólares', { lang: 'es' });
 * // [{ type: 'money', text: '45 millones de dólares', start: 0, end: 22, value: 45000000, currency: 'USD', … }]
 * ```
 */
export function extractValues(text: string, options?: ExtractValuesOptions): Value[] {
  const lang = checkLexOptions(text, options, 'extractValues');
  if (text.length === 0) return [];
  const toks = scanTokens(text);
  const ctx = buildLangContext(toks, lang);
  return new ValueScanner(text, toks, ctx).run();
}
