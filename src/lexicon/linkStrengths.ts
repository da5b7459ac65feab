/**
 * The token-by-token link strengths between a prepared English and a prepared Spanish sentence:
 * the shared core of {@link scorePrepared} and {@link linkTokens}.
 * @module
 */
import type { BridgeOptions } from './BridgeOptions.js';
import type { BridgeSentence } from './prepareBridgeSentence.js';
import { formSimilarity, COGNATE_THRESHOLD } from './cognateScore.js';
import { getLexicon, type Lexicon } from './Lexicon.js';

/** How a token link was made. */
export type LinkVia = 'identity' | 'lexicon' | 'cognate';

/** Codes of {@link LinkVia} in a {@link LinkMatrix}: 0 none, 1 identity, 2 lexicon, 3 cognate. */
export const VIA_CODES: readonly (LinkVia | null)[] = [null, 'identity', 'lexicon', 'cognate'];

/**
 * Link strengths between English token i and Spanish tokens j of a window `[lo[i], lo[i] + width)`
 * (row-major, cell `i * width + (j - lo[i])`), with how each was made and the IBM Model 1
 * translation probabilities in both directions. For ordinary inputs the window is the whole Spanish
 * side; when the grid would exceed {@link MAX_CELLS}, only a diagonal band is compared.
 * @internal
 */
export interface LinkMatrix {
  /** Strength in [0, 1] of each cell. */
  strength: Float32Array;
  /** {@link VIA_CODES} index of each cell. */
  via: Uint8Array;
  /** p(es_j | en_i) (0 if unknown; 1 for identical tokens). */
  fwd: Float32Array;
  /** p(en_i | es_j) (0 if unknown; 1 for identical tokens). */
  bwd: Float32Array;
  /** First Spanish token of each row's window. */
  lo: Int32Array;
  rows: number;
  cols: number;
  /** Window width (= cols unless banded). */
  width: number;
}

/**
 * Largest number of token pairs compared between two texts. Beyond it (about two texts of 1,400
 * words each) only a diagonal band of the token grid is compared, so time and memory stay bounded.
 */
export const MAX_CELLS = 2_000_000;

/** Strength of a lexicon link: p = max(p(es|en), p(en|es)) scaled so that p ≥ 1/LEX_SCALE links fully. */
export const LEX_SCALE = 2.5;
/** Strength of a WordNet lemma pair that the learned table does not support. */
export const WORDNET_STRENGTH = 0.6;
/** Strength of a cognate, times its similarity. */
export const COGNATE_STRENGTH = 0.9;

let buf: LinkMatrix = alloc(256, 16);
/** One zeroed buffer for the five arrays of a matrix (one allocation instead of five). */
function alloc(n: number, rows: number): LinkMatrix {
  const bytes = new ArrayBuffer(12 * n + 4 * rows + n);
  return {
    strength: new Float32Array(bytes, 0, n),
    fwd: new Float32Array(bytes, 4 * n, n),
    bwd: new Float32Array(bytes, 8 * n, n),
    lo: new Int32Array(bytes, 12 * n, rows),
    via: new Uint8Array(bytes, 12 * n + 4 * rows, n),
    rows: 0,
    cols: 0,
    width: 0,
  };
}

/**
 * Windows at least this wide are searched through the Spanish side's postings (token positions by lexicon id,
 * by hash and by first letter of the cognate form) instead of cell by cell: a whole source against a sentence.
 */
const POSTINGS_MIN_WIDTH = 48;

/** Token positions (ascending) of a prepared Spanish side by token hash and by cognate form's first letter. */
interface Postings {
  byHash: Map<number, number[]>;
  byFirst: Map<number, number[]>;
  /** Next position with the same lexicon id (-1 at the end of a chain); chains start at {@link idHead}. */
  nextSameId: Int32Array;
}

/** Postings per prepared side, keyed by its `hashes` array (shared by copies such as a source subset's). */
const postingsCache = new WeakMap<Int32Array, Postings>();

