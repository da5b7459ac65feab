/**
 * Finds the Spanish span an English quote renders, anywhere in the source and in any order.
 * @module
 */
import { DEFAULT_BRIDGE_OPTIONS } from '../../lexicon/BridgeOptions.js';
import { linkStrengths, type LinkMatrix } from '../../lexicon/linkStrengths.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { linkIdioms } from '../../lexicon/idioms/linkIdioms.js';
import type { SourceModel } from './SourceModel.js';
import type { Span } from '../../types.js';

/** Tunable thresholds of the source search (exported so the evaluation can report them). */
export interface SourceSearchOptions {
  /** A token pair links at or above this strength. Default 0.3. */
  linkStrength: number;
  /** Quotes with this many content tokens or more are searched on their own words. Default 3. */
  longQuoteTokens: number;
  /** Least share of a long quote's weighted tokens rendered inside the span. Default 0.45. */
  minCoverage: number;
  /** Least balanced score (harmonic mean of quote coverage and span precision) of a long quote's span. Default 0.3. */
  minScore: number;
  /** Least context score (the quote's English sentence against the source unit) for a short quote. Default 0.3. */
  minContext: number;
  /**
   * When set: longest stretch of the span from its first to its last token that renders a quote word, relative
   * to the quote's token count, accepted for a long quote with half or fewer of its content words rendered (see {@link SPREAD_RATIO}); a longer one is a scattered match and the quote is
   * unsourced. Off by default (not yet cleared against every gated figure).
   */
  spreadRatio?: number;
}

/** Defaults of {@link SourceSearchOptions}. */
export const DEFAULT_SOURCE_SEARCH: Readonly<SourceSearchOptions> = Object.freeze({
  linkStrength: 0.3,
  longQuoteTokens: 3,
  minCoverage: 0.45,
  minScore: 0.3,
  minContext: 0.3,
});

/** The span found for a quote. */
export interface SourceMatch {
  /** First and after-last token index of the span in `source.prepared`. */
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets into `source.text`. */
  start: number;
  end: number;
  /** Index of the source unit the span starts in. */
  unit: number;
  /** Share of the quote's weighted tokens rendered inside the span. */
  coverage: number;
  /** Harmonic mean of coverage and the span's own linked share. */
  score: number;
  /** How the span was found. */
  via: 'quote' | 'context';
  /** True when the span is a whole quoted passage of the source (its edges are the speaker's, not the window's). */
  whole?: boolean;
  /** True for a short partial quote (fewer content words than `longQuoteTokens`): compared on values, names and negation only. */
  short: boolean;
}

/** Link matrix of the English context (the sentences around the quote) against the source, cached per context. */
export interface ContextLinks {
  prepared: BridgeSentence;
  matrix: LinkMatrix;
  /** Per source unit: balanced coverage of the context against the unit. */
  unitScore: Float32Array;
}

/**
 * Links a prepared English text against the whole source: word links through the bridge, and the words of a
 * common English idiom (“lowering the bar”) to a usual Spanish rendering of it (“bajando la exigencia”).
 */
export function linkAgainstSource(en: BridgeSentence, source: SourceModel): LinkMatrix {
  const m = linkStrengths(en, source.prepared, DEFAULT_BRIDGE_OPTIONS, false);
  linkIdioms(en, source.prepared, m);
  return m;
}

/** Per-unit balanced coverage of an English context against each source unit. */
export function contextLinks(ctx: BridgeSentence, source: SourceModel): ContextLinks {
  const m = linkAgainstSource(ctx, source);
  const unitScore = new Float32Array(source.units.length);
  const rows = m.rows;
  const cols = m.cols;
  const sp = source.prepared;
  const rowMax = new Float32Array(rows);
  source.units.forEach((u, ui) => {
    if (u.tokenEnd <= u.tokenStart || ctx.totalWeight <= 0) return;
    rowMax.fill(0);
    let colW = 0;
    let colCov = 0;
    for (let j = u.tokenStart; j < u.tokenEnd; j++) {
      let best = 0;
      for (let i = 0; i < rows; i++) {
        const s = m.strength[i * cols + j];
        if (s > best) best = s;
        if (s > rowMax[i]) rowMax[i] = s;
      }
      colW += sp.weight[j];
      colCov += best * sp.weight[j];
    }
    let rowCov = 0;
    for (let i = 0; i < rows; i++) rowCov += rowMax[i] * ctx.weight[i];
    const a = rowCov / ctx.totalWeight;
    const b = colW > 0 ? colCov / colW : 0;
    unitScore[ui] = a + b > 0 ? (2 * a * b) / (a + b) : 0;
  });
  return { prepared: ctx, matrix: m, unitScore };
}

