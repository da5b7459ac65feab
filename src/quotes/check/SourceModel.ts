/**
 * The Spanish source prepared once for every quote: its units (sentences), their speakers, the quoted
 * passages inside them, and the whole source tokenized and looked up in the lexicon.
 * @module
 */
import type { Sentence, Span } from '../../types.js';
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { getLexicon } from '../../lexicon/Lexicon.js';
import { findIdioms, idiomRenderings, IDIOM_STRENGTH } from '../../lexicon/idioms/linkIdioms.js';
import { sourceSpeakers, type UnitSpeaker } from './sourceSpeakers.js';
import { isOpeningContext } from '../extract/scanQuoteMarks.js';
import { isSpace } from '../extract/tokenizeContext.js';

/** A source unit: a Spanish sentence of the source with its speaker. */
export interface SourceUnit extends Span, UnitSpeaker {
  /** Paragraph index in the source text. */
  paragraph: number;
  /** Index of the unit's first token in {@link SourceModel.prepared}. */
  tokenStart: number;
  /** Index after the unit's last token. */
  tokenEnd: number;
}

/** The prepared source. */
export interface SourceModel {
  /** The text the source lives in (the Spanish file, or the English file that embeds it). */
  text: string;
  /** The Spanish units. */
  units: SourceUnit[];
  /** Quoted passages inside the units (marks excluded), sorted by start. */
  quoted: Span[];
  /** The source tokens (text outside the units blanked, so offsets are into `text`). */
  prepared: BridgeSentence;
  /** Unit index of every token. */
  unitOf: Int32Array;
  /** Token indices where a clause may start (unit starts, after , ; : — ( and quote marks). */
  clauseStart: Uint8Array;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’' };

/** Quoted passages (between paired marks, marks excluded) inside one unit. Linear scan, no regex. */
function quotedIn(text: string, start: number, end: number, out: Span[]): void {
  const stack: { close: string; at: number }[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"' && isOpeningContext(text[i - 1]) && !isSpace(text[i + 1])) {
      // A straight quote that can only open (after a space, before a word) while one is open: the open one was
      // never closed (a long quotation reopened where its paragraph break was lost); it does not close here.
      const k = stack.findIndex((s) => s.close === '"');
      if (k >= 0) stack.length = k;
      if (stack.length < 8) stack.push({ close: '"', at: i });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && c === top.close && !(c === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
      stack.pop();
      if (i > top.at + 1) out.push({ text: text.slice(top.at + 1, i), start: top.at + 1, end: i });
      continue;
    }
    const close = OPEN_CLOSE[c];
    if (close && stack.length < 8) {
      if (c === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) continue;
      if (c === '"' && stack.some((s) => s.close === '"')) continue;
      stack.push({ close, at: i });
    }
  }
}

/** Builds the source model from the source text and its Spanish units (`all`: every unit of that text). */
export function buildSource(text: string, units: readonly Sentence[], all: readonly Sentence[]): SourceModel {
  // Blank everything outside the units so token offsets stay offsets into `text`.
  let masked: string;
  if (units.length === all.length) masked = text;
  else {
    const parts: string[] = [];
    let at = 0;
    for (const u of units) {
      if (u.start > at) parts.push(' '.repeat(u.start - at));
      parts.push(text.slice(u.start, u.end));
      at = u.end;
    }
    if (text.length > at) parts.push(' '.repeat(text.length - at));
    masked = parts.join('');
  }
  const prepared = prepareBridgeSentence(masked, 'es');
  const speakers = sourceSpeakers(text, units, all);
  const toks = prepared.tokens;
  const unitOf = new Int32Array(toks.length).fill(-1);
  const clauseStart = new Uint8Array(toks.length);
  const out: SourceUnit[] = [];
  let k = 0;
  units.forEach((u, ui) => {
    while (k < toks.length && toks[k].start < u.start) k++;
    const t0 = k;
    while (k < toks.length && toks[k].end <= u.end) {
      unitOf[k] = ui;
      k++;
    }
    if (t0 < k) clauseStart[t0] = 1;
    out.push({ text: u.text, start: u.start, end: u.end, paragraph: u.paragraph, tokenStart: t0, tokenEnd: k, ...speakers[ui] });
  });
  for (let i = 1; i < toks.length; i++) {
    const gap = text.slice(toks[i - 1].end, toks[i].start);
    if (/[,;:()—–“”«»"]|\s-\s/u.test(gap)) clauseStart[i] = 1;
  }
  const quoted: Span[] = [];
  // Scan each paragraph's run of units at once: a quotation may span several sentences.
  for (let a = 0; a < units.length; ) {
    let b = a;
    while (b + 1 < units.length && units[b + 1].paragraph === units[a].paragraph) b++;
    quotedIn(text, units[a].start, units[b].end, quoted);
    a = b + 1;
  }
  quoted.sort((a, b) => a.start - b.start);
  return { text, units: out, quoted, prepared, unitOf, clauseStart };
}

/** A source restricted to some of its units (see {@link subsetSource}). */
export interface SourceSubset extends SourceModel {
  /** For each unit of the subset, its index in the full source. */
  unitIds: number[];
}

/**
 * The source restricted to `unitIds` (ascending): token arrays sliced and concatenated, so every search runs
 * on a few candidate sentences instead of the whole source. Token offsets stay offsets into `source.text`.
 */
export function subsetSource(source: SourceModel, unitIds: number[]): SourceSubset {
  if (unitIds.length === 0) {
    return { ...source, units: [], quoted: [], prepared: prepareBridgeSentence('', 'es'), unitOf: new Int32Array(0), clauseStart: new Uint8Array(0), unitIds: [] };
  }
  const chosen = unitIds.map((u) => source.units[u]);
  // The chosen units only, one after another (separated by a blank line so no token spans two), prepared
  // afresh so the bridge's internal tables stay consistent; token offsets are then mapped back into the text.
  const pieceStart: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const u of chosen) {
    pieceStart.push(at);
    parts.push(source.text.slice(u.start, u.end));
    at += u.end - u.start + 2;
  }
  const raw = prepareBridgeSentence(parts.join('\n\n'), 'es');
  let piece = 0;
  const tokens = raw.tokens.map((t) => {
    while (piece + 1 < pieceStart.length && t.start >= pieceStart[piece + 1]) piece++;
    const shift = chosen[piece].start - pieceStart[piece];
    return { ...t, start: t.start + shift, end: t.end + shift };
  });
  const prepared = { ...raw, tokens } as BridgeSentence;
  const unitOf = new Int32Array(tokens.length).fill(-1);
  const clauseStart = new Uint8Array(tokens.length);
  const units: SourceUnit[] = [];
  let k = 0;
  chosen.forEach((u, si) => {
    while (k < tokens.length && tokens[k].start < u.start) k++;
    const t0 = k;
    while (k < tokens.length && tokens[k].end <= u.end) {
      unitOf[k] = si;
      k++;
    }
    if (t0 < k) clauseStart[t0] = 1;
    units.push({ ...u, tokenStart: t0, tokenEnd: k });
  });
  for (let i = 1; i < tokens.length; i++) {
    if (clauseStart[i]) continue;
    const gap = source.text.slice(tokens[i - 1].end, tokens[i].start);
    if (/[,;:()—–“”«»"]|\s-\s/u.test(gap)) clauseStart[i] = 1;
  }
  const quoted = source.quoted.filter((q) => units.some((u) => q.start < u.end && u.start < q.end));
  return { text: source.text, units, quoted, prepared, unitOf, clauseStart, unitIds };
}

let postingsCache: WeakMap<SourceModel, { byId: Map<number, number[]>; byNorm: Map<string, number[]> }> = new WeakMap();

/** Units of each Spanish lexicon id and of each folded form (content tokens only), built once per source. */
function postings(source: SourceModel): { byId: Map<number, number[]>; byNorm: Map<string, number[]> } {
  let p = postingsCache.get(source);
  if (p) return p;
  const byId = new Map<number, number[]>();
  const byNorm = new Map<string, number[]>();
  const sp = source.prepared;
  const add = <K>(m: Map<K, number[]>, key: K, u: number): void => {
    const list = m.get(key);
    if (!list) m.set(key, [u]);
    else if (list[list.length - 1] !== u) list.push(u);
  };
  for (let j = 0; j < sp.tokens.length; j++) {
    const u = source.unitOf[j];
    if (u < 0) continue;
    if (sp.ids[j] >= 0) add(byId, sp.ids[j], u);
    add(byNorm, sp.tokens[j].norm, u);
  }
  p = { byId, byNorm };
  postingsCache.set(source, p);
  return p;
}

/** Resets the postings cache (tests). @internal */
export function resetPostings(): void {
  postingsCache = new WeakMap();
}

/**
 * The `k` source units most likely to render `en` (a quote or an English sentence), by a fast approximate
 * coverage: each content word of `en` counts for the units holding the same word or one of its lexicon
 * translations. Exact scoring then runs on these units only.
 */
export function candidateUnits(en: BridgeSentence, source: SourceModel, k: number): number[] {
  const nUnits = source.units.length;
  if (nUnits <= k) return source.units.map((_, i) => i);
  const { byId, byNorm } = postings(source);
  const lex = getLexicon();
  const score = new Float32Array(nUnits);
  const best = new Map<number, number>();
  let anyContent = false;
  for (let i = 0; i < en.tokens.length; i++) if (!en.stop[i]) anyContent = true;
  for (let i = 0; i < en.tokens.length; i++) {
    // Function words count only in a quote made of them alone (“as it was”).
    if (en.stop[i] && anyContent) continue;
    best.clear();
    const same = byNorm.get(en.tokens[i].norm);
    if (same) for (const u of same) best.set(u, 1);
    const id = en.ids[i];
    if (id >= 0) {
      for (let e = lex.rowStart[id]; e < lex.rowStart[id + 1]; e++) {
        let s = Math.max(lex.fwd[e], lex.bwd[e]) * 2.5;
        if (lex.wordnet[e] && s < 0.6) s = 0.6;
        if (s < 0.3) continue;
        if (s > 1) s = 1;
        const units = byId.get(lex.col[e]);
        if (!units) continue;
        for (const u of units) if ((best.get(u) ?? 0) < s) best.set(u, s);
      }
    }
    const w = en.weight[i];
    for (const [u, s] of best) score[u] += s * w;
  }
  // Idioms the lexicon cannot link word by word (`lowering the bar` / `bajando la exigencia`): the exact
  // scoring links them (see linkIdioms), so the units that hold a rendering count here too.
  for (const [k, occ] of findIdioms(en)) {
    const rendered = idiomRenderings(source.prepared, k);
    if (rendered.length === 0) continue;
    let w = 0;
    for (const i of occ[0]) if (!en.stop[i]) w += en.weight[i];
    for (const r of rendered) {
      const u = source.unitOf[r[0]];
      if (u >= 0) score[u] += IDIOM_STRENGTH * w;
    }
  }
  const order = source.units.map((_, i) => i).filter((i) => score[i] > 0);
  order.sort((a, b) => score[b] - score[a]);
  return order.slice(0, k);
}
