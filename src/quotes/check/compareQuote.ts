/**
 * Compares an English quote with the Spanish span it renders: values (numbers, dates), names, negation,
 * and the word-level diff of linked tokens (omissions, additions, wording).
 * @module
 */
import { diffArrays } from 'diff';
import type { Span } from '../../types.js';
import { linkStrengths } from '../../lexicon/linkStrengths.js';
import { DEFAULT_BRIDGE_OPTIONS } from '../../lexicon/BridgeOptions.js';
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { extractValues } from '../../lexicon/values/extractValues.js';
import { matchValues } from '../../lexicon/values/matchValues.js';
import type { Value } from '../../lexicon/values/Value.js';
import type { Locale } from '../../report/i18n.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { countNegations } from './negationCues.js';

/** Least span score (see `SourceMatch.score`) for negation and omission checks. */
export const CONFIDENT_SCORE = 0.5;

/** Thresholds of the word-level comparison. */
export interface CompareOptions {
  /** A token counts as rendered when it links at or above this strength to the other side. Default 0.3. */
  linkStrength: number;
  /** Least number of consecutive unrendered content words reported as an omission or addition. Default 3. */
  minRun: number;
  /** Report `wording` findings (one content word replaced by a non-translation). Default true. */
  wording: boolean;
}

/** Defaults of {@link CompareOptions}. */
export const DEFAULT_COMPARE: Readonly<CompareOptions> = Object.freeze({ linkStrength: 0.3, minRun: 3, wording: true });

