import { CotejoError, assertNumberInRange, assertOneOf } from '../CotejoError.js';
import { segment } from '../segment/index.js';
import type { Lang, Sentence } from '../types.js';
import type { AlignMode, Alignment, Bead } from './Alignment.js';
import { alignComparable } from './alignComparable.js';
import { alignParallel, type PreparedSide } from './alignParallel.js';
import { DEFAULT_ALIGN_TUNING, type AlignTuning } from './AlignTuning.js';
import { createAnchorScorer } from './anchorScorer.js';
import { defaultScorer } from './defaultScorer.js';
import type { SentenceScorer, SentenceScorerFactory } from './SentenceScorer.js';

/** Options of {@link align}. */
export interface AlignOptions {
  /** `parallel` (a translation: monotone, complete) or `comparable` (a report: sparse, any order). */
  mode: AlignMode;
  /** Largest number of sentences on one side of a bead (1–6). 3 allows 1-1, 1-2, 2-1, 2-2, 1-3, 3-1. */
  maxBeadSize: number;
  /**
   * `true`: use the English–Spanish bridge (lexicon) as evidence; `false`: only language-independent anchors
   * (numbers, names, cognate prefixes, punctuation) and lengths, for any other language pair.
   */
  lexicon: boolean;
  /** Your own similarity (e.g. sentence embeddings); overrides `lexicon`. */
  scorer?: SentenceScorerFactory;
  /** Comparable mode: similarity from which sentences are linked (default: the scorer's calibrated threshold). */
  linkThreshold?: number;
  /** Beads with both sides and a score below this are flagged `weak: true`. */
  weakThreshold: number;
  /** Half width, in sentences, of the search band used for long inputs. */
  bandWidth: number;
  /**
   * Parallel mode: inputs up to this many sentence pairs (n × m) are searched exhaustively; longer ones in a band
   * around anchors, in near-linear time.
   */
  fullSearchCells: number;
  /**
   * Comparable mode: up to this many sentence pairs every pair is scored; above it, candidates are the Spanish
   * sentences that share a rare feature (a number, a name, a cognate) with the English one.
   */
  comparableSearchCells: number;
  /** Cost weights of the parallel aligner (advanced). */
  tuning?: Partial<AlignTuning>;
}

/** Defaults of {@link align}. */
export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = Object.freeze({
  mode: 'parallel',
  maxBeadSize: 3,
  lexicon: true,
  weakThreshold: 0.3,
  bandWidth: 3,
  fullSearchCells: 40_000,
  comparableSearchCells: 1_000_000,
});

const OPTION_NAMES = new Set(['mode', 'maxBeadSize', 'lexicon', 'scorer', 'linkThreshold', 'weakThreshold', 'bandWidth', 'fullSearchCells', 'comparableSearchCells', 'tuning']);

/** What {@link align} accepts for one side: raw text (segmented first), sentences, or one string per sentence. */
export type AlignInput = string | readonly Sentence[] | readonly string[];

function toSentences(input: unknown, lang: Lang, name: string): Sentence[] {
  if (typeof input === 'string') {
    return segment(input);
  }
  if (!Array.isArray(input)) {
    throw new CotejoError('INVALID_INPUT', `${name} must be a string, an array of sentences or an array of strings, got ${input === null ? 'null' : typeof input}.`, name);
  }
  let offset = 0;
  return input.map((item: unknown, k: number): Sentence => {
    if (typeof item === 'string') {
      const s: Sentence = { text: item, start: offset, end: offset + item.length, lang, kind: 'sentence', paragraph: 0 };
      offset += item.length + 1;
      return s;
    }
    if (item && typeof item === 'object' && typeof (item as Sentence).text === 'string') return item as Sentence;
    throw new CotejoError('INVALID_INPUT', `${name}[${k}] must be a string or a Sentence ({ text, start, end, … }), as segment() returns.`, `${name}[${k}]`);
  });
}

function prepareSide<P>(sentences: Sentence[], scorer: SentenceScorer<P>, lang: Lang): PreparedSide<P> {
  const n = sentences.length;
  const cum = new Float64Array(n + 1);
  let paras = false;
  for (let i = 0; i < n; i++) {
    cum[i + 1] = cum[i] + Math.max(1, sentences[i].text.length);
    if (i > 0 && sentences[i].paragraph !== sentences[0].paragraph) paras = true;
  }
  return {
    units: scorer.prepare(sentences.map((s) => s.text), lang),
    cum,
    paragraph: paras ? Int32Array.from(sentences, (s) => s.paragraph | 0) : null,
  };
}

