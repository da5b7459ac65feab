/**
 * Omissions and additions from a diff of linked tokens (the `diff` package's `diffArrays`).
 * @module
 */
import { diffArrays } from 'diff';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import type { Locale } from '../../report/i18n.js';
import type { ComparePair, CompareOptions } from './ComparePair.js';
import type { Linked } from './linkQuote.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { omissionScope } from './omissionScope.js';
import { scopeWording } from './scopeWording.js';
import { tackedOnClause } from './tackedOnClause.js';
import { span } from './tokenFinding.js';

/** A content token in the diff. */
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
export function diffFindings(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe, pf } = L;
  const es: Item[] = [];
  for (let j = 0; j < pf.tokens.length; j++) if (!pf.stop[j]) es.push({ k: j, partner: L.partnerF[j] });
  const en: Item[] = [];
  for (let i = 0; i < pe.tokens.length; i++) if (!pe.stop[i]) en.push({ k: i, partner: L.partnerE[i] });
  const changes = diffArrays(es, en, { comparator: (a: Item, b: Item) => a.partner === b.k && a.partner >= 0 });
  const runs: { side: 'es' | 'en'; items: Item[]; hunk: number }[] = [];
  // Unrendered content words per side in each hunk (a run of changes between equal stretches): known ones, and
  // lower-case words the lexicon does not know.
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
      if (
        best[it.k] >= o.linkStrength ||
        toks[it.k].kind !== 'word' ||
        (side === 'en' && possessiveHead(pe, L.bestE, it.k, o.linkStrength)) ||
        (side === 'es' && abbreviatedAmount(pf, it.k, p.quote.text))
      ) {
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
        // A lower-case word the lexicon does not know (`pyme`) may be the rendering of the other side's words
        // there: it counts against them, though it never makes a run of its own. As the lexicon does not know
        // it, it may stand for a compound of the other side (`pyme`: small business): it counts as two words.
        if (ids[it.k] >= 0) hunkCount[hunk][side]++;
        else if (/^\p{Ll}/u.test(toks[it.k].text)) hunkCount[hunk][side] += UNKNOWN_WORD_SPAN;
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
    // A numeral a value finding already reports is a changed value (six → twenty), not a dropped quantity.
    const valued = valuedNumerals(run.side === 'es' ? p.source.start : p.quote.start, toks, run, out);
    const known = run.items.filter((it) => ids[it.k] >= 0 && !valued.has(it.k)).length;
    // A dropped quantity (“en tres años”) matters even when short.
    const numeric = run.items.some((it) => NUMERALS.has(toks[it.k].norm) && !valued.has(it.k) && !hyperbole(toks, it.k));
    const least = numeric ? 2 : o.minRun;
    if (known < least) continue;
    // Words unrendered on both sides at the same place are a loose rendering (or a gap of the lexicon), not an
    // omission or an addition: the other side must be mostly rendered there.
    const other = run.side === 'es' ? hunkCount[run.hunk].en : hunkCount[run.hunk].es;
    if (other * 2 > known) continue;
    // Spanish says in three words what English says in one (`me da igual` ~ `don't care`, `capaz de hacer callar`
    // ~ `could silence`): a Spanish run facing unrendered English words is paraphrase up to three times their
    // length. A dropped quantity still counts (`en tres años`).
    if (run.side === 'es' && !numeric && other > 0 && other * PARAPHRASE_RATIO >= known) continue;
    // The rest of the side must be a clean translation around the gap; less so for a long English run facing no
    // unrendered Spanish word at all (an added clause after a loosely rendered head: `not sit quietly and watch
    // this happen, and the police have already arrested several local officials`).
    const rest = restCovered(run.side === 'es' ? pf : pe, run.side === 'es' ? L.bestF : L.bestE, run.items, o.linkStrength);
    const longAddition = run.side === 'en' && known >= LONG_ADDITION && other === 0;
    if (rest < (longAddition ? LONG_ADDITION_REST : MIN_REST)) continue;
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
  omissionScope(p, o, locale, out);
  if (o.wording) scopeWording(p, L, locale, out);
}