/** What is compared: the quote and the source span, each with the full text it lives in. */
export interface ComparePair {
  /** The English text and the quote's span in it. */
  en: string;
  quote: Span;
  /** The source text and the source span in it. */
  src: string;
  source: Span;
  /** True when the span was found through the context (a short partial quote): no omission/addition check. */
  partial: boolean;
  /** True when the span renders the quote closely (its score reached {@link CONFIDENT_SCORE}): only then are
   * negation and omission checked, since a loosely matched span holds words the quote does not render. */
  confident: boolean;
  /** True when the source span is a whole quoted passage of the source. */
  whole?: boolean;
  /**
   * When the span was found for a clause of the quote only (the rest has no source): that clause's offsets in
   * `en`. Values outside it are not reported as missing from the source (the rest is reported as an addition).
   */
  part?: { start: number; end: number };
  /**
   * True when the span was found through the quote's English sentence, not the quote's own words: its edges are
   * the linked words', so a value one side has and the other lacks is not evidence of a change.
   */
  loose?: boolean;
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** A finding on one English token of the quote against one Spanish token of its source (`expected` is the source's). */
function tokenFinding(
  type: 'entity' | 'diacritics' | 'wording',
  p: ComparePair,
  a: { start: number; end: number; text: string },
  b: { start: number; end: number; text: string },
  locale: Locale,
): QuoteFinding {
  return makeFinding(
    type,
    {
      en: span(p.en, p.quote.start + a.start, p.quote.start + a.end),
      es: span(p.src, p.source.start + b.start, p.source.start + b.end),
      expected: b.text,
      actual: a.text,
    },
    locale,
  );
}

function shift(v: Value, by: number): Value {
  return { ...v, start: v.start + by, end: v.end + by } as Value;
}

const DATE_TYPES = new Set(['date', 'year', 'time']);
const IMPERIAL = /^\s*(?:-\s*)?(?:miles?|mph|inch(?:es)?|in\.|feet|foot|ft|yards?|pounds?|lbs?|ounces?|oz|gallons?|acres?|degrees?\s+fahrenheit|fahrenheit|°\s*f|square\s+(?:miles?|feet))\b/iu;
const METRIC = /^\s*(?:kil[oó]metros?|km|cent[ií]metros?|cm|mil[ií]metros?|mm|metros?|m\b|kilos?|kilogramos?|kg|gramos?|g\b|litros?|l\b|hect[aá]reas?|ha\b|grados?|°\s*c|kil[oó]metros?\s+por\s+hora|km\/h|metros?\s+cuadrados?)/iu;

/** Whether two differing numbers are the same measure in imperial and metric units (200 miles / 321 kilómetros). */
function converted(en: string, a: Value, es: string, b: Value): boolean {
  return IMPERIAL.test(en.slice(a.end, a.end + 30)) && METRIC.test(es.slice(b.end, b.end + 40));
}

/** Value findings: numbers and dates that differ, or that one side has and the other lacks. */
function valueFindings(p: ComparePair, locale: Locale, out: QuoteFinding[]): void {
  const ven = extractValues(p.quote.text, { lang: 'en' }).map((v) => shift(v, p.quote.start));
  const ves = extractValues(p.source.text, { lang: 'es' }).map((v) => shift(v, p.source.start));
  if (ven.length === 0 && ves.length === 0) return;
  const m = matchValues(ven, ves);
  for (const [a, b] of m.mismatched) {
    if (converted(p.en, a, p.src, b)) continue;
    const type = DATE_TYPES.has(a.type) || DATE_TYPES.has(b.type) ? 'date' : 'number';
    out.push(makeFinding(type, { en: span(p.en, a.start, a.end), es: span(p.src, b.start, b.end), expected: b.text, actual: a.text }, locale));
  }
  if (p.partial) return;
  const oneSided = p.confident && !p.loose;
  for (const a of oneSided ? m.onlyEn : []) {
    if (p.part && (a.start < p.part.start || a.end > p.part.end)) continue;
    if (a.uncertain || a.spelled || a.type === 'ordinal') continue;
    const type = DATE_TYPES.has(a.type) ? 'date' : 'number';
    out.push(makeFinding(type, { en: span(p.en, a.start, a.end), es: null, expected: null, actual: a.text, variant: 'Missing', severity: 'warning' }, locale));
  }
  for (const b of oneSided ? m.onlyEs : []) {
    // A date or weekday the English leaves out of a quote is usually context the reporter moved, not a change.
    if (b.uncertain || b.spelled || b.type === 'ordinal' || DATE_TYPES.has(b.type)) continue;
    const type = DATE_TYPES.has(b.type) ? 'date' : 'number';
    out.push(makeFinding(type, { en: p.quote, es: span(p.src, b.start, b.end), expected: b.text, actual: null, variant: 'Dropped', severity: 'warning' }, locale));
  }
}

interface Linked {
  pe: BridgeSentence;
  pf: BridgeSentence;
  /** Best link strength of each English / Spanish token to the other side. */
  bestE: Float32Array;
  bestF: Float32Array;
  /** One-to-one partner (competitive linking), or -1. */
  partnerE: Int32Array;
  partnerF: Int32Array;
  via: Uint8Array;
  cols: number;
  strength: Float32Array;
}

/** Links the quote's tokens with the span's, by competitive linking on the bridge's link strengths. */
function link(pe: BridgeSentence, pf: BridgeSentence, minStrength: number): Linked {
  const m = linkStrengths(pe, pf, DEFAULT_BRIDGE_OPTIONS, false);
  const rows = m.rows;
  const cols = m.cols;
  const bestE = new Float32Array(rows);
  const bestF = new Float32Array(cols);
  const cand: { i: number; j: number; s: number; d: number }[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = m.strength[i * cols + j];
      if (s > bestE[i]) bestE[i] = s;
      if (s > bestF[j]) bestF[j] = s;
      if (s >= minStrength) cand.push({ i, j, s, d: Math.abs((i + 0.5) / rows - (j + 0.5) / cols) });
    }
  }
  cand.sort((a, b) => b.s - a.s || a.d - b.d);
  const partnerE = new Int32Array(rows).fill(-1);
  const partnerF = new Int32Array(cols).fill(-1);
  for (const c of cand) {
    if (partnerE[c.i] >= 0 || partnerF[c.j] >= 0) continue;
    partnerE[c.i] = c.j;
    partnerF[c.j] = c.i;
  }
  return { pe, pf, bestE, bestF, partnerE, partnerF, via: m.via, cols, strength: m.strength };
}

const CAPITAL = /^\p{Lu}/u;
/** Acronyms are expanded or translated (GOP, NATO → OTAN): not names to compare letter by letter. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Capitalized Spanish words that name institutions, not people or places. */
const INSTITUTION = new Set(
  ('partido gobierno estado congreso ministerio ayuntamiento comision consejo presidente presidenta senado camara tribunal ' +
    'corte universidad departamento asamblea parlamento oficina policia ejercito fiscalia junta agencia secretaria republica ' +
    'reino union naciones unidas organizacion fundacion banco iglesia primera segunda tercera cuarta division liga copa ' +
    'campeonato norte sur este oeste').split(' '),
);

/** Name findings: a capitalized word with no counterpart on each side, paired in order (entity); same name without accents (diacritics). */
function nameFindings(p: ComparePair, L: Linked, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const sentenceInitial = (text: string, at: number, base: number): boolean => {
    let k = at - 1;
    while (k >= base && /\s/u.test(text[k])) k--;
    return k < base || /[.!?¿¡:;"“”«»—–(-]/u.test(text[k]);
  };
  const candE: number[] = [];
  for (let i = 0; i < pe.tokens.length; i++) {
    const t = pe.tokens[i];
    if (t.kind !== 'word' || !CAPITAL.test(t.text) || pe.stop[i] || t.text === 'I' || t.text.length < 3 || ACRONYM.test(t.text)) continue;
    if (L.bestE[i] >= 0.3) continue;
    if (sentenceInitial(p.quote.text, t.start, 0)) continue;
    candE.push(i);
  }
  const candF: number[] = [];
  for (let j = 0; j < pf.tokens.length; j++) {
    const t = pf.tokens[j];
    if (t.kind !== 'word' || !CAPITAL.test(t.text) || pf.stop[j] || t.text.length < 3 || ACRONYM.test(t.text) || INSTITUTION.has(t.norm)) continue;
    if (L.bestF[j] >= 0.3) continue;
    if (sentenceInitial(p.source.text, t.start, 0)) continue;
    candF.push(j);
  }
  const n = Math.min(candE.length, candF.length);
  for (let k = 0; k < n; k++) {
    const a = pe.tokens[candE[k]];
    const b = pf.tokens[candF[k]];
    out.push(tokenFinding('entity', p, a, b, locale));
  }
  // Diacritics: identical folded names written differently (Nicolas / Nicolás).
  for (let i = 0; i < pe.tokens.length; i++) {
    const j = L.partnerE[i];
    if (j < 0) continue;
    const a = pe.tokens[i];
    const b = pf.tokens[j];
    if (a.kind === 'word' && CAPITAL.test(a.text) && a.norm === b.norm && a.text !== b.text && a.text.toLowerCase() !== b.text.toLowerCase()) {
      out.push(tokenFinding('diacritics', p, a, b, locale));
    }
  }
}

/** Negation finding: one side negates where the other does not (counts of negation cues differ, or “no siempre” against “never”). */
function negationFindings(p: ComparePair, locale: Locale, out: QuoteFinding[]): void {
  const ne = countNegations(p.quote.text, 'en');
  const ns = countNegations(p.source.text, 'es');
  const scope = (ne.never > 0 && ns.notAlways > 0) || (ns.never > 0 && ne.notAlways > 0);
  // A negation one side words as a prefix, a suffix or “sin”/“without” (not happy / descontento, unfounded /
  // sin fundamento, useless / no sirve) is the same negation.
  const gap = ne.count - ns.count;
  const explained = gap > 0 ? gap <= ns.morph + ns.without : gap < 0 ? -gap <= ne.morph + ne.without : true;
  // Both sides negate: the counts of cues differ between languages too often (double negatives, repeated
  // “no, no”) to tell a dropped negation from a rephrased one; only presence against absence is reported.
  const presence = (ne.count === 0) !== (ns.count === 0);
  const repeated = (c: { text: string }[]): boolean => c.some((x, k) => k > 0 && x.text.toLowerCase() === c[k - 1].text.toLowerCase());
  const countDiff = p.confident && Math.abs(gap) === 1 && !repeated(ne.cues) && !repeated(ns.cues);
  if (!scope && (explained || !(presence || countDiff))) return;
  const cueE = ne.cues[0];
  const cueS = ns.cues[0];
  const added = ne.count > ns.count || (scope && ne.never > 0);
  out.push(
    makeFinding(
      'negation',
      {
        en: cueE ? span(p.en, p.quote.start + cueE.start, p.quote.start + cueE.end) : p.quote,
        es: cueS ? span(p.src, p.source.start + cueS.start, p.source.start + cueS.end) : p.source,
        expected: ns.cues.map((c) => c.text),
        actual: ne.cues.map((c) => c.text),
        variant: added ? 'Added' : 'Dropped',
      },
      locale,
    ),
  );
}

interface Item {
  /** Token index on its side. */
  k: number;
  /** Partner on the other side, or -1. */
  partner: number;
}

/**
 * Omissions, additions and wording from a diff of linked tokens: the Spanish content tokens against the English
 * ones, a pair being equal when competitive linking joined them. Runs of unrendered content words are omissions
 * (Spanish side) or additions (English side); a single unrendered word facing a single unrendered word between
 * rendered neighbours is a wording change when the lexicon knows both words and does not pair them.
 */
function diffFindings(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const es: Item[] = [];
  for (let j = 0; j < pf.tokens.length; j++) if (!pf.stop[j]) es.push({ k: j, partner: L.partnerF[j] });
  const en: Item[] = [];
  for (let i = 0; i < pe.tokens.length; i++) if (!pe.stop[i]) en.push({ k: i, partner: L.partnerE[i] });
  const changes = diffArrays(es, en, { comparator: (a: Item, b: Item) => a.partner === b.k && a.partner >= 0 });
  const runs: { side: 'es' | 'en'; items: Item[]; hunk: number }[] = [];
  // Unrendered known content words per side in each hunk (a run of changes between equal stretches).
  const hunkCount: { es: number; en: number }[] = [];
  let hunk = -1;
  let inHunk = false;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      inHunk = false;
      continue;
    }
    if (!inHunk) {
      hunk++;
      hunkCount.push({ es: 0, en: 0 });
      inHunk = true;
    }
    const side = c.removed ? 'es' : 'en';
    const best = side === 'es' ? L.bestF : L.bestE;
    const ids = side === 'es' ? pf.ids : pe.ids;
    // Split the change at tokens that are rendered somewhere (reordered words are not omissions).
    const toks = (side === 'es' ? pf : pe).tokens;
    const text = side === 'es' ? p.source.text : p.quote.text;
    let cur: Item[] = [];
    for (const it of c.value) {
      // Digits are the value checks' business: they never make an omission or an addition.
      if (best[it.k] >= o.linkStrength || toks[it.k].kind !== 'word') {
        if (cur.length) runs.push({ side, items: cur, hunk });
        cur = [];
      } else {
        // A run does not cross a sentence end or a quotation mark: words past it belong to other text (a
        // span that reaches into the next sentence or the attribution), not to one dropped or added clause.
        if (cur.length && BREAK.test(text.slice(toks[cur[cur.length - 1].k].end, toks[it.k].start))) {
          runs.push({ side, items: cur, hunk });
          cur = [];
        }
        cur.push(it);
        if (ids[it.k] >= 0) hunkCount[hunk][side]++;
      }
    }
    if (cur.length) runs.push({ side, items: cur, hunk });
  }
  if (p.confident) tackedOnClause(p, L, o, locale, out);
  for (const run of runs) {
    const toks = run.side === 'es' ? pf.tokens : pe.tokens;
    const first = toks[run.items[0].k];
    const last = toks[run.items[run.items.length - 1].k];
    const ids = run.side === 'es' ? pf.ids : pe.ids;
    const known = run.items.filter((it) => ids[it.k] >= 0).length;
    // A dropped quantity (“en tres años”) matters even when short.
    const numeric = run.items.some((it) => NUMERALS.has(toks[it.k].norm));
    const least = numeric ? 2 : o.minRun;
    if (known < least) continue;
    // Words unrendered on both sides at the same place are a loose rendering (or a gap of the lexicon), not an
    // omission or an addition: the other side must be mostly rendered there.
    const other = run.side === 'es' ? hunkCount[run.hunk].en : hunkCount[run.hunk].es;
    if (other * 2 > known) continue;
    if (restCovered(run.side === 'es' ? pf : pe, run.side === 'es' ? L.bestF : L.bestE, run.items, o.linkStrength) < 0.6) continue;
    if (run.side === 'es') {
      if (!p.confident) continue;
      // A dropped clause shows against an otherwise literal rendering: nearly every English content word is
      // rendered. In a loose translation, unrendered words on the Spanish side are paraphrase, not loss.
      if (contentRendered(pe, L.bestE, o.linkStrength) < 0.7) continue;
      const es = span(p.src, p.source.start + first.start, p.source.start + last.end);
      out.push(makeFinding('omission', { en: p.quote, es, expected: es.text }, locale));
    } else {
      const en = span(p.en, p.quote.start + first.start, p.quote.start + last.end);
      out.push(makeFinding('addition', { en, es: p.source, actual: en.text }, locale));
    }
  }
  if (o.wording) scopeWording(p, L, locale, out);
}

