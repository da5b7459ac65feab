/**
 * Evaluation of the quote checker (`npm run eval:quotes`, `--gate` in CI).
 *
 * 1. NTREX-128 (evaluation only, CC BY-SA 4.0): every English quotation of an article checked against the
 *    article's human Spanish translation. Faithful quotes: a source span must be found (and found in the
 *    Spanish lines that translate the quote's English lines), with no error or warning.
 * 2. Perturbations of NTREX quotes with fixed seeds (number, date, name, negation, dropped clause, added
 *    phrase, swapped speaker, invented quote): recall and precision per planted type.
 * 3. The corpus gold (`corpus/<case>/gold.json`): a per-case table; every case must be right.
 * 4. The development set (TICO-19, CC0, and the lexicon's held-out split of Tatoeba `train.tsv` as quotes), with the same protocol
 *    as 1–2 but not gated: the checker is tuned on it and on the corpus, and `--verbose` lists its individual
 *    misses. NTREX is evaluation only, so only its totals are printed.
 * 5. The news development set (`corpus/dev-news`, our own line-aligned articles with faithfully translated
 *    quotations, `--set news`): the same protocol, not gated; the development data that looks like NTREX.
 *
 * Peers: none runs in the same table, as no offline English–Spanish quote checker exists to compare with; the
 * corpus gold and the planted perturbations are the reference.
 *
 * Usage: npx tsx scripts/eval-quotes.ts [--gate] [--set ntrex|dev|news|all] [--limit N] [--verbose] [--no-positional]
 * (`--no-positional`: the same evaluation without the positional source search, `positional: false`; the gate runs the defaults.)
 * (`--gate` runs the corpus and NTREX only, unless `--set` says otherwise.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuoteMismatches, type FindQuoteMismatchesOptions } from '../src/quotes/findQuoteMismatches.js';
import type { QuoteCheck, QuoteFindingType, QuoteReport } from '../src/quotes/check/QuoteFinding.js';
import { rng } from './lib/rng.js';
import { isDevPair, readTatoebaTrain } from './build-lexicon.js';

/** Options of every check in this run (`--no-positional` turns the positional source search off). */
const CHECK_OPTIONS: FindQuoteMismatchesOptions = { positional: !process.argv.includes('--no-positional') };

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DATA = resolve(ROOT, '../shared/data');
const NTREX = join(DATA, 'ntrex128-en-es/ntrex128.en-es.docs.jsonl');
const TICO = join(DATA, 'tico19-en-es');
/** Our own news-like development set: line-aligned bilingual articles with faithful quotations (corpus/dev-news). */
const NEWS_DEV = join(ROOT, 'corpus/dev-news');

/** The issue's targets (issue 5, item 6). Figures below them are reported as such in every run. */
export const ISSUE_TARGETS = {
  ntrexSourceFound: 0.95,
  ntrexFalseAlarmCeiling: 0.05,
  perturbRecall: 0.85,
  perturbPrecision: 0.85,
  corpusCases: 1,
} as const;

/**
 * Floors for `--gate`: what the checker reached (rounded down slightly), a ratchet. Where a floor is below the
 * issue's target, the target was not reached yet. Perturbations are seeded per (document, quote offset, type)
 * since 2026-11-28, so a change on one quote no longer reshuffles the draws of every later one.
 */
export const FLOORS = {
  /** NTREX: share of English quotes with a source span found (reached 0.961). */
  ntrexSourceFound: 0.95,
  /** NTREX: share of faithful quotes with an error or warning, a ceiling (reached 0.051, i.e. 29 of 564, on 2026-11-29; 0.053 before). */
  ntrexFalseAlarmCeiling: 0.052,
  /** Perturbations: recall per planted type (reached 2026-11-29: number 0.900, date 0.857, entity 0.882,
   * negation 0.863, omission 0.487, addition 0.859, speaker 0.858, unsourced 0.982; speaker counted over real swaps only since 2026-11-29). */
  perturbRecall: { number: 0.89, date: 0.85, entity: 0.88, negation: 0.86, omission: 0.48, addition: 0.85, speaker: 0.85, unsourced: 0.98 },
  /** Perturbations: precision per planted type (reached: number 0.964, date 0.923, entity 0.872, negation 0.943,
   * omission 0.820, addition 0.981, speaker 0.960, unsourced 0.922). */
  perturbPrecision: { number: 0.96, date: 0.92, entity: 0.85, negation: 0.94, omission: 0.82, addition: 0.98, speaker: 0.96, unsourced: 0.92 },
  /** Corpus gold: share of cases entirely right (reached 14/14). */
  corpusCases: 1,
} as const;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** FNV-1a of a string: one seed per (document, quote, planted type), so one draw never shifts another. */
export function seedOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