/**
 * Whether English token `k` is the head of a possessive compound whose owner is rendered (`mayor's office` ~
 * `alcaldía`, `the world's largest` ~ `el mayor del mundo`): one Spanish word often renders both, so the head is no
 * added word.
 */
function possessiveHead(pe: BridgeSentence, best: Float32Array, k: number, min: number): boolean {
  return k >= 2 && pe.tokens[k - 1].norm === "'s" && pe.tokens[k - 2].kind === 'word' && best[k - 2] >= min;
}

/** Spanish scale and currency words of an amount (`2.000 millones de dólares`). */
const AMOUNT_WORDS = new Set(['mil', 'millon', 'millones', 'millardo', 'millardos', 'billon', 'billones', 'dolar', 'dolares', 'euro', 'euros', 'libra', 'libras', 'peso', 'pesos', 'yen', 'yenes', 'yuan', 'yuanes']);
/** An English amount written with a currency sign or an abbreviated scale (`$2bn`, `£1.5m`, `€80m`, `500k`). */
const ABBREVIATED_AMOUNT = /[$£€¥]\s?\d|\d(?:bn|mn|m|k|tn|b)\b/u;

/**
 * Whether Spanish token `k` is a scale or currency word of an amount (a number within the three tokens before it)
 * that the English quote writes with a sign or an abbreviated scale (`$2bn` / `2.000 millones de dólares`): the value
 * checks compare the amount; its words are no dropped content.
 */
function abbreviatedAmount(pf: BridgeSentence, k: number, en: string): boolean {
  if (!AMOUNT_WORDS.has(pf.tokens[k].norm) || !ABBREVIATED_AMOUNT.test(en)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (pf.tokens[j].kind === 'number') return true;
  return false;
}

/** Least share of a side's content words outside a run rendered on the other side (see {@link restCovered}). */
const MIN_REST = 0.6;
/** Known content words of an English run, facing no unrendered Spanish word, that make a long addition. */
const LONG_ADDITION = 5;
/** The least rendered share of the rest of the quote around a long addition. */
const LONG_ADDITION_REST = 0.4;

/** How many content words of the other side a lower-case word the lexicon does not know may render. */
const UNKNOWN_WORD_SPAN = 2;

/** How many times longer than the unrendered English words facing it a Spanish run may be and still be their paraphrase. */
const PARAPHRASE_RATIO = 3;

/** A sentence end or a quotation mark between two words. */
const BREAK = /[.!?…]|["“”«»]/u;

const NUMERALS = new Set(
  ('dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta cien ciento mil millon millones ' +
    'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million millions billion').split(' '),
);
/** Round numerals that multiply for emphasis, not count (`mil veces mejor`, `a million times`). */
const HYPERBOLIC = new Set(['cien', 'mil', 'millon', 'hundred', 'thousand', 'million']);

/**
 * Whether numeral token `k` is a hyperbole, `mil veces`, `cien veces`, `un millón de veces`, `a thousand times`: an
 * intensifier (`much rather`), no quantity a rendering could drop.
 */
function hyperbole(toks: BridgeSentence['tokens'], k: number): boolean {
  if (!HYPERBOLIC.has(toks[k].norm)) return false;
  const next = toks[k + 1]?.norm === 'de' ? toks[k + 2]?.norm : toks[k + 1]?.norm;
  return next === 'veces' || next === 'times';
}

/** Tokens of `run` that a number or date finding in `out` already covers on the run's side (offsets from `base`). */
function valuedNumerals(base: number, toks: BridgeSentence['tokens'], run: { side: 'es' | 'en'; items: Item[] }, out: QuoteFinding[]): Set<number> {
  const hit = new Set<number>();
  for (const it of run.items) {
    const a = base + toks[it.k].start;
    const b = base + toks[it.k].end;
    for (const f of out) {
      if (f.type !== 'number' && f.type !== 'date') continue;
      const s = run.side === 'es' ? f.es : f.en;
      if (s && s.start < b && a < s.end) hit.add(it.k);
    }
  }
  return hit;
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