/**
 * Searches the source for the span a quote renders. `quote` is the prepared quote, `m` its link matrix against
 * the source (see {@link linkAgainstSource}), `ctx` the links of its English context, `oneSentence` false for a
 * quote of several sentences (it then takes a whole quoted passage, not from the sentence it starts rendering). Returns
 * null when no span renders it well enough (then the quote is unsourced).
 */
export function findSourceSpan(
  quote: BridgeSentence,
  m: LinkMatrix,
  ctx: ContextLinks | null,
  source: SourceModel,
  options: SourceSearchOptions = DEFAULT_SOURCE_SEARCH,
  oneSentence = true,
): SourceMatch | null {
  const rows = m.rows;
  const cols = m.cols;
  const sp = source.prepared;
  const units = source.units;
  if (rows === 0 || cols === 0 || quote.totalWeight <= 0 || units.length === 0) return null;
  let contentTokens = 0;
  for (let i = 0; i < rows; i++) if (!quote.stop[i]) contentTokens++;
  // A quote of function words only (“as it was”): its words are its content.
  const allStop = contentTokens === 0;
  const W = quote.totalWeight;

  // Per-unit coverage of the quote, to pick candidate units.
  const unitCov = new Float32Array(units.length);
  const rowMax = new Float32Array(rows);
  units.forEach((u, ui) => {
    if (u.tokenEnd <= u.tokenStart) return;
    rowMax.fill(0);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let best = 0;
      for (let j = u.tokenStart; j < u.tokenEnd; j++) {
        const s = m.strength[base + j];
        if (s > best) best = s;
      }
      rowMax[i] = best;
    }
    let cov = 0;
    for (let i = 0; i < rows; i++) cov += rowMax[i] * quote.weight[i];
    unitCov[ui] = cov / W;
  });

  const short = allStop || contentTokens < options.longQuoteTokens;
  const rank = units.map((_, ui) => ui);
  const relevance = (ui: number): number => unitCov[ui] + (ctx ? (short ? 1.5 : 0.5) * ctx.unitScore[ui] : 0);
  rank.sort((a, b) => relevance(b) - relevance(a));

  if (short) return shortQuote(quote, m, ctx, source, rank.slice(0, 3), options, true, allStop);
  const byQuote = longQuote(quote, m, source, rank, unitCov, options, ctx, oneSentence);
  if (byQuote === SCATTERED) return null;
  if (byQuote) return byQuote;
  // Not rendered on its own words (an added clause, a loose rendering): the words it renders in the unit
  // that matches its English sentence.
  const ctxRank = ctx ? units.map((_, ui) => ui).sort((a, b) => ctx.unitScore[b] - ctx.unitScore[a]).slice(0, 2) : [];
  return shortQuote(quote, m, ctx, source, ctxRank, options, false);
}

/** What {@link longQuote} returns for a quote whose best window is a scattered match (no fallback search). */
const SCATTERED = 'scattered' as const;

function longQuote(
  quote: BridgeSentence,
  m: LinkMatrix,
  source: SourceModel,
  rank: number[],
  unitCov: Float32Array,
  options: SourceSearchOptions,
  ctx: ContextLinks | null,
  oneSentence: boolean,
): SourceMatch | typeof SCATTERED | null {
  const rows = m.rows;
  const units = source.units;

  let best: SourceMatch | null = null;
  const seen = new Set<number>();
  const span = Math.max(1, Math.ceil(rows / 25));
  for (const ui of rank.slice(0, 3)) {
    if (unitCov[ui] <= 0) break;
    const lo = units[Math.max(0, ui - span)].tokenStart;
    const hi = units[Math.min(units.length - 1, ui + span)].tokenEnd;
    for (let a = lo; a < hi; a++) {
      if (!source.clauseStart[a] || seen.has(a)) continue;
      seen.add(a);
      const cand = bestWindowFrom(a, hi, quote, m, source);
      if (cand && (!best || cand.score > best.score + 1e-6)) best = cand;
    }
  }
  if (!best || best.score < options.minScore * 0.75) return null;
  const dense = denseCore(best, quote, m, options);
  if (best.coverage < options.minCoverage && !dense) return null;
  // Function words link easily (the → la, a → un): at least a third of the quote's content words must be rendered.
  const share = contentShare(best, quote, m, options);
  if (share < 0.33 && !dense) return null;
  // Half or fewer of the content words rendered: only where the quote's English sentence matches the unit too
  // (a loose rendering), not a sentence that merely shares a few words with another speaker's quote.
  if (share < 0.5 && !dense && !(ctx && ctx.unitScore[best.unit] >= options.minContext)) return null;
  if (best.score < options.minScore && !dense) return null;
  // Half or fewer of the content words rendered, scattered over a span far longer than the quote: a passage that
  // shares a few names and words with it (another speaker on the same subject), not its translation.
  // Final: the context fallback would only find a piece of that same passage.
  if (options.spreadRatio !== undefined && share <= 0.5 && !dense && linkedExtent(best, quote, m, options) > options.spreadRatio * rows) return SCATTERED;
  return expandToQuoted(best, quote, m, source, options, oneSentence);
}

