/**
 * Omissions and additions from a diff of linked tokens (the `diff` package's `diffArrays`).
 * @module
 */
import { diffArrays } from 'diff';
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import type { Locale } from '../../report/i18n.js';
import type { ComparePair, CompareOptions } from './ComparePair.js';
import { linkQuote, type Linked } from './linkQuote.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { scopeWording } from './scopeWording.js';
import { tackedOnClause } from './tackedOnClause.js';
import { span } from './tokenFinding.js';
import { NONFINITE_REPORTING_VERBS, SPANISH_REPORTING_VERBS } from '../extract/reportingWords.js';

/** Spanish reporting verbs, finite and non-finite (`dijo`, `añadió`, `señalando`). */
const REPORTING: ReadonlySet<string> = new Set([...SPANISH_REPORTING_VERBS, ...NONFINITE_REPORTING_VERBS]);

/** A content token in the diff. */
interface Item {
  /** Token index on its side. */
  k: number;
  /** Partner on the other side, or -1. */
  partner: number;
}

/** A run of consecutive unrendered content words on one side of the diff. */
interface Run {
  side: 'es' | 'en';
  items: Item[];
  hunk: number;
}

/** The runs of a diff, and per hunk the number of unrendered known content words on each side. */
interface DiffRuns {
  runs: Run[];
  hunkCount: { es: number; en: number }[];
}

/**
 * Omissions, additions and wording from a diff of linked tokens: the Spanish content tokens against the English
 * ones, a pair being equal when competitive linking joined them. Runs of unrendered content words are omissions
 * (Spanish side) or additions (English side); a single unrendered word facing a single unrendered word between
 * rendered neighbours is a wording change when the lexicon knows both words and does not pair them.
 *
 * When the pair has a {@link ComparePair.scope} (the speaker's whole passage that a sentence-like quote renders),
 * omissions are searched in the scope instead of the span, leaving out the words the English context renders
 * outside the quote; a gap past the span, or in a span found through the context, must be a clean one.
 */
export function diffFindings(p: ComparePair, L: Linked, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  const { pe } = L;
  const base = diffRuns(L, p.source.text, p.quote.text, o, null);
  if (p.confident) tackedOnClause(p, L, o, locale, out);
  // Omissions: against the scope when there is one.
  let esL = L;
  let esRuns = base;
  let esSpan = p.source;
  let mask: Uint8Array | null = null;
  if (p.scope && p.scope.end - p.scope.start > p.source.end - p.source.start) {
    const pf2 = prepareBridgeSentence(p.scope.text, 'es');
    esL = linkQuote(pe, pf2, 0.2);
    mask = contextMask(p, pf2, o);
    limitToSpan(mask, pf2, p.scope.text, p.source.start - p.scope.start, p.source.end - p.scope.start);
    esRuns = diffRuns(esL, p.scope.text, p.quote.text, o, mask);
    esSpan = p.scope;
  } else if (p.context && SENTENCE_END.test(p.source.text)) {
    // A span over several sentences (a passage that joins pieces the English quotes apart): a sentence the quote
    // renders nothing of and the English context renders is another piece's.
    const m = otherPieces(contextMask(p, L.pf, o), L, p.source.text, o);
    if (m) {
      mask = m;
      esRuns = diffRuns(L, p.source.text, p.quote.text, o, mask);
    }
  }
  // The quote must render closely the span it was matched to (not only words the wider scope happens to hold).
  if (p.confident && contentRendered(pe, L.bestE, o.linkStrength) >= 0.7) {
    const toks = esL.pf.tokens;
    const a = p.source.start - esSpan.start;
    const b = p.source.end - esSpan.start;
    for (const run of esRuns.runs) {
      if (run.side !== 'es') continue;
      // Past the span, the source is a part the window search left out for rendering it poorly: only a clean gap
      // there is an omission. So too in a span found through the quote's English sentence, not its own words.
      const outside = p.loose === true || run.items.some((it) => toks[it.k].start < a || toks[it.k].end > b);
      if (!reportable(run, esRuns, esL, esSpan.text, o, mask, outside)) continue;
      const es = span(p.src, esSpan.start + toks[run.items[0].k].start, esSpan.start + toks[run.items[run.items.length - 1].k].end);
      out.push(makeFinding('omission', { en: p.quote, es, expected: es.text }, locale));
    }
  }
  for (const run of base.runs) {
    if (run.side !== 'en' || !reportable(run, base, L, p.quote.text, o, null)) continue;
    const toks = pe.tokens;
    const en = span(p.en, p.quote.start + toks[run.items[0].k].start, p.quote.start + toks[run.items[run.items.length - 1].k].end);
    out.push(makeFinding('addition', { en, es: p.source, actual: en.text }, locale));
  }
  if (o.wording) scopeWording(p, L, locale, out);
}