function checkOptions(options: Partial<AlignOptions>): AlignOptions {
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'options must be an object such as { mode: "parallel" }.', 'options');
  }
  for (const k of Object.keys(options)) {
    if (!OPTION_NAMES.has(k)) throw new CotejoError('INVALID_OPTION', `Unknown option '${k}'. Known options: ${[...OPTION_NAMES].join(', ')}.`, `options.${k}`);
  }
  const o = { ...DEFAULT_ALIGN_OPTIONS, ...options } as AlignOptions;
  assertOneOf(o.mode, ['parallel', 'comparable'] as const, 'options.mode');
  if (!Number.isInteger(o.maxBeadSize)) assertNumberInRange(Number.NaN, 1, 6, 'options.maxBeadSize');
  assertNumberInRange(o.maxBeadSize, 1, 6, 'options.maxBeadSize');
  if (typeof o.lexicon !== 'boolean') throw new CotejoError('INVALID_OPTION', `options.lexicon must be true or false, got ${JSON.stringify(o.lexicon)}.`, 'options.lexicon');
  if (o.scorer !== undefined && typeof o.scorer !== 'function') throw new CotejoError('INVALID_OPTION', 'options.scorer must be a function that returns a SentenceScorer.', 'options.scorer');
  if (o.linkThreshold !== undefined) assertNumberInRange(o.linkThreshold, 0, 1, 'options.linkThreshold');
  assertNumberInRange(o.weakThreshold, 0, 1, 'options.weakThreshold');
  assertNumberInRange(o.bandWidth, 1, 10_000, 'options.bandWidth');
  assertNumberInRange(o.fullSearchCells, 0, 1e9, 'options.fullSearchCells');
  assertNumberInRange(o.comparableSearchCells, 0, 1e9, 'options.comparableSearchCells');
  if (o.tuning !== undefined && (o.tuning === null || typeof o.tuning !== 'object')) throw new CotejoError('INVALID_OPTION', 'options.tuning must be an object of cost weights (see DEFAULT_ALIGN_TUNING).', 'options.tuning');
  return o;
}

/**
 * Aligns English sentences with the Spanish sentences they translate (`mode: 'parallel'`) or report on
 * (`mode: 'comparable'`).
 *
 * Each side is raw text (segmented with {@link segment}), an array of {@link Sentence}s, or an array of strings
 * (one sentence each; their offsets are then into the strings joined with `\n`).
 *
 * Parallel mode is monotone dynamic programming over bead shapes 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1 (up to
 * `maxBeadSize`), scoring each bead by a Gale–Church length model, the English–Spanish bridge (or, with
 * `lexicon: false`, language-independent anchors) and paragraph boundaries; long inputs are searched in a band
 * around confident anchors, in near-linear time and memory. Every sentence of both sides is in exactly one bead.
 *
 * Comparable mode links each English sentence to the Spanish sentence(s) it renders, in any order, or to none.
 *
 * Never throws on odd text (empty sides give beads with one empty side, or none). Throws {@link CotejoError}
 * `INVALID_INPUT` when a side is not text or sentences, `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * const { beads } = align(['Hello.', 'Bye.'], ['Hola.', 'Adiós.']);
 * // beads: [{ en: [0], es: [0], … }, { en: [1], es: [1], … }]
 * ```
 */
export function align(en: AlignInput, es: AlignInput, options: Partial<AlignOptions> = {}): Alignment {
  const o = checkOptions(options);
  const enS = toSentences(en, 'en', 'en');
  const esS = toSentences(es, 'es', 'es');
  const factory: SentenceScorerFactory = o.scorer ?? (o.lexicon ? defaultScorer : () => createAnchorScorer());
  const scorer = factory() as SentenceScorer<unknown>;
  if (!scorer || typeof scorer.prepare !== 'function' || typeof scorer.score !== 'function' || typeof scorer.merge !== 'function') {
    throw new CotejoError('INVALID_OPTION', 'options.scorer must return an object with prepare, merge and score methods (a SentenceScorer).', 'options.scorer');
  }
  const tuning: AlignTuning = { ...DEFAULT_ALIGN_TUNING, ...(scorer.tuning ?? {}), ...(o.tuning ?? {}) };
  const thr = scorer.linkThreshold > 0 ? scorer.linkThreshold : 0.5;
  const beadScore = (sim: number, agreement: number): number => {
    const s = Math.min(1, Math.max(0, sim) / (2 * thr));
    return Math.round(s * (0.5 + 0.5 * agreement) * 1e4) / 1e4;
  };
  let beads: Bead[];
  if (enS.length === 0 && esS.length === 0) beads = [];
  else {
    const pEn = prepareSide(enS, scorer, 'en');
    const pEs = prepareSide(esS, scorer, 'es');
    beads =
      o.mode === 'parallel'
        ? alignParallel(pEn, pEs, scorer, { maxBeadSize: o.maxBeadSize, tuning, fullSearchCells: o.fullSearchCells, bandWidth: Math.round(o.bandWidth), beadScore })
        : alignComparable(pEn, pEs, scorer, { maxBeadSize: o.maxBeadSize, linkThreshold: o.linkThreshold ?? scorer.linkThreshold, fullSearchCells: o.comparableSearchCells, beadScore });
  }
  for (const b of beads) if (b.en.length > 0 && b.es.length > 0 && b.score < o.weakThreshold) b.weak = true;
  return { en: enS, es: esS, beads };
}