/**
 * Tokens from the first to the last span token that renders a content word of the quote: the window itself starts
 * at a clause start, so it may open on words the quote does not render (`el paro está causando un daño real, que
 * se agrava…` for `that harm grows…`), which says nothing about how scattered the rendering is.
 */
function linkedExtent(w: SourceMatch, quote: BridgeSentence, m: LinkMatrix, options: SourceSearchOptions): number {
  let first = -1;
  let last = -1;
  for (let j = w.tokenStart; j < w.tokenEnd; j++) {
    for (let i = 0; i < m.rows; i++) {
      if (quote.stop[i] || m.strength[i * m.cols + j] < options.linkStrength) continue;
      if (first < 0) first = j;
      last = j;
      break;
    }
  }
  return first < 0 ? 0 : last - first + 1;
}

/**
 * Whether a contiguous part of the quote (at least {@link CORE_MIN_TOKENS} content words, most of them
 * rendered) is rendered by the window: a quote with an added clause still has its source.
 */
function denseCore(w: SourceMatch, quote: BridgeSentence, m: LinkMatrix, options: SourceSearchOptions): boolean {
  const rows = m.rows;
  const cols = m.cols;
  let bestSum = 0;
  let sum = 0;
  let hits = 0;
  let bestHits = 0;
  for (let i = 0; i < rows; i++) {
    if (quote.stop[i]) continue;
    let r = 0;
    for (let j = w.tokenStart; j < w.tokenEnd; j++) {
      const s = m.strength[i * cols + j];
      if (s > r) r = s;
    }
    const ok = r >= options.linkStrength;
    if (sum <= 0) {
      sum = 0;
      hits = 0;
    }
    sum += ok ? 1 : -1.5;
    if (ok) hits++;
    if (sum > bestSum) {
      bestSum = sum;
      bestHits = hits;
    }
  }
  return bestHits >= CORE_MIN_TOKENS;
}

/**
 * Whether the quote's first or last two content words are rendered in the unit: the rest may be an added clause
 * (“looking like muppets, and every family will pay”).
 */
function renderedEdge(quote: BridgeSentence, m: LinkMatrix, lo: number, hi: number, options: SourceSearchOptions): boolean {
  const content: boolean[] = [];
  for (let i = 0; i < m.rows; i++) {
    if (quote.stop[i] || quote.tokens[i].kind === 'number') continue;
    content.push(rowRendered(m, i, lo, hi, options.linkStrength));
  }
  const n = content.length;
  return n >= 2 && ((content[0] && content[1]) || (content[n - 1] && content[n - 2]));
}

/** Whether quote token `i` links at `min` or more to a source token of `[lo, hi)`. */
function rowRendered(m: LinkMatrix, i: number, lo: number, hi: number, min: number): boolean {
  for (let j = lo; j < hi; j++) if (m.strength[i * m.cols + j] >= min) return true;
  return false;
}

/** Whether tokens `[a, b)` of a prepared sentence hold a content word (not a stop word, number or code). */
function hasContentWord(side: BridgeSentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!side.stop[k] && side.tokens[k].kind === 'word') return true;
  return false;
}