/** Runs of unrendered content words on both sides of the diff of `L` (Spanish tokens set in `mask` left out). */
function diffRuns(L: Linked, esText: string, enText: string, o: CompareOptions, mask: Uint8Array | null): DiffRuns {
  const { pe, pf } = L;
  const es: Item[] = [];
  for (let j = 0; j < pf.tokens.length; j++) if (!pf.stop[j] && !(mask && mask[j])) es.push({ k: j, partner: L.partnerF[j] });
  const en: Item[] = [];
  for (let i = 0; i < pe.tokens.length; i++) if (!pe.stop[i]) en.push({ k: i, partner: L.partnerE[i] });
  const changes = diffArrays(es, en, { comparator: (a: Item, b: Item) => a.partner === b.k && a.partner >= 0 });
  const runs: Run[] = [];
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
    const text = side === 'es' ? esText : enText;
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
  return { runs, hunkCount };
}

/** Whether a run is a dropped or added clause rather than a loose rendering (`strict`: held to a clean gap). */
function reportable(run: Run, d: DiffRuns, L: Linked, text: string, o: CompareOptions, mask: Uint8Array | null, strict = false): boolean {
  const side = run.side === 'es' ? L.pf : L.pe;
  const toks = side.tokens;
  const known = run.items.filter((it) => side.ids[it.k] >= 0).length;
  // A dropped quantity (“en tres años”) matters even when short, and so does a dropped clause of two content
  // words (“y se unió al ejército”) at a clause boundary or an edge of the source. Not so on the English side:
  // two English words the lexicon does not pair are mostly an idiom (“call it a day”), not an added clause.
  // The narrator's interjection inside a passage (`«…—dijo la ministra—…»`) is attribution, not a dropped clause.
  if (run.side === 'es' && interjection(run, side, text)) return false;
  const numeric = run.items.some((it) => NUMERALS.has(toks[it.k].norm));
  const shaped = run.side === 'es' && clauseShaped(run, side, text, mask);
  // A two-word clause stands out in a short quote only (a long one has gaps of that size in any free rendering),
  // and only against three rendered words or more (one or two words align too loosely to place a gap).
  const nEn = contentWords(L.pe);
  const clause = !numeric && known < o.minRun && shaped && nEn >= 3 && nEn <= SHORT_QUOTE_WORDS;
  if (known < (numeric || clause ? 2 : o.minRun)) return false;
  // Past the span, only a whole clause.
  if (strict && !shaped) return false;
  // Words unrendered on both sides at the same place are a loose rendering (or a gap of the lexicon), not an
  // omission or an addition: the other side must be mostly rendered there.
  const other = run.side === 'es' ? d.hunkCount[run.hunk].en : d.hunkCount[run.hunk].es;
  // A short clause only where the English has nothing unrendered facing it (else it is an idiom rendered freely).
  if (other * 2 > known || ((clause || strict) && other > 0)) return false;
  // A short clause shows only against an otherwise complete rendering: every known English content word is
  // rendered or paired, and most of the rest of the source is.
  if (clause && unrenderedKnown(L.pe, L.bestE, L.partnerE, o.linkStrength) > 0) return false;
  const best = run.side === 'es' ? L.bestF : L.bestE;
  return restCovered(side, best, run.items, o.linkStrength, mask) >= (clause || strict ? CLAUSE_REST : 0.6);
}