/** A sentence end or a quotation mark between two words. */
const BREAK = /[.!?…]|["“”«»]/u;

const NUMERALS = new Set(
  ('dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta cien ciento mil millon millones ' +
    'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million millions billion').split(' '),
);

/**
 * A clause tacked on at the end of the quote (after a comma or `and`/`but`), four words or more, none of them
 * rendered, while the rest of the quote is: `…cada euro` → `…every euro, and who signed off on it`.
 */
function tackedOnClause(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe } = L;
  const n = pe.tokens.length;
  if (n < 8) return;
  let k = n;
  // Walk back over unrendered words (function words count as unrendered: they link too easily).
  while (k > 0 && (pe.stop[k - 1] || L.partnerE[k - 1] < 0) && pe.tokens[k - 1].kind === 'word') k--;
  // The clause starts at the first clause boundary inside that stretch.
  const startsClause = (i: number): boolean =>
    /[,;:—–]/u.test(p.quote.text.slice(pe.tokens[i - 1].end, pe.tokens[i].start)) || /^(?:and|but|or|because|while|which|who)$/i.test(pe.tokens[i].text);
  while (k < n && k > 0 && !startsClause(k)) k++;
  if (n - k < 4 || k < 3) return;
  // Its words have no partner in the source (one function word may pair by chance).
  let partnered = 0;
  for (let i = k; i < n; i++) if (L.partnerE[i] >= 0) partnered++;
  if (partnered > 1 || partnered * 4 > n - k) return;
  let rendered = 0;
  let content = 0;
  for (let i = 0; i < k; i++) {
    if (pe.stop[i]) continue;
    content++;
    if (L.bestE[i] >= o.linkStrength) rendered++;
  }
  if (content < 3 || rendered / content < 0.7) return;
  const en = span(p.en, p.quote.start + pe.tokens[k].start, p.quote.start + pe.tokens[n - 1].end);
  out.push(makeFinding('addition', { en, es: p.source, actual: en.text }, locale));
}