/** Share of the quote's content words (not function words or numbers) rendered inside the window. */
function contentShare(w: SourceMatch, quote: BridgeSentence, m: LinkMatrix, options: SourceSearchOptions): number {
  let n = 0;
  let ok = 0;
  for (let i = 0; i < m.rows; i++) {
    if (quote.stop[i] || quote.tokens[i].kind === 'number') continue;
    n++;
    if (rowRendered(m, i, w.tokenStart, w.tokenEnd, options.linkStrength)) ok++;
  }
  return n === 0 ? 1 : ok / n;
}

/**
 * Suggested {@link SourceSearchOptions.spreadRatio}: longest rendered stretch of a span, relative to the quote's token count, accepted for
 * a quote with half or fewer of its content words rendered (a translation runs about as long as its original;
 * Spanish a little longer).
 */
export const SPREAD_RATIO = 1.6;

/** Least number of rendered content words in the dense part of a quote (see {@link denseCore}). */
export const CORE_MIN_TOKENS = 4;

/** The best window starting at token `a` and ending at a clause end before `hi`. */
function bestWindowFrom(a: number, hi: number, quote: BridgeSentence, m: LinkMatrix, source: SourceModel): SourceMatch | null {
  const rows = m.rows;
  const cols = m.cols;
  const sp = source.prepared;
  const W = quote.totalWeight;
  const rowMax = new Float32Array(rows);
  let cov = 0;
  let winW = 0;
  let winCov = 0;
  let best: SourceMatch | null = null;
  for (let b = a; b < hi; b++) {
    let colBest = 0;
    for (let i = 0; i < rows; i++) {
      const s = m.strength[i * cols + b];
      if (s > colBest) colBest = s;
      if (s > rowMax[i]) {
        cov += (s - rowMax[i]) * quote.weight[i];
        rowMax[i] = s;
      }
    }
    winW += sp.weight[b];
    winCov += colBest * sp.weight[b];
    const atEnd = b + 1 >= hi || source.clauseStart[b + 1] === 1;
    if (!atEnd) continue;
    const c = cov / W;
    const p = winW > 0 ? winCov / winW : 0;
    const score = c + p > 0 ? (2 * c * p) / (c + p) : 0;
    if (!best || score > best.score + 1e-6) {
      best = {
        tokenStart: a,
        tokenEnd: b + 1,
        start: sp.tokens[a].start,
        end: sp.tokens[b].end,
        unit: source.unitOf[a],
        coverage: c,
        score,
        via: 'quote',
        short: false,
      };
    }
  }
  return best;
}

/**
 * A window mostly inside a quoted passage of the source becomes that passage (the innermost one that holds it:
 * a quotation the speaker quotes), from the sentence where its rendered words start: an English report may split
 * one Spanish passage into two quotes around its attribution (`“…we'll hit the target easily,” he said. “We're not
 * asking anyone to stop showering.”`). A window holding less of it becomes the passage when the rest is the quote's
 * own edge said otherwise ({@link saidOtherwiseAtEdges}).
 */
function expandToQuoted(w: SourceMatch, quote: BridgeSentence, m: LinkMatrix, source: SourceModel, options: SourceSearchOptions, oneSentence: boolean): SourceMatch {
  const sp = source.prepared;
  // The passages that hold the window, innermost first (a quotation quoted inside a speaker's passage).
  const holding: Span[] = [];
  for (const q of source.quoted) {
    if (q.start > w.start) break;
    if (q.end >= w.end) holding.push(q);
  }
  holding.sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const q of holding) {
    // The window lies inside q: expand when it already holds at least half of the weight of q from the sentence
    // where its rendered words start.
    const [qa, qb] = passageTokens(sp, q, w.tokenStart);
    if (qb <= qa) continue;
    // A quote of several sentences may render its first one loosely: it takes the whole passage.
    const sa = oneSentence ? fromRenderedSentence(source, qa, qb, w, m, options) : qa;
    if (heldShare(sp, sa, qb, w) >= 0.5) {
      return { ...w, tokenStart: sa, tokenEnd: qb, start: sp.tokens[sa].start, end: sp.tokens[qb - 1].end, whole: true };
    }
  }
  // A window that holds less than half of its passage: the whole passage when the rest is the quote's own edge said
  // otherwise (see saidOtherwiseAtEdges).
  if (holding.length > 0) {
    const q = holding[0];
    const [qa, qb] = passageTokens(sp, q, w.tokenStart);
    if (qb > qa && saidOtherwiseAtEdges(w, qa, qb, quote, m, source, options)) {
      return { ...w, tokenStart: qa, tokenEnd: qb, start: sp.tokens[qa].start, end: sp.tokens[qb - 1].end, whole: true };
    }
  }
  const passage = passageAcrossUnits(w, quote, m, source, options);
  return passage ?? trim(w, m, source, options);
}