/** Whether a run opens with a reporting verb right after a dash, comma or parenthesis (`—dijo la ministra—`). */
function interjection(run: Run, side: BridgeSentence, text: string): boolean {
  const toks = side.tokens;
  const first = run.items[0].k;
  if (!REPORTING.has(toks[first].text.toLowerCase())) return false;
  const before = first > 0 ? text.slice(toks[first - 1].end, toks[first].start) : '';
  return /[—–,(]/u.test(before);
}

/** Most content words of a quote in which a two-word dropped clause is reported (see {@link reportable}). */
const SHORT_QUOTE_WORDS = 8;

/** Number of content words (not digits) of a side. */
function contentWords(side: BridgeSentence): number {
  let n = 0;
  for (let k = 0; k < side.tokens.length; k++) if (!side.stop[k] && side.tokens[k].kind === 'word') n++;
  return n;
}

/** Least share of the rest of the source rendered around a short dropped clause (see {@link reportable}). */
const CLAUSE_REST = 0.75;

/** Known content words (not digits) of a side neither rendered nor paired on the other side. */
function unrenderedKnown(side: BridgeSentence, best: Float32Array, partner: Int32Array, min: number): number {
  let n = 0;
  for (let k = 0; k < side.tokens.length; k++) {
    if (side.stop[k] || side.tokens[k].kind !== 'word' || side.ids[k] < 0) continue;
    if (best[k] < min && partner[k] < 0) n++;
  }
  return n;
}

/** Words that open a clause (Spanish and English conjunctions, relatives, gerund-free subordinators). */
const CLAUSE_OPENERS = new Set(
  ('y e pero sino que cuando mientras porque aunque si donde como pues entonces asi ' +
    'and but or because while when which who whom where although though if so then').split(' '),
);

/**
 * Whether a run is a clause of its own: it reaches an edge of the text, or it starts after a comma-like mark or a
 * conjunction or relative and ends at a mark or before a conjunction.
 */
function clauseShaped(run: Run, side: BridgeSentence, text: string, mask: Uint8Array | null): boolean {
  const toks = side.tokens;
  const first = run.items[0].k;
  const last = run.items[run.items.length - 1].k;
  const live = (j: number): boolean => !(mask && mask[j]);
  // Left: walk back over function words to the previous content word or the edge.
  let a = first - 1;
  let opener = false;
  while (a >= 0 && live(a) && side.stop[a] && !MARK.test(text.slice(toks[a].end, toks[a + 1].start))) {
    if (CLAUSE_OPENERS.has(toks[a].norm)) opener = true;
    a--;
  }
  const leftEdge = a < 0 || !live(a);
  const leftBound = opener || (a >= 0 && MARK.test(text.slice(toks[a].end, toks[a + 1].start)));
  let b = last + 1;
  while (b < toks.length && live(b) && side.stop[b] && !MARK.test(text.slice(toks[b - 1].end, toks[b].start))) b++;
  const rightEdge = b >= toks.length || !live(b);
  const rightBound = !rightEdge && (MARK.test(text.slice(toks[b - 1].end, toks[b].start)) || CLAUSE_OPENERS.has(toks[b].norm));
  return leftEdge || rightEdge || (leftBound && rightBound);
}

/** A clause boundary between two words. */
const MARK = /[,;:.!?…—–()"“”«»]/u;

/** A sentence end or a quotation mark between two words. */
const BREAK = /[.!?…]|["“”«»]/u;

const NUMERALS = new Set(
  ('dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta cien ciento mil millon millones ' +
    'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million millions billion').split(' '),
);

/**
 * Spanish tokens of the scope that the English context renders outside the quote (the attribution, the
 * narration around a quote that is part of a sentence): 1 for each such token.
 */
function contextMask(p: ComparePair, pf: BridgeSentence, o: CompareOptions): Uint8Array {
  const mask = new Uint8Array(pf.tokens.length);
  const c = p.context;
  if (!c || c.end <= c.start) return mask;
  // The context with the quote blanked (offsets kept).
  const a = Math.max(c.start, Math.min(p.quote.start, c.end));
  const b = Math.max(a, Math.min(p.quote.end, c.end));
  const text = p.en.slice(c.start, a) + ' '.repeat(b - a) + p.en.slice(b, c.end);
  if (!/\p{L}/u.test(text)) return mask;
  const pc = prepareBridgeSentence(text, 'en');
  const Lc = linkQuote(pc, pf, 0.2);
  for (let j = 0; j < pf.tokens.length; j++) {
    const i = Lc.partnerF[j];
    if (i >= 0 && !pc.stop[i] && !pf.stop[j] && Lc.strength[i * Lc.cols + j] >= o.linkStrength) mask[j] = 1;
  }
  return mask;
}

/**
 * Masks the scope's tokens beyond the nearest word the context renders on each side of the span (`[a, b)`,
 * offsets into `text`, the scope) and before a colon that precedes the span: a clause the quote drops adjoins
 * what it renders, while words past the narration belong to the narration's own sentence.
 */
function limitToSpan(mask: Uint8Array, pf: BridgeSentence, text: string, a: number, b: number): void {
  const toks = pf.tokens;
  let first = toks.findIndex((t) => t.start >= a);
  if (first < 0) first = toks.length;
  let last = first;
  while (last < toks.length && toks[last].end <= b) last++;
  for (let j = first - 1, cut = false; j >= 0; j--) {
    // A colon before the span ends the attribution or the speaker's label (“SECRETARIA DE SALUD: …”).
    if (mask[j] || (j + 1 < toks.length && /:/u.test(text.slice(toks[j].end, toks[j + 1].start)))) cut = true;
    if (cut) mask[j] = 1;
  }
  for (let j = last, cut = false; j < toks.length; j++) {
    if (mask[j]) cut = true;
    if (cut) mask[j] = 1;
  }
  // Inside the span, the quote's own words decide.
  for (let j = first; j < last; j++) mask[j] = 0;
}

/** A sentence end inside a span. */
const SENTENCE_END = /[.!?…]["”»]?\s/u;

/**
 * The tokens of the span's sentences that the quote renders nothing of while the context (`ctx`, see
 * {@link contextMask}) renders some: 1 for each; null when there are none.
 */
function otherPieces(ctx: Uint8Array, L: Linked, text: string, o: CompareOptions): Uint8Array | null {
  const { pf } = L;
  const toks = pf.tokens;
  const sentence = new Int32Array(toks.length);
  let id = 0;
  for (let j = 1; j < toks.length; j++) {
    if (SENTENCE_END.test(text.slice(toks[j - 1].end, toks[j].start) + ' ')) id++;
    sentence[j] = id;
  }
  const quoted = new Uint8Array(id + 1);
  const context = new Uint8Array(id + 1);
  for (let j = 0; j < toks.length; j++) {
    if (pf.stop[j] || toks[j].kind !== 'word') continue;
    if (L.bestF[j] >= o.linkStrength) quoted[sentence[j]] = 1;
    if (ctx[j]) context[sentence[j]] = 1;
  }
  let any = false;
  const mask = new Uint8Array(toks.length);
  for (let j = 0; j < toks.length; j++) {
    if (!quoted[sentence[j]] && context[sentence[j]]) {
      mask[j] = 1;
      any = true;
    }
  }
  return any ? mask : null;
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
  if (n === 0) return 0;
  return ok / n;
}

/**
 * Share of the side's content words outside `run` (and outside `mask`) that are rendered: a clean translation
 * around a gap.
 */
function restCovered(side: BridgeSentence, best: Float32Array, run: Item[], min: number, mask: Uint8Array | null): number {
  const inRun = new Set(run.map((it) => it.k));
  let n = 0;
  let ok = 0;
  for (let k = 0; k < side.tokens.length; k++) {
    if (side.stop[k] || inRun.has(k) || (mask && mask[k])) continue;
    n++;
    if (best[k] >= min) ok++;
  }
  return n === 0 ? 0 : ok / n;
}