function addPosting(map: Map<number, number[]>, key: number, j: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [j]);
  else list.push(j);
}

function postingsOf(es: BridgeSentence): Postings {
  let p = postingsCache.get(es.hashes);
  if (p !== undefined) return p;
  const n = es.hashes.length;
  p = { byHash: new Map(), byFirst: new Map(), nextSameId: new Int32Array(n) };
  for (let j = 0; j < n; j++) {
    addPosting(p.byHash, es.hashes[j], j);
    if (es.firsts[j] >= 0) addPosting(p.byFirst, es.firsts[j], j);
  }
  postingsCache.set(es.hashes, p);
  return p;
}

/**
 * First position of each Spanish lexicon id in the side last loaded by {@link loadIdHeads}, valid where
 * `idStamp[id] === stamp` (so nothing is cleared between sides).
 */
let idHead = new Int32Array(0);
let idStamp = new Int32Array(0);
let stamp = 0;
let loadedIds: Int32Array | null = null;

/** Points {@link idHead} at the chains of `es`'s lexicon ids (a pass over its tokens, skipped when it is already loaded). */
function loadIdHeads(es: BridgeSentence, p: Postings, vocabulary: number): void {
  if (loadedIds === es.ids && idHead.length >= vocabulary) return;
  if (idHead.length < vocabulary) {
    idHead = new Int32Array(vocabulary);
    idStamp = new Int32Array(vocabulary);
    stamp = 0;
  }
  if (stamp === 0x7fffffff) {
    idStamp.fill(0);
    stamp = 0;
  }
  stamp++;
  const ids = es.ids;
  const next = p.nextSameId;
  for (let j = ids.length - 1; j >= 0; j--) {
    const id = ids[j];
    if (id < 0 || id >= vocabulary) continue;
    next[j] = idStamp[id] === stamp ? idHead[id] : -1;
    idHead[id] = j;
    idStamp[id] = stamp;
  }
  loadedIds = ids;
}

/**
 * Computes link strengths for the English × Spanish token pairs. With `reuse`, the returned matrix
 * is a shared buffer that the next call overwrites (no allocation while scoring many pairs).
 * With `maxCells` (default: no limit), grids larger than it are banded: read cells as
 * `i * m.width + (j - m.lo[i])` for `j` in `[m.lo[i], m.lo[i] + m.width)`; without banding
 * `m.width === m.cols` and `m.lo` is all zeros, so `i * m.cols + j` works.
 * {@link scorePrepared} and {@link linkTokens} pass {@link MAX_CELLS}.
 * @internal
 */
export function linkStrengths(
  en: BridgeSentence,
  es: BridgeSentence,
  options: Required<BridgeOptions>,
  reuse: boolean,
  maxCells = Number.POSITIVE_INFINITY,
): LinkMatrix {
  const rows = en.tokens.length;
  const cols = es.tokens.length;
  const width = rows * cols <= maxCells ? cols : Math.max(1, Math.min(cols, Math.floor(maxCells / Math.max(1, rows))));
  const size = rows * width;
  let m: LinkMatrix;
  if (reuse) {
    if (buf.strength.length < size || buf.lo.length < rows) buf = alloc(Math.max(size, buf.strength.length), Math.max(rows, buf.lo.length));
    m = buf;
    m.strength.fill(0, 0, size);
    m.via.fill(0, 0, size);
    m.fwd.fill(0, 0, size);
    m.bwd.fill(0, 0, size);
  } else {
    m = alloc(size, rows);
  }
  m.rows = rows;
  m.cols = cols;
  m.width = width;
  const lo = m.lo;
  for (let i = 0; i < rows; i++) {
    if (width === cols) lo[i] = 0;
    else {
      const c = Math.round(((i + 0.5) * cols) / rows - width / 2);
      lo[i] = c < 0 ? 0 : c > cols - width ? cols - width : c;
    }
  }
  const lex = options.useLexicon ? getLexicon() : undefined;
  if (width >= POSTINGS_MIN_WIDTH) linkByPostings(m, en, es, postingsOf(es), lex, options.useCognates);
  else linkByCells(m, en, es, lex, options.useCognates);
  return m;
}