/** Length of a Spanish rendering over its English original, in characters, for news prose. */
const LENGTH_RATIO = 1.15;

/**
 * Whether the parts of passage `[qa, qb)` outside the window are the quote's own edge said otherwise: on each side
 * where the passage runs past the window, the quote has content words before its first (after its last) word
 * rendered inside the window, and the whole passage matches the quote's length better than the window does (`I'm
 * not going to walk away, because I believe in these players` / `No voy a dar un paso al costado, porque creo en
 * estos jugadores`, where the window holds only the second clause).
 */
function saidOtherwiseAtEdges(w: SourceMatch, qa: number, qb: number, quote: BridgeSentence, m: LinkMatrix, source: SourceModel, options: SourceSearchOptions): boolean {
  const sp = source.prepared;
  const before = hasContentWord(sp, qa, w.tokenStart);
  const after = hasContentWord(sp, w.tokenEnd, qb);
  if (!before && !after) return false;
  let first = -1;
  let last = -1;
  for (let i = 0; i < m.rows; i++) {
    if (quote.stop[i] || !rowRendered(m, i, w.tokenStart, w.tokenEnd, options.linkStrength)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return false;
  // The quote's words outside its rendered stretch are where the passage's rest is said otherwise.
  if (before && !hasContentWord(quote, 0, first)) return false;
  if (after && !hasContentWord(quote, last + 1, m.rows)) return false;
  const enLen = quote.tokens[m.rows - 1].end - quote.tokens[0].start;
  const fit = (a: number, b: number): number => Math.abs(Math.log((sp.tokens[b - 1].end - sp.tokens[a].start) / Math.max(1, enLen) / LENGTH_RATIO));
  return fit(qa, qb) < Math.log(1.35) && fit(qa, qb) < fit(w.tokenStart, w.tokenEnd);
}

/**
 * Passage tokens `[qa, qb)` from the start of the sentence holding the window's first rendered content word (the
 * whole passage when the window renders no content word): a window that starts on function words at the end of
 * the previous sentence (`a la meta sin problema. No le estamos pidiendo…` for `We're not asking anyone…`) does not
 * take that sentence in. The end stays the passage's: a translator splits a long sentence in two, and the second
 * may be rendered loosely (clipping it was measured: one more NTREX false alarm).
 */
function fromRenderedSentence(source: SourceModel, qa: number, qb: number, w: SourceMatch, m: LinkMatrix, options: SourceSearchOptions): number {
  const sp = source.prepared;
  for (let j = Math.max(qa, w.tokenStart); j < Math.min(qb, w.tokenEnd); j++) {
    if (sp.stop[j] || !linkedAt(m, j, options.linkStrength)) continue;
    let sa = j;
    while (sa > qa && !/[.!?…]/u.test(source.text.slice(sp.tokens[sa - 1].end, sp.tokens[sa].start))) sa--;
    return sa;
  }
  return qa;
}

/**
 * Whether source token `j` links at `min` or more to a quote token that no token of `[qa, qb)` renders as well: a
 * word outside a passage that only repeats what the passage already renders adds nothing.
 */
function linkedBeyond(m: LinkMatrix, j: number, min: number, qa: number, qb: number): boolean {
  for (let i = 0; i < m.rows; i++) {
    const s = m.strength[i * m.cols + j];
    if (s < min) continue;
    let inside = 0;
    for (let k = qa; k < qb; k++) if (m.strength[i * m.cols + k] > inside) inside = m.strength[i * m.cols + k];
    if (inside < s) return true;
  }
  return false;
}

/** Whether source token `j` links to some quote token at `min` or more. */
function linkedAt(m: LinkMatrix, j: number, min: number): boolean {
  for (let i = 0; i < m.rows; i++) if (m.strength[i * m.cols + j] >= min) return true;
  return false;
}

/** Token range `[qa, qb)` of the quoted passage `q` that holds token `at`. */
function passageTokens(sp: BridgeSentence, q: Span, at: number): [number, number] {
  let qa = at;
  while (qa > 0 && sp.tokens[qa - 1].start >= q.start) qa--;
  let qb = at + 1;
  while (qb < sp.tokens.length && sp.tokens[qb].end <= q.end) qb++;
  return [qa, qb];
}

/** Share of the weight of tokens `[qa, qb)` that lies inside the window `w` (0 when they weigh nothing). */
function heldShare(sp: BridgeSentence, qa: number, qb: number, w: SourceMatch): number {
  let qW = 0;
  let wW = 0;
  for (let j = qa; j < qb; j++) {
    qW += sp.weight[j];
    if (j >= w.tokenStart && j < w.tokenEnd) wW += sp.weight[j];
  }
  return qW > 0 ? wW / qW : 0;
}

/**
 * Least score of a window that {@link passageAcrossUnits} may widen to a passage: below it the window is a loose
 * match (an invented quote sharing a few words with the source), and a passage would lend it a speaker's edges.
 */
const PASSAGE_SNAP_SCORE = 0.4;

/** Share of a passage's weight inside a window from which the window holds the whole passage. */
const WHOLE_PASSAGE = 0.95;
/** Least link strength of a word's own translation (weaker links are a secondary sense: `side` ~ `cara`). */
const STRONG_LINK = 0.9;

/**
 * A window that holds most of a quoted passage and runs over into a neighbouring sentence outside it (the end of
 * the previous sentence, “…”, comentó entre risas. “Si hubo debate…”) is that passage, when the sentence it runs
 * into renders at most one content word of the quote: a chance link (comentó ~ start), not the quote's words.
 * A window that runs on in the passage's own sentence (Roake aseguró que «jamás en la vida» había puesto un pie…)
 * is left as it is: there the words outside the marks are the quote's too. A window that holds the whole passage,
 * which renders half the quote's content words or more, counts outside it only words that translate a quote word
 * better than the passage does (strong links), and `», declaró.` after the marks does not make the passage's
 * sentence the quote's. The span keeps the window's unit (the one its English context was matched against).
 */
function passageAcrossUnits(w: SourceMatch, quote: BridgeSentence, m: LinkMatrix, source: SourceModel, options: SourceSearchOptions): SourceMatch | null {
  if (w.score < PASSAGE_SNAP_SCORE) return null;
  const sp = source.prepared;
  for (const q of source.quoted) {
    if (q.start >= w.end) break;
    if (q.end <= w.start) continue;
    let from = w.tokenStart;
    while (from < sp.tokens.length && sp.tokens[from].start < q.start) from++;
    if (from >= sp.tokens.length || sp.tokens[from].end > q.end) continue;
    const [qa, qb] = passageTokens(sp, q, from);
    const unit = source.unitOf[qa];
    if (source.unitOf[qb - 1] !== unit) continue;
    const held = heldShare(sp, qa, qb, w);
    if (held < 0.5) continue;
    // A window that holds the whole passage, which renders most of the quote's content words on its own: words
    // outside it count only where they translate a quote word the passage does not render as well (a secondary
    // sense, `side` ~ `cara`, or a repeat, `Preguntada` for the `asked` that `pedido` renders, is chance), and a word
    // of the passage's own sentence makes that sentence the quote's only when it is such a word (`», declaró.` is not).
    const whole = held >= WHOLE_PASSAGE && contentShare({ ...w, tokenStart: qa, tokenEnd: qb }, quote, m, options) >= 0.5;
    let outsideContent = 0;
    let sameUnit = false;
    for (let j = w.tokenStart; j < w.tokenEnd; j++) {
      if (j >= qa && j < qb) continue;
      const linked = !sp.stop[j] && (whole ? linkedBeyond(m, j, STRONG_LINK, qa, qb) : linkedAt(m, j, options.linkStrength));
      if (source.unitOf[j] === unit && (linked || !whole)) sameUnit = true;
      if (linked) outsideContent++;
    }
    if (sameUnit || outsideContent > 1) continue;
    return { ...w, tokenStart: qa, tokenEnd: qb, start: sp.tokens[qa].start, end: sp.tokens[qb - 1].end, whole: true };
  }
  return null;
}

/**
 * Trims a window to the words the quote renders: unrendered words at its edges belong to the sentence, not to
 * the quote (negation cues are kept: “No vamos…” must stay in the span of “We are going…”).
 */
function trim(w: SourceMatch, m: LinkMatrix, source: SourceModel, options: SourceSearchOptions): SourceMatch {
  const sp = source.prepared;
  const rendered = (j: number): boolean => {
    for (let i = 0; i < m.rows; i++) if (m.strength[i * m.cols + j] >= options.linkStrength) return true;
    return NEGATION_ES.has(sp.tokens[j].norm);
  };
  let a = w.tokenStart;
  let b = w.tokenEnd;
  while (a < b - 1 && !rendered(a)) a++;
  while (b - 1 > a && !rendered(b - 1)) b--;
  if (a === w.tokenStart && b === w.tokenEnd) return w;
  return { ...w, tokenStart: a, tokenEnd: b, start: sp.tokens[a].start, end: sp.tokens[b - 1].end };
}

/** A quotation mark (a passage's edge). */
const QUOTE_MARK = /[«»“”"‘’‹›]/u;

const NEGATION_ES = new Set(['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie', 'nada', 'ninguno', 'ninguna', 'ningun']);

/**
 * A short quote (one or two content words: “froze”, “lies”) maps to the Spanish word(s) it renders in the
 * source unit most relevant to its English context, or to nothing.
 */
function shortQuote(
  quote: BridgeSentence,
  m: LinkMatrix,
  ctx: ContextLinks | null,
  source: SourceModel,
  candidates: number[],
  options: SourceSearchOptions,
  short: boolean,
  allStop = false,
): SourceMatch | null {
  const rows = m.rows;
  const cols = m.cols;
  const sp = source.prepared;
  let best: SourceMatch | null = null;
  let bestRel = -1;
  for (const ui of candidates) {
    const u = source.units[ui];
    const ctxScore = ctx ? ctx.unitScore[ui] : 0;
    // Without a context that matches the unit, a short quote is only sourced by an exact verbatim match.
    let lo = -1;
    let hi = -1;
    let cov = 0;
    let contentLinked = 0;
    let contentTotal = 0;
    let identical = true;
    for (let i = 0; i < rows; i++) {
      let bj = -1;
      let bs = 0;
      for (let j = u.tokenStart; j < u.tokenEnd; j++) {
        const s = m.strength[i * cols + j];
        if (s > bs) {
          bs = s;
          bj = j;
        }
      }
      const content = allStop ? true : !quote.stop[i];
      // Numbers never link to a different number: they do not decide whether the words are rendered.
      if (content && quote.tokens[i].kind !== 'number') {
        contentTotal++;
        if (bs >= (allStop ? 0.6 : options.linkStrength)) contentLinked++;
        if (!(bs >= 1 && m.via[i * cols + bj] === 1)) identical = false;
      }
      cov += bs * quote.weight[i];
      if (bj >= 0 && (allStop ? bs >= 0.9 : bs >= options.linkStrength && (!quote.stop[i] || rows <= 2))) {
        if (lo < 0 || bj < lo) lo = bj;
        if (bj + 1 > hi) hi = bj + 1;
      }
    }
    if (contentTotal === 0 || lo < 0) continue;
    if (short ? contentLinked < contentTotal && !(contentLinked * 2 >= contentTotal && ctxScore >= 0.5) && !(allStop && contentLinked * 3 >= contentTotal * 2) : contentLinked < 2 || (contentLinked < 0.5 * contentTotal && !(ctxScore >= 0.45 && renderedEdge(quote, m, u.tokenStart, u.tokenEnd, options)))) continue;
    // A number of the quote takes the source's number next to the words it renders (“40,000 people” → “400.000 personas”).
    if (quote.tokens.some((t) => t.kind === 'number')) {
      for (let j = Math.max(u.tokenStart, lo - 3); j < Math.min(u.tokenEnd, hi + 3); j++) {
        if (sp.tokens[j].kind !== 'word') {
          if (j < lo) lo = j;
          if (j + 1 > hi) hi = j + 1;
        }
      }
    }
    // Function words of the quote (negations: “neither” → “ni”) linked near the content words widen the span: the
    // nearest such link, never across a quotation mark (`vende a su delantero: «Nadie quería…»`: the `a` before the
    // passage is narration's).
    const coreLo = lo;
    const coreHi = hi;
    for (let i = 0; i < rows; i++) {
      if (!quote.stop[i]) continue;
      let near = -1;
      for (let j = Math.max(u.tokenStart, coreLo - rows); j < Math.min(u.tokenEnd, coreHi + rows); j++) {
        if (m.strength[i * cols + j] < 0.6) continue;
        if (j >= coreLo && j < coreHi) {
          near = -1;
          break;
        }
        const gap = j < coreLo ? source.text.slice(sp.tokens[j].end, sp.tokens[coreLo].start) : source.text.slice(sp.tokens[coreHi - 1].end, sp.tokens[j].start);
        if (QUOTE_MARK.test(gap)) continue;
        if (near < 0 || Math.abs(j - coreLo) < Math.abs(near - coreLo)) near = j;
      }
      if (near < 0) continue;
      if (near < lo) lo = near;
      if (near + 1 > hi) hi = near + 1;
    }
    const coverage = cov / quote.totalWeight;
    const okContext = ctxScore >= options.minContext;
    const okVerbatim = short && identical && contentTotal >= 2;
    // A set phrase rendered word for word (“good news” → “buena noticia”, “as it was” → “tal como estaba”):
    // at least two strong links, side by side in the source.
    let strong = 0;
    for (let i = 0; i < rows; i++) {
      let bs = 0;
      for (let j = u.tokenStart; j < u.tokenEnd; j++) if (m.strength[i * cols + j] > bs) bs = m.strength[i * cols + j];
      if (bs >= 0.9) strong++;
    }
    const okPhrase = short && strong >= 2 && strong * 3 >= rows * 2 && contentLinked * 3 >= contentTotal * 2 && hi - lo <= rows + 1;
    if (!okContext && !okVerbatim && !okPhrase) continue;
    // The linked words and the words between them (at most a few more than the quote has).
    if (hi - lo > 2 * rows + 4) continue;
    const rel = coverage + ctxScore;
    if (rel > bestRel) {
      bestRel = rel;
      best = {
        tokenStart: lo,
        tokenEnd: hi,
        start: sp.tokens[lo].start,
        end: sp.tokens[hi - 1].end,
        unit: ui,
        coverage,
        score: coverage,
        via: 'context',
        short,
      };
    }
  }
  if (!best) return null;
  // Inside a short quoted passage of the source: take the passage (“congeló”, “trámite exprés”).
  for (const q of source.quoted) {
    if (q.start > best.start) break;
    if (q.end < best.end) continue;
    let qa = best.tokenStart;
    while (qa > 0 && sp.tokens[qa - 1].start >= q.start) qa--;
    let qb = best.tokenEnd;
    while (qb < sp.tokens.length && sp.tokens[qb].end <= q.end) qb++;
    if (qb - qa <= best.tokenEnd - best.tokenStart + rows + 6) return { ...best, tokenStart: qa, tokenEnd: qb, start: sp.tokens[qa].start, end: sp.tokens[qb - 1].end };
  }
  return best;
}

/** Where a clause of an English quote may start: after `,;:—–` or before a coordinating/subordinating word. */
const CLAUSE_BREAK = /[,;:—–]\s+|\s(?=(?:and|but|or|because|while|when|which|who|so|as|although|though|whereas)\s)/giu;

/**
 * The clause-level parts of a quote worth searching on their own when the whole quote has no source: every
 * prefix and suffix of whole clauses with two content words or more (one word is too weak a sign), longest first,
 * and a first clause with one (`while you still can`, `not out of the woods`): on its own that is a short partial
 * quote, searched in the Spanish sentence its English sentence reports, as a whole short quote is. A quote with a
 * clause of its own (added by the reporter) still has the source of the clauses it renders.
 */
export function clauseParts(text: string, prepared: BridgeSentence): { start: number; end: number }[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index! + m[0].length;
    if (at > 0 && at < text.length) cuts.push(at);
  }
  if (cuts.length === 0) return [];
  const content = (a: number, b: number): number => {
    let n = 0;
    prepared.tokens.forEach((t, i) => {
      if (!prepared.stop[i] && t.kind === 'word' && t.start >= a && t.end <= b) n++;
    });
    return n;
  };
  const parts: { start: number; end: number; n: number }[] = [];
  for (const c of cuts) {
    const pre = text.slice(0, c).replace(/[\s,;:—–]+$/u, '');
    const lead = text.slice(c).length - text.slice(c).trimStart().length;
    parts.push({ start: 0, end: pre.length, n: content(0, pre.length) });
    parts.push({ start: c + lead, end: text.length, n: content(c + lead, text.length) });
  }
  return parts.filter((p) => (p.n >= 2 || (p.start === 0 && p.n >= 1)) && p.end > p.start).sort((a, b) => b.n - a.n || a.start - b.start);
}
