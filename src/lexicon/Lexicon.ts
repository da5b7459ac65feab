/**
 * The shipped English–Spanish lexicon, parsed lazily on first use.
 * @module
 */
import { LEXICON_DATA, LEXICON_SOURCES, LEXICON_STATS } from './data/lexicon.generated.js';
import { decodeLevel, LEXICON_FORMAT } from './lexiconFormat.js';

/**
 * The parsed lexicon: key ids and, per English key, a sorted sparse row of Spanish key ids with
 * the probabilities p(es | en) and p(en | es) and a WordNet flag.
 */
export interface Lexicon {
  /** English lexicon key → id. */
  readonly enIds: ReadonlyMap<string, number>;
  /** Spanish lexicon key → id. */
  readonly esIds: ReadonlyMap<string, number>;
  /** Row start of each English id in the entry arrays (length = English keys + 1). */
  readonly rowStart: Int32Array;
  /** Spanish id of each entry (ascending within a row). */
  readonly col: Int32Array;
  /** p(es | en) of each entry (quantized). */
  readonly fwd: Float32Array;
  /** p(en | es) of each entry (quantized). */
  readonly bwd: Float32Array;
  /** 1 when the pair is also a WordNet lemma pair. */
  readonly wordnet: Uint8Array;
  /** The data sets the table derives from. */
  readonly sources: readonly string[];
  /** Milliseconds the parse took. */
  readonly loadMs: number;
}

let cached: Lexicon | undefined;

/**
 * Returns the shipped lexicon, parsing the packed table on the first call (tens of milliseconds)
 * and caching it. Importing cotejo does not parse it. Never throws for a valid build.
 */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const data = LEXICON_DATA;
  let pos = data.indexOf('\n');
  const header = data.slice(0, pos);
  if (!header.startsWith(LEXICON_FORMAT)) throw new Error(`cotejo: lexicon table has an unknown format (${header.slice(0, 40)}); rebuild it with npm run build:lexicon.`);
  const l1 = data.indexOf('\n', pos + 1);
  const enKeys = data.slice(pos + 1, l1).split(' ');
  const l2 = data.indexOf('\n', l1 + 1);
  const esKeys = data.slice(l1 + 1, l2).split(' ');
  const enIds = new Map<string, number>();
  for (let i = 0; i < enKeys.length; i++) enIds.set(enKeys[i], i);
  const esIds = new Map<string, number>();
  for (let i = 0; i < esKeys.length; i++) esIds.set(esKeys[i], i);
  // Count entries (one code character each) to size the arrays.
  let n = 0;
  for (let i = l2 + 1; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c >= 81 && c <= 88) n++;
  }
  const rowStart = new Int32Array(enKeys.length + 1);
  const col = new Int32Array(n);
  const fwd = new Float32Array(n);
  const bwd = new Float32Array(n);
  const wordnet = new Uint8Array(n);
  const levels = new Float32Array(8);
  for (let l = 0; l < 8; l++) levels[l] = decodeLevel(l);
  let row = 0;
  let k = 0;
  let prev = 0;
  let acc = 0;
  pos = l2 + 1;
  rowStart[0] = 0;
  for (let i = pos; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 10) {
      row++;
      if (row < rowStart.length) rowStart[row] = k;
      prev = 0;
      acc = 0;
    } else if (c >= 65 && c <= 80) {
      const code = c - 65;
      prev += acc;
      col[k] = prev;
      fwd[k] = levels[code & 7];
      wordnet[k] = code >> 3;
      acc = 0;
    } else if (c >= 81 && c <= 88) {
      bwd[k] = levels[c - 81];
      k++;
    } else {
      acc = acc * 36 + (c <= 57 ? c - 48 : c - 87);
    }
  }
  for (let r = row + 1; r < rowStart.length; r++) rowStart[r] = k;
  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  cached = { enIds, esIds, rowStart, col, fwd, bwd, wordnet, sources: LEXICON_SOURCES, loadMs: t1 - t0 };
  return cached;
}

/** True once {@link getLexicon} has parsed the table (importing cotejo does not). @internal */
export function isLexiconLoaded(): boolean {
  return cached !== undefined;
}

/** Size and settings of the shipped lexicon (keys, entries, training settings), without parsing it. */
export const LEXICON_INFO = LEXICON_STATS;