/** Fills the matrix cell by cell (short windows). */
function linkByCells(m: LinkMatrix, en: BridgeSentence, es: BridgeSentence, lex: Lexicon | undefined, useCog: boolean): void {
  const { rows, width, strength, via, fwd, bwd, lo } = m;
  // 1. Lexicon: binary search of each Spanish id in the English key's sorted row (rows are short;
  // this beat hashing the sentence's ids on both short and news-length sentences).
  if (lex) {
    const { col, rowStart } = lex;
    const fids = es.ids;
    const fNum = es.numeric;
    for (let i = 0; i < rows; i++) {
      const eid = en.ids[i];
      if (eid < 0) continue;
      const eNum = en.numeric[i] === 1;
      const rs = rowStart[eid];
      const re = rowStart[eid + 1];
      if (re <= rs) continue;
      const cMin = col[rs];
      const cMax = col[re - 1];
      const j0 = lo[i];
      const base = i * width - j0;
      for (let j = j0; j < j0 + width; j++) {
        const fid = fids[j];
        if (fid < cMin || fid > cMax || (eNum && fNum[j] === 1)) continue; // two different numbers never link
        let a = rs;
        let b = re - 1;
        while (a <= b) {
          const mid = (a + b) >> 1;
          const c = col[mid];
          if (c < fid) a = mid + 1;
          else if (c > fid) b = mid - 1;
          else {
            setLexicon(m, base + j, lex.fwd[mid], lex.bwd[mid], lex.wordnet[mid]);
            break;
          }
        }
      }
    }
  }
  // 2. Identity (same folded form; not between function words), then 3. cognates.
  const fHashes = es.hashes;
  const fFirsts = es.firsts;
  const fMasks = es.masks;
  const fNorms = es.norms;
  const fStop = es.stop;
  const fForms = es.forms;
  for (let i = 0; i < rows; i++) {
    const norm = en.norms[i];
    const h = en.hashes[i];
    const eStop = en.stop[i] === 1;
    const eForm = useCog ? en.forms[i] : '';
    const e0 = eForm ? en.firsts[i] : -2;
    const eMask = en.masks[i];
    const eLen = eForm.length;
    const j0 = lo[i];
    const base = i * width - j0;
    for (let j = j0; j < j0 + width; j++) {
      const k = base + j;
      if (fHashes[j] === h && norm === fNorms[j] && !(eStop && fStop[j])) {
        strength[k] = 1;
        via[k] = 1;
        fwd[k] = 1;
        bwd[k] = 1;
        continue;
      }
      // Cognates, for pairs the lexicon links weakly or not at all. Each edit changes the letter
      // set by at most two letters: a cheap lower bound on the edit distance.
      if (fFirsts[j] === e0 && strength[k] < COGNATE_STRENGTH) cognate(strength, via, k, eForm, eMask, eLen, fForms[j], fMasks[j]);
    }
  }
}

/**
 * Fills the matrix from the Spanish side's postings: only the cells that can link are visited (same
 * result as {@link linkByCells}: every cell's value depends on that cell alone).
 */