/** Share of a side's content words (not digits) rendered on the other side. */
function contentRendered(side: BridgeSentence, best: Float32Array, min: number): number {
  let n = 0;
  let ok = 0;
  for (let k = 0; k < side.tokens.length; k++) {
    if (side.stop[k] || side.tokens[k].kind !== 'word') continue;
    n++;
    if (best[k] >= min) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/** Share of the side's content words outside `run` that are rendered (a clean translation around a gap). */
function restCovered(side: BridgeSentence, best: Float32Array, run: Item[], min: number): number {
  const inRun = new Set(run.map((it) => it.k));
  let n = 0;
  let ok = 0;
  for (let k = 0; k < side.tokens.length; k++) {
    if (side.stop[k] || inRun.has(k)) continue;
    n++;
    if (best[k] >= min) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/** Scope words: places and realms a statement is about (país → world is a different claim). */
const SCOPE_EN: Record<string, string[]> = {
  world: ['mundo', 'mundial', 'planeta'],
  globe: ['mundo', 'planeta'],
  planet: ['planeta', 'mundo'],
  country: ['pais', 'nacion', 'estado'],
  nation: ['nacion', 'pais'],
  national: ['nacional'],
  region: ['region', 'comarca', 'zona'],
  regional: ['regional'],
  state: ['estado', 'pais'],
  city: ['ciudad', 'municipio', 'localidad'],
  town: ['pueblo', 'ciudad', 'localidad', 'municipio'],
  continent: ['continente'],
  province: ['provincia'],
  international: ['internacional', 'mundial'],
  global: ['mundial', 'global'],
  local: ['local'],
};
const SCOPE_ES = new Set(Object.values(SCOPE_EN).flat());

/**
 * Wording: a scope word rendered by another scope word (país → world, regional → national) or a place name
 * rendered by a scope word (la Puna → the country). Other word choices are left alone: a lexicon cannot tell a
 * loose but faithful rendering from a wrong one.
 */
function scopeWording(p: ComparePair, L: Linked, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  for (let i = 0; i < pe.tokens.length; i++) {
    const a = pe.tokens[i];
    const want = SCOPE_EN[a.norm] ?? SCOPE_EN[a.norm.replace(/s$/, '')];
    if (!want) continue;
    let rendered = false;
    for (let j = 0; j < pf.tokens.length; j++) {
      const n = pf.tokens[j].norm;
      if (want.includes(n) || want.includes(n.replace(/e?s$/, ''))) rendered = true;
    }
    if (rendered) continue;
    let b = -1;
    for (let j = 0; j < pf.tokens.length; j++) {
      const t = pf.tokens[j];
      const n = t.norm.replace(/e?s$/, '');
      if ((SCOPE_ES.has(t.norm) || SCOPE_ES.has(n)) && L.partnerF[j] < 0) {
        b = j;
        break;
      }
    }
    if (b < 0) {
      // A place name with no counterpart, facing the scope word.
      for (let j = 0; j < pf.tokens.length; j++) {
        const t = pf.tokens[j];
        if (t.kind === 'word' && CAPITAL.test(t.text) && j > 0 && L.bestF[j] < 0.3 && !pf.stop[j] && /^(?:la|el|las|los|del|de)$/i.test(pf.tokens[j - 1].text)) {
          b = j;
          break;
        }
      }
    }
    if (b < 0) continue;
    const bt = pf.tokens[b];
    out.push(tokenFinding('wording', p, a, bt, locale));
  }
}

/** Compares a quote with its source span; returns the findings (without speaker and unsourced ones). */
export function compareQuote(p: ComparePair, locale: Locale, options: CompareOptions = DEFAULT_COMPARE): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  const pe = prepareBridgeSentence(p.quote.text, 'en');
  const pf = prepareBridgeSentence(p.source.text, 'es');
  const L = link(pe, pf, 0.2);
  valueFindings(p, locale, out);
  nameFindings(p, L, locale, out);
  if (p.confident || p.partial) negationFindings(p, locale, out);
  if (!p.partial) diffFindings(p, L, options, locale, out);
  return out;
}