// ---------------------------------------------------------------------------------------------
// Perturbations of one English quote inside its article

/** A planted change: the perturbed article, and where the planted quote now is. */
export interface Perturbation {
  type: PlantedType;
  /** The perturbed English article. */
  en: string;
  /** Start offset of the planted quote's text in the perturbed article (same as before the edit). */
  quoteStart: number;
  /** What was changed, for reports. */
  note: string;
  /** For a swapped speaker: the invented name put in place of the speaker's. */
  inserted?: string;
}

/** The perturbation types, each with the finding type (or status) it must produce. */
export type PlantedType = 'number' | 'date' | 'entity' | 'negation' | 'omission' | 'addition' | 'speaker' | 'unsourced';

export const PLANTED_TYPES: readonly PlantedType[] = ['number', 'date', 'entity', 'negation', 'omission', 'addition', 'speaker', 'unsourced'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred'];
const NEGATABLE = /\b(is|are|was|were|will|would|can|could|should|has|have|had|must|does|did|do)\b/;
const NEGATION = /\b(not|never|no|nobody|nothing|none|neither|nor|without)\b|n['’]t\b/i;
/** Surnames for swapped names and speakers: no accents, unlikely to occur in the news articles. */
const INVENTED_NAMES = ['Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Kowalski', 'Haddad', 'Brennan', 'Novak', 'Castellano', 'Oyelaran'];
/** Phrases for the "added phrase" perturbation: content words, no names, numbers or negation. */
const ADDED_PHRASES = [
  'and every family in the region will pay higher taxes',
  'because the whole committee secretly wanted a different outcome',
  'which the old government always tried to hide from voters',
  'and the police have already arrested several local officials',
  'while the hospitals are running out of beds and medicine',
  'so the company will close its largest factory soon',
  'as the army prepares a major operation along the border',
  'although the banks have quietly raised their interest rates',
];
/** Invented quotations (with no counterpart in any article), for the "invented quote" perturbation. */
const INVENTED_QUOTES = [
  'We will build a new railway to every village before the harvest',
  'The museum has returned the stolen paintings to their owners',
  'Our orchestra will perform for the astronauts on the space station',
  'Farmers deserve cheaper fertilizer and faster trains to the coast',
  'The bridge was painted purple to celebrate the football victory',
  'My cat understands the budget better than the finance committee',
  'Every library in the province will open at midnight during the festival',
  'We planted a forest of lemon trees behind the old stadium',
];

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether the number `n` at `i` of `text` is a day of a month: `March 17`, `17 March`, `17th of March`. */
function dayOfMonth(text: string, i: number, n: string): boolean {
  const v = Number(n);
  if (!Number.isInteger(v) || v < 1 || v > 31) return false;
  const before = text.slice(Math.max(0, i - 12), i).match(/([A-Z][a-z]+)\.?\s$/);
  const after = text.slice(i + n.length, i + n.length + 16).match(/^(?:st|nd|rd|th)?(?:\s+of)?\s+([A-Z][a-z]+)/);
  const month = (w: string | undefined) => w !== undefined && MONTHS.some((m) => m === w || m.slice(0, 3) === w);
  return month(before?.[1]) || month(after?.[1]);
}

/**
 * Plants one change of `type` into the quote `q` of the English article `en` (the quote's offsets are into
 * `en`). Returns null when the quote offers no place for that change (no number, no name…). `speakers` are
 * names seen in the article (for swapped names).
 */
export function perturb(type: PlantedType, en: string, q: QuoteCheck, r: () => number, sourceText?: string): Perturbation | null {
  const before = en.slice(0, q.start);
  const after = en.slice(q.end);
  const text = q.text;
  const withQuote = (t: string, note: string): Perturbation => ({ type, en: before + t + after, quoteStart: q.start, note });
  switch (type) {
    case 'number': {
      // Years and days of a month (`March 17`, `17 March`) are dates: the date perturbation changes them.
      const digits = [...text.matchAll(/\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b|\b\d+\b/g)].filter((m) => {
        const v = Number(m[0].replace(/,/g, ''));
        return !(v >= 1900 && v <= 2100 && !m[0].includes(',')) && !/[$£€]$/.test(text.slice(0, m.index)) && !dayOfMonth(text, m.index!, m[0]);
      });
      if (digits.length > 0) {
        const m = pick(r, digits);
        const v = Number(m[0].replace(/,/g, ''));
        const nv = Number.isInteger(v) ? v + 1 + Math.floor(r() * 8) + (v > 20 ? Math.round(v * 0.3) : 0) : Math.round((v + 1.3) * 10) / 10;
        const out = m[0].includes(',') ? nv.toLocaleString('en-US') : String(nv);
        return withQuote(text.slice(0, m.index) + out + text.slice(m.index! + m[0].length), `${m[0]} → ${out}`);
      }
      const words = [...text.matchAll(/\b[a-z]+\b/g)].filter((m) => NUMBER_WORDS.includes(m[0]) && m[0] !== 'hundred');
      if (words.length === 0) return null;
      const m = pick(r, words);
      const others = NUMBER_WORDS.filter((w) => w !== m[0] && w !== 'hundred');
      const out = pick(r, others);
      return withQuote(text.slice(0, m.index) + out + text.slice(m.index! + m[0].length), `${m[0]} → ${out}`);
    }
    case 'date': {
      const cands: { i: number; s: string; out: string }[] = [];
      for (const m of text.matchAll(/\b[A-Z][a-z]+\b/g)) {
        const mi = MONTHS.indexOf(m[0]);
        if (mi >= 0 && m[0] !== 'May') cands.push({ i: m.index!, s: m[0], out: MONTHS[(mi + 1 + Math.floor(r() * 10)) % 12] });
        const wi = WEEKDAYS.indexOf(m[0]);
        if (wi >= 0) cands.push({ i: m.index!, s: m[0], out: WEEKDAYS[(wi + 1 + Math.floor(r() * 5)) % 7] });
      }
      for (const m of text.matchAll(/\b\d{1,2}\b/g)) {
        const v = Number(m[0]);
        if (dayOfMonth(text, m.index!, m[0])) cands.push({ i: m.index!, s: m[0], out: String(v <= 27 ? v + 1 + Math.floor(r() * 2) : v - 1 - Math.floor(r() * 9)) });
      }
      for (const m of text.matchAll(/\b(19\d\d|20\d\d)\b/g)) {
        cands.push({ i: m.index!, s: m[0], out: String(Number(m[0]) + (r() < 0.5 ? -1 : 1) * (1 + Math.floor(r() * 3))) });
      }
      if (cands.length === 0) return null;
      const c = pick(r, cands);
      return withQuote(text.slice(0, c.i) + c.out + text.slice(c.i + c.s.length), `${c.s} → ${c.out}`);
    }
    case 'entity': {
      // A capitalized word that is not sentence-initial, not a month/weekday, not "I", kept verbatim in Spanish
      // (checked by the caller through `esText`), replaced by an invented surname.
      const cands = [...text.matchAll(/(?<=[\p{L},;:]\s)\p{Lu}\p{Ll}{2,}\b/gu)].filter(
        (m) => !MONTHS.includes(m[0]) && !WEEKDAYS.includes(m[0]) && (sourceText === undefined || new RegExp(`\\b${m[0]}\\b`, 'u').test(sourceText)),
      );
      if (cands.length === 0) return null;
      const m = pick(r, cands);
      const out = pick(r, INVENTED_NAMES);
      return withQuote(text.slice(0, m.index) + out + text.slice(m.index! + m[0].length), `${m[0]} → ${out}`);
    }
    case 'negation': {
      const neg = text.match(/\b(is|are|was|were|will|would|can|could|should|has|have|had|must|does|did|do) not\b/);
      if (neg && neg.index !== undefined) {
        return withQuote(text.slice(0, neg.index) + neg[1] + text.slice(neg.index + neg[0].length), `${neg[0]} → ${neg[1]}`);
      }
      const nt = text.match(/\b(is|are|was|were|would|could|should|has|have|had|does|did|do)n['’]t\b/);
      if (nt && nt.index !== undefined) {
        return withQuote(text.slice(0, nt.index) + nt[1] + text.slice(nt.index + nt[0].length), `${nt[0]} → ${nt[1]}`);
      }
      if (NEGATION.test(text)) return null; // other negations: leave them, do not plant a second one
      const aux = text.match(NEGATABLE);
      if (!aux || aux.index === undefined) return null;
      const out = aux[1] === 'can' ? 'cannot' : `${aux[1]} not`;
      return withQuote(text.slice(0, aux.index) + out + text.slice(aux.index + aux[0].length), `${aux[0]} → ${out}`);
    }
    case 'omission': {
      // Drop a clause of ≥ 4 words (between commas/semicolons, or after and/but) with no digits, names or negation.
      const bounds = [0];
      for (const m of text.matchAll(/[,;:] |\s(?=(?:and|but|because|while|when|which|who)\s)/g)) bounds.push(m.index! + m[0].length);
      bounds.push(text.length);
      const cands: [number, number][] = [];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const s = bounds[i];
        const e = bounds[i + 1];
        const chunk = text.slice(s, e);
        if (wordsIn(chunk) < 4 || /\d/.test(chunk) || NEGATION.test(chunk)) continue;
        if (/(?<=\s)\p{Lu}/u.test(chunk)) continue;
        const rest = text.slice(0, s) + text.slice(e);
        if (wordsIn(rest) < 4) continue;
        cands.push([s, e]);
      }
      if (cands.length === 0) return null;
      const [s, e] = pick(r, cands);
      let out = text.slice(0, s) + text.slice(e);
      if (e === text.length) out = out.replace(/[,;:\s]+$/, '') + (/[.!?,]$/.test(text) ? text.slice(-1) : '');
      return withQuote(out, `dropped “${text.slice(s, e).trim()}”`);
    }
    case 'addition': {
      const phrase = pick(r, ADDED_PHRASES);
      const m = text.match(/[.!?,]$/);
      const body = m ? text.slice(0, -1) : text;
      if (wordsIn(body) < 3) return null;
      const out = `${body}, ${phrase}${m ? m[0] : ''}`;
      return withQuote(out, `added “${phrase}”`);
    }
    case 'speaker': {
      if (!q.speaker || !q.source?.speaker) return null;
      const last = q.speaker.split(/\s+/).pop()!;
      if (!/^\p{Lu}/u.test(last) || last.length < 3) return null;
      // The speaker's name in the same paragraph, outside the quote (nearest occurrence).
      const paraStart = Math.max(0, en.lastIndexOf('\n', q.start) + 1);
      const nl = en.indexOf('\n', q.end);
      const paraEnd = nl < 0 ? en.length : nl;
      const re = new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      let best: number | null = null;
      for (const m of en.slice(paraStart, paraEnd).matchAll(re)) {
        const at = paraStart + m.index!;
        if (at >= q.start - 1 && at < q.end + 1) continue;
        // Distance to the quote itself (an attribution after a long quote is next to its end).
        const gap = (x: number) => (x < q.start ? q.start - x : x - q.end);
        if (best === null || gap(at) < gap(best)) best = at;
      }
      if (best === null) return null;
      const out = pick(r, INVENTED_NAMES);
      const en2 = en.slice(0, best) + out + en.slice(best + last.length);
      const shift = best < q.start ? out.length - last.length : 0;
      return { type, en: en2, quoteStart: q.start + shift, note: `${last} → ${out}`, inserted: out };
    }
    case 'unsourced': {
      // Insert an invented quotation as a new sentence right after the quote's sentence.
      const dot = en.slice(q.end).search(/[.!?]["”]?\s/);
      const at = dot < 0 ? en.length : q.end + dot + 1 + (/["”]/.test(en[q.end + dot + 1] ?? '') ? 1 : 0);
      const inv = pick(r, INVENTED_QUOTES);
      const speaker = pick(r, INVENTED_NAMES);
      const ins = ` "${inv}," said ${speaker}.`;
      return { type, en: en.slice(0, at) + ins + en.slice(at), quoteStart: at + 2, note: `invented “${inv}”` };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Parallel documents

/** An NTREX article as running text: the title, a blank line, then the sentences joined by spaces. */
export function articleText(lines: string[]): { text: string; lineStarts: number[] } {
  const lineStarts: number[] = [];
  let text = '';
  lines.forEach((l, i) => {
    if (i === 1) text += '\n\n';
    else if (i > 1) text += ' ';
    lineStarts.push(text.length);
    text += l.trim();
  });
  return { text, lineStarts };
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const isAlarm = (q: QuoteCheck): boolean => q.findings.some((f) => f.severity !== 'info');

function hasPlanted(q: QuoteCheck | undefined, type: PlantedType): boolean {
  if (!q) return false;
  if (type === 'unsourced') return q.status === 'unsourced';
  return q.findings.some((f) => f.type === type && f.severity !== 'info');
}

interface Counts {
  planted: number;
  hit: number;
  /** Findings of this type that were right. */
  tp: number;
  /** Findings of this type on faithful quotes, or on quotes planted with another type. */
  fp: number;
}

// ---------------------------------------------------------------------------------------------
// Corpus gold

interface GoldQuote {
  text: string;
  occurrence?: number;
  status: 'match' | 'mismatch' | 'unsourced';
  speaker: string | null;
  source: { text: string; occurrence?: number } | null;
  findings: string[];
}
interface Gold {
  id: string;
  sourceIn: 'en' | 'es';
  quotes: GoldQuote[];
  notQuotes: string[];
  claims: { type: string; en: string; es: string }[];
}

function nthIndexOf(hay: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Checks one corpus case; returns the problems found (empty when the case is right). */
export function checkCorpusCase(en: string, es: string | undefined, gold: Gold, report: QuoteReport): string[] {
  const problems: string[] = [];
  const srcText = es ?? en;
  for (const g of gold.quotes) {
    const gs = nthIndexOf(en, g.text, g.occurrence ?? 0);
    const ge = gs + g.text.length;
    const q = report.quotes.find((x) => x.start < ge && gs < x.end);
    if (!q) {
      problems.push(`quote not found: “${g.text.slice(0, 40)}”`);
      continue;
    }
    if (q.status !== g.status) problems.push(`“${g.text.slice(0, 30)}”: status ${q.status}, gold ${g.status}`);
    if (g.source) {
      const ss = nthIndexOf(srcText, g.source.text, g.source.occurrence ?? 0);
      const se = ss + g.source.text.length;
      if (!q.source || !(q.source.start < se && ss < q.source.end)) {
        problems.push(`“${g.text.slice(0, 30)}”: source ${q.source ? `“${q.source.text.slice(0, 30)}”` : 'none'}, gold “${g.source.text.slice(0, 30)}”`);
      }
    }
    for (const t of g.findings) {
      if (t === 'diacritics') continue;
      if (!q.findings.some((f) => f.type === t && f.severity !== 'info')) problems.push(`“${g.text.slice(0, 30)}”: missing ${t}`);
    }
    if (g.status === 'match' && isAlarm(q)) {
      problems.push(`“${g.text.slice(0, 30)}”: match with ${q.findings.filter((f) => f.severity !== 'info').map((f) => f.type).join(', ')}`);
    }
  }
  for (const nq of gold.notQuotes) {
    const at = en.indexOf(nq);
    if (report.quotes.some((x) => x.start < at + nq.length && at < x.end)) problems.push(`not a quote reported: “${nq.slice(0, 30)}”`);
  }
  for (const c of gold.claims) {
    const at = en.indexOf(c.en);
    if (!report.claims.some((f) => f.type === c.type && f.en.start < at + c.en.length && at < f.en.end)) {
      problems.push(`claim missing: ${c.type} “${c.en}”`);
    }
  }
  return problems;
}

function runCorpus(verbose: boolean): { rows: string[]; right: number; total: number } {
  const dir = join(ROOT, 'corpus');
  const rows: string[] = [];
  let right = 0;
  let total = 0;
  for (const id of readdirSync(dir).sort()) {
    const goldPath = join(dir, id, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const en = readFileSync(join(dir, id, 'en.txt'), 'utf8');
    const esPath = join(dir, id, 'es.txt');
    const es = gold.sourceIn === 'es' && existsSync(esPath) ? readFileSync(esPath, 'utf8') : undefined;
    const t0 = performance.now();
    const report = findQuoteMismatches(en, es, CHECK_OPTIONS);
    const ms = performance.now() - t0;
    const problems = checkCorpusCase(en, es, gold, report);
    total++;
    if (problems.length === 0) right++;
    const planted = gold.quotes.reduce((n, q) => n + q.findings.length, 0);
    rows.push(
      `| ${id} | ${gold.quotes.length} | ${report.quotes.length} | ${planted} | ${gold.claims.length} | ${problems.length === 0 ? 'right' : `**${problems.length} problems**`} | ${ms.toFixed(0)} |`,
    );
    if (verbose || problems.length > 0) for (const p of problems) console.error(`  ${id}: ${p}`);
  }
  return { rows, right, total };
}

// ---------------------------------------------------------------------------------------------

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

/** A document of a parallel set: its English and Spanish lines (line k of one translates line k of the other). */
interface ParallelDoc {
  docid: string;
  en: string[];
  es: string[];
}

/** NTREX-128 (evaluation only): 123 news articles. */
function loadNtrex(limit: number): ParallelDoc[] | null {
  if (!existsSync(NTREX)) return null;
  return readFileSync(NTREX, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ParallelDoc)
    .slice(0, limit);
}

/**
 * The development set, for tuning and for reading individual misses (NTREX is evaluation only: its figures are
 * read as totals, never tuned on). TICO-19 (CC0) documents (the lexicon was trained on them, so the bridge
 * links them better than unseen news), and the sentences of the lexicon's held-out split of Tatoeba train
 * reported as quotes. Never `tatoeba/test.tsv`.
 */
function loadDev(limit: number): ParallelDoc[] | null {
  const enPath = join(TICO, 'tico19-test.en');
  if (!existsSync(enPath)) return null;
  const en = readFileSync(enPath, 'utf8').split('\n');
  const es = readFileSync(join(TICO, 'tico19-test.es_LA'), 'utf8').split('\n');
  const info = readFileSync(join(TICO, 'tico19-test.en.info'), 'utf8').split('\n');
  const byDoc = new Map<string, ParallelDoc>();
  info.forEach((line, k) => {
    const id = line.split('\t')[3];
    if (!id || !en[k]?.trim() || !es[k]?.trim()) return;
    let d = byDoc.get(id);
    if (!d) byDoc.set(id, (d = { docid: `tico19/${id}`, en: [], es: [] }));
    d.en.push(en[k].trim());
    d.es.push(es[k].trim());
  });
  const docs = [...byDoc.values()];
  // The lexicon's held-out split of Tatoeba train (never trained on): sentences of 8+ words, reported as quotes
  // of invented speakers in three common shapes, ten to a pseudo-article.
  // One pair per English sentence: Tatoeba repeats a sentence with several translations, and two speakers saying
  // the same words would test which copy the search picks, not the checks.
  const seen = new Set<string>();
  const pairs = (readTatoebaTrain() ?? []).filter(([e, s]) => {
    if (!isDevPair(e) || /["“”]/.test(e) || /["“”«»]/.test(s) || e.split(/\s+/).length < 8) return false;
    const key = e.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (let k = 0; k < pairs.length; k += 10) {
    const d: ParallelDoc = { docid: `tatoeba-dev/${k / 10}`, en: [], es: [] };
    pairs.slice(k, k + 10).forEach(([e, sp], n) => {
      const who = DEV_SPEAKERS[(k + n) % DEV_SPEAKERS.length];
      const [en2, es2] = reported(e.trim(), sp.trim(), who, (k + n) % 3);
      d.en.push(en2);
      d.es.push(es2);
    });
    docs.push(d);
  }
  return docs.slice(0, limit);
}

/**
 * The news-like development set (`corpus/dev-news/*\/{en,es}.txt`): articles we wrote, English originals translated
 * into Spanish and Spanish originals translated into English by the way a news translator works (natural, restructured,
 * faithful), one sentence per line. Unlike TICO-19 and Tatoeba, its quotations look like NTREX's, so its false
 * alarms can be read one by one (NTREX's cannot: evaluation only). Needs no ../shared.
 */
function loadNews(limit: number): ParallelDoc[] | null {
  if (!existsSync(NEWS_DEV)) return null;
  const docs: ParallelDoc[] = [];
  for (const name of readdirSync(NEWS_DEV).sort()) {
    const enPath = join(NEWS_DEV, name, 'en.txt');
    const esPath = join(NEWS_DEV, name, 'es.txt');
    if (!existsSync(enPath) || !existsSync(esPath)) continue;
    const lines = (p: string): string[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim());
    const en = lines(enPath);
    const es = lines(esPath);
    if (en.length !== es.length) throw new Error(`${name}: en.txt has ${en.length} lines, es.txt ${es.length}; they must be line-aligned`);
    docs.push({ docid: `dev-news/${name}`, en, es });
  }
  return docs.length ? docs.slice(0, limit) : null;
}

/** Invented speakers for the development set's reported quotes. */
const DEV_SPEAKERS = ['Marta Quiroga', 'Tomás Ibarra', 'Lucía Ferrán', 'Andrés Solano', 'Inés Calderón', 'Rafael Montiel', 'Elena Varga', 'Diego Arce'];

/** A sentence pair reported as a quote of `who`, in one of three shapes (closing punctuation moved as each language does). */
function reported(en: string, es: string, who: string, shape: number): [string, string] {
  const enBody = en.replace(/\.$/, '');
  const esBody = es.replace(/\.$/, '');
  const enEnd = /[?!]$/.test(en) ? '' : ',';
  if (shape === 0) return [`"${enBody}${enEnd}" said ${who}.`, `«${esBody}», dijo ${who}.`];
  if (shape === 1) return [`${who} said: "${en}"`, `${who} afirmó: «${esBody}».`];
  return [`"${enBody}${enEnd}" ${who} told reporters.`, `«${esBody}», declaró ${who} a los periodistas.`];
}

/** Figures of one parallel set. */
interface SetResult {
  docs: number;
  quotes: number;
  sourceFound: number;
  placed: number;
  alarmRate: number;
  alarmTypes: Map<string, number>;
  counts: Map<PlantedType, Counts>;
}

/**
 * Runs the faithful-quote and perturbation evaluation over one parallel set. `verbose` lists every alarm, miss
 * and false positive (used on the development set only).
 */
function evaluateSet(docs: ParallelDoc[], verbose: boolean): SetResult {
  let quotes = 0;
  let found = 0;
  let placed = 0;
  let alarms = 0;
  const alarmTypes = new Map<string, number>();
  const counts = new Map<PlantedType, Counts>(PLANTED_TYPES.map((t) => [t, { planted: 0, hit: 0, tp: 0, fp: 0 }]));
  for (const doc of docs) {
    const en = articleText(doc.en);
    const es = articleText(doc.es);
    const base = findQuoteMismatches(en.text, es.text, CHECK_OPTIONS);
    for (const q of base.quotes) {
      quotes++;
      if (q.source) {
        found++;
        // Right place: the source overlaps the Spanish lines that translate the quote's English lines.
        const l0 = lineOf(en.lineStarts, q.start);
        const l1 = lineOf(en.lineStarts, Math.max(q.start, q.end - 1));
        const s0 = lineOf(es.lineStarts, q.source.start);
        const s1 = lineOf(es.lineStarts, Math.max(q.source.start, q.source.end - 1));
        if (s0 <= l1 + 1 && l0 - 1 <= s1) placed++;
      }
      if (isAlarm(q)) {
        alarms++;
        for (const f of q.findings) if (f.severity !== 'info') alarmTypes.set(f.type, (alarmTypes.get(f.type) ?? 0) + 1);
        if (verbose) console.error(`  alarm ${doc.docid}: “${q.text.slice(0, 60)}” ← “${q.source?.text.slice(0, 60)}” ${q.findings.map((f) => `${f.type}:${f.message}`).join(' | ')}`);
      } else if (!q.source && verbose) {
        console.error(`  unsourced ${doc.docid}: “${q.text.slice(0, 80)}”`);
      }
      // Faithful quotes: every planted type's finding here is a false positive.
      for (const t of PLANTED_TYPES) if (hasPlanted(q, t)) counts.get(t)!.fp++;
    }
    // Perturbations: each planted type on each eligible quote whose source was found.
    for (const q of base.quotes) {
      if (!q.source) continue;
      for (const t of PLANTED_TYPES) {
        if (hasPlanted(q, t)) continue; // already reported on the faithful text: no planted change to find
        const r = rng(seedOf(`${doc.docid}:${q.start}:${t}`));
        // Entity: only names the source span keeps verbatim (so the swap is a real name change).
        const p = perturb(t, en.text, q, r, t === 'entity' ? q.source.text : undefined);
        if (!p) continue;
        const rep = findQuoteMismatches(p.en, es.text, CHECK_OPTIONS);
        const pq = rep.quotes.find((x) => x.start <= p.quoteStart && p.quoteStart < Math.max(x.end, x.start + 1));
        // A swapped name the extractor does not read as the quote's speaker plants nothing: skip it. Nor does a
        // swap after which the quote is credited to someone else than the invented name (the same person named
        // otherwise, `Irigoyen` → `Pablo Irigoyen`, or a role, `The judge`, when the renamed mention was another).
        if (t === 'speaker' && (!pq || pq.speaker === q.speaker || (p.inserted !== undefined && !(pq.speaker ?? '').includes(p.inserted)))) continue;
        const c = counts.get(t)!;
        c.planted++;
        if (hasPlanted(pq, t)) {
          c.hit++;
          c.tp++;
        } else if (verbose) {
          console.error(`  missed ${t} ${doc.docid}: ${p.note} in “${(pq?.text ?? '(quote lost)').slice(0, 80)}” ← “${pq?.source?.text.slice(0, 80) ?? ''}” ${pq?.findings.map((f) => f.type).join(',') ?? ''}`);
        }
        // Findings of other types on the planted quote are false positives of those types (those already on the
        // faithful quote were counted once, above).
        if (pq && t !== 'unsourced') {
          for (const u of PLANTED_TYPES) {
            if (u === t) continue;
            if (hasPlanted(pq, u) && !hasPlanted(q, u)) {
              counts.get(u)!.fp++;
              if (verbose) console.error(`  fp ${u} on planted ${t} ${doc.docid}: ${p.note}`);
            }
          }
        }
      }
    }
  }
  return {
    docs: docs.length,
    quotes,
    sourceFound: found / Math.max(1, quotes),
    placed: placed / Math.max(1, quotes),
    alarmRate: alarms / Math.max(1, quotes),
    alarmTypes,
    counts,
  };
}

const recallOf = (c: Counts): number => c.hit / Math.max(1, c.planted);
const precisionOf = (c: Counts): number => c.tp / Math.max(1, c.tp + c.fp);

/** Prints a set's tables; with `gated`, compares with the issue's targets and the floors. */
function printSet(title: string, r: SetResult, gated: boolean, failures: string[]): void {
  const target = (x: string): string => (gated ? x : '');
  console.log(`### ${title}: English quotes against the Spanish translation\n`);
  console.log('| figure | cotejo | issue target | gate floor |');
  console.log('|---|---:|---:|---:|');
  console.log(`| English quotes (documents: ${r.docs}) | ${r.quotes} | | |`);
  console.log(`| source span found | ${fmt(r.sourceFound)} | ${target(`≥ ${ISSUE_TARGETS.ntrexSourceFound}`)} | ${target(`≥ ${FLOORS.ntrexSourceFound}`)} |`);
  console.log(`| source span in the translating lines | ${fmt(r.placed)} | | |`);
  console.log(`| faithful quotes with an error or warning | ${fmt(r.alarmRate)} | ${target(`≤ ${ISSUE_TARGETS.ntrexFalseAlarmCeiling}`)} | ${target(`≤ ${FLOORS.ntrexFalseAlarmCeiling}`)} |`);
  console.log(`\nFalse alarms by type: ${[...r.alarmTypes].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}\n`);
  console.log(`### ${title}: perturbations (fixed seeds)\n`);
  console.log('| planted | quotes perturbed | recall | precision | issue target | gate floor (R / P) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const t of PLANTED_TYPES) {
    const c = r.counts.get(t)!;
    console.log(
      `| ${t} | ${c.planted} | ${fmt(recallOf(c))} | ${fmt(precisionOf(c))} | ${target(`≥ ${ISSUE_TARGETS.perturbRecall} / ${ISSUE_TARGETS.perturbPrecision}`)} | ${target(`${FLOORS.perturbRecall[t]} / ${FLOORS.perturbPrecision[t]}`)} |`,
    );
  }
  console.log('');
  if (!gated) return;
  if (r.sourceFound < FLOORS.ntrexSourceFound) failures.push(`NTREX source found ${fmt(r.sourceFound)}`);
  if (r.alarmRate > FLOORS.ntrexFalseAlarmCeiling) failures.push(`NTREX false alarms ${fmt(r.alarmRate)}`);
  for (const t of PLANTED_TYPES) {
    const c = r.counts.get(t)!;
    if (recallOf(c) < FLOORS.perturbRecall[t]) failures.push(`perturbation ${t}: recall ${fmt(recallOf(c))}`);
    if (precisionOf(c) < FLOORS.perturbPrecision[t]) failures.push(`perturbation ${t}: precision ${fmt(precisionOf(c))}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const gate = args.includes('--gate');
  const verbose = args.includes('--verbose');
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
  const si = args.indexOf('--set');
  const set = si >= 0 ? args[si + 1] : gate ? 'ntrex' : 'all';
  if (!['ntrex', 'dev', 'news', 'all'].includes(set)) throw new Error(`--set must be ntrex, dev, news or all (got ${set})`);
  const failures: string[] = [];
  const t0 = performance.now();

  // Corpus gold (needs no ../shared).
  const corpus = runCorpus(verbose);
  console.log('### Corpus gold\n');
  console.log('| case | gold quotes | quotes reported | planted findings | gold claims | result | ms |');
  console.log('|---|---:|---:|---:|---:|---|---:|');
  for (const r of corpus.rows) console.log(r);
  console.log(`\nCases right: ${corpus.right}/${corpus.total}\n`);
  if (corpus.total > 0 && corpus.right / corpus.total < FLOORS.corpusCases) failures.push(`corpus: ${corpus.right}/${corpus.total} cases right`);
  if (corpus.right < corpus.total) console.log(`(issue target: all cases right; floor ${FLOORS.corpusCases})\n`);

  if (set === 'news' || set === 'all') {
    const news = loadNews(limit);
    if (news) printSet('News development set (corpus/dev-news, not gated)', evaluateSet(news, verbose), false, failures);
    else console.log('No articles in corpus/dev-news: skipping the news development set.\n');
  }
  if (set === 'dev' || set === 'all') {
    const dev = loadDev(limit);
    if (dev) printSet('Development set (TICO-19 + Tatoeba held-out train split, not gated)', evaluateSet(dev, verbose), false, failures);
    else console.log('Development data (TICO-19, Tatoeba train) not found: skipping the development set.\n');
  }
  if (set === 'ntrex' || set === 'all') {
    const ntrex = loadNtrex(limit);
    // NTREX is evaluation only: its misses are never listed (no tuning on it), only its totals.
    if (ntrex) printSet('NTREX-128', evaluateSet(ntrex, false), true, failures);
    else console.log(`NTREX data not found at ${NTREX}: skipping the NTREX and perturbation evaluation.`);
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  finish(gate, failures);
}

function finish(gate: boolean, failures: string[]): void {
  if (failures.length > 0) {
    console.log(`\nBelow floor: ${failures.join('; ')}`);
    if (gate) process.exitCode = 1;
  } else {
    console.log('\nAll gated figures at or above their floors.');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