function linkByPostings(m: LinkMatrix, en: BridgeSentence, es: BridgeSentence, p: Postings, lex: Lexicon | undefined, useCog: boolean): void {
  const { rows, width, strength, via, fwd, bwd, lo } = m;
  // 1. Lexicon: the Spanish positions of each entry of the English key's row (a row lists each Spanish id once).
  if (lex) {
    const { col, rowStart } = lex;
    const fNum = es.numeric;
    const vocabulary = lex.esIds.size;
    loadIdHeads(es, p, vocabulary);
    const head = idHead;
    const valid = idStamp;
    const current = stamp;
    const next = p.nextSameId;
    for (let i = 0; i < rows; i++) {
      const eid = en.ids[i];
      if (eid < 0) continue;
      const eNum = en.numeric[i] === 1;
      const rs = rowStart[eid];
      const re = rowStart[eid + 1];
      const j0 = lo[i];
      const j1 = j0 + width;
      const base = i * width - j0;
      for (let e = rs; e < re; e++) {
        const id = col[e];
        if (valid[id] !== current) continue;
        for (let j = head[id]; j >= 0 && j < j1; j = next[j]) {
          if (j < j0) continue;
          if (eNum && fNum[j] === 1) continue; // two different numbers never link
          setLexicon(m, base + j, lex.fwd[e], lex.bwd[e], lex.wordnet[e]);
        }
      }
    }
  }
  // 2. Identity (same folded form; not between function words), then 3. cognates.
  const fHashes = es.hashes;
  const fFirsts = es.firsts;
  const fMasks = es.masks;
  const fNorms = es.norms;
  const fStop = es.stop;
  const fForms = es.forms;
  for (let i = 0; i < rows; i++) {
    const norm = en.norms[i];
    const h = en.hashes[i];
    const eStop = en.stop[i] === 1;
    const eForm = useCog ? en.forms[i] : '';
    const e0 = eForm ? en.firsts[i] : -2;
    const eMask = en.masks[i];
    const eLen = eForm.length;
    const j0 = lo[i];
    const j1 = j0 + width;
    const base = i * width - j0;
    const same = p.byHash.get(h);
    if (same !== undefined) {
      for (let x = 0; x < same.length; x++) {
        const j = same[x];
        if (j < j0) continue;
        if (j >= j1) break;
        const k = base + j;
        if (norm === fNorms[j] && !(eStop && fStop[j])) {
          strength[k] = 1;
          via[k] = 1;
          fwd[k] = 1;
          bwd[k] = 1;
          continue;
        }
        if (fFirsts[j] === e0 && strength[k] < COGNATE_STRENGTH) cognate(strength, via, k, eForm, eMask, eLen, fForms[j], fMasks[j]);
      }
    }
    if (e0 < 0) continue;
    const near = p.byFirst.get(e0);
    if (near === undefined) continue;
    for (let x = 0; x < near.length; x++) {
      const j = near[x];
      if (j < j0) continue;
      if (j >= j1) break;
      if (fHashes[j] === h) continue; // visited above
      const k = base + j;
      if (strength[k] < COGNATE_STRENGTH) cognate(strength, via, k, eForm, eMask, eLen, fForms[j], fMasks[j]);
    }
  }
}

/** A cognate link in cell k when the forms are similar enough and it beats the cell's lexicon strength. */
function cognate(strength: Float32Array, via: Uint8Array, k: number, eForm: string, eMask: number, eLen: number, f: string, fMask: number): void {
  if (popcount(eMask ^ fMask) <= maxSetDiff(eLen, f.length)) {
    const sim = formSimilarity(eForm, f);
    if (sim >= COGNATE_THRESHOLD && sim * COGNATE_STRENGTH > strength[k]) {
      strength[k] = sim * COGNATE_STRENGTH;
      via[k] = 3;
    }
  }
}

/** Records a lexicon link in cell k: both probabilities, and the strength they give. */
function setLexicon(m: LinkMatrix, k: number, pf: number, pb: number, wordnet: number): void {
  m.fwd[k] = pf;
  m.bwd[k] = pb;
  let s = (pf > pb ? pf : pb) * LEX_SCALE;
  if (s > 1) s = 1;
  if (wordnet && s < WORDNET_STRENGTH) s = WORDNET_STRENGTH;
  if (s > 0) {
    m.strength[k] = s;
    m.via[k] = 2;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Largest letter-set difference two forms can have and still reach {@link COGNATE_THRESHOLD}. */
function maxSetDiff(a: number, b: number): number {
  return 2 * Math.floor((1 - COGNATE_THRESHOLD) * (a > b ? a : b) + 1e-9);
}
