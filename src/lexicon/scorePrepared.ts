/**
 * The translation score of two prepared sentences.
 * @module
 */
import { CotejoError } from '../CotejoError.js';
import { resolveScoreOptions, type TranslationScoreOptions } from './BridgeOptions.js';
import type { BridgeSentence } from './prepareBridgeSentence.js';
import { linkStrengths, MAX_CELLS } from './linkStrengths.js';

/**
 * The score at or above which an English and a Spanish sentence are taken to be a translation (or a
 * close report) of each other. Calibrated on a held-out dev split of Tatoeba train only (never on
 * the evaluation sets); `npm run eval:lexicon` reports precision and recall of this threshold on
 * NTREX news. The aligner's comparable mode uses it to decide link or no link.
 */
export const LINK_THRESHOLD = 0.33;

/** Tunable weights of the score (internal; documented in README.md, "The English–Spanish bridge"). @internal */
export const SCORE_PARAMS = {
  /** Weight of the IBM Model 1 likelihood part relative to the coverage part (1). */
  ibmWeight: 0.75,
  /** log-likelihood per word at which the IBM part reaches 0. */
  ibmFloor: -7,
  /** log-likelihood per word at which the IBM part reaches 1. */
  ibmCeil: -1,
  /** Strength of the length-ratio penalty on coverage. */
  lengthPenalty: 0.15,
  /** Expected Spanish/English character ratio. */
  esLengthRatio: 1.1,
  /** Probability floor for a word no candidate explains. */
  epsilon: 1e-4,
};

function badPrepared(en: unknown, es: unknown): never {
  const lang = (x: unknown): unknown => (x && typeof x === 'object' ? (x as { lang?: unknown }).lang : typeof x);
  throw new CotejoError(
    'INVALID_INPUT',
    `scorePrepared needs prepareBridgeSentence(text, 'en') and prepareBridgeSentence(text, 'es'), in that order; got ${String(lang(en))} and ${String(lang(es))}.`,
    'en',
  );
}

/** Per-column accumulators, reused across calls (best strength, then sum of p(es|en)). */
let colBuf = new Float64Array(256);

/**
 * How strongly an English and a Spanish sentence (prepared with {@link prepareBridgeSentence})
 * look like translations of each other, in [0, 1]:
 * - 0: nothing in common (or one side has no words);
 * - about {@link LINK_THRESHOLD} and above: likely a translation or a close report;
 * - 1: every word on both sides is explained by the other side.
 *
 * It blends (a) coverage: the weighted share of each side's words linked to the other side
 * (lexicon, identity, cognates; function words count little), combined by harmonic mean and mildly
 * penalized for a length mismatch, with (b) an IBM Model 1 likelihood per word in both directions
 * (identical names and numbers count as certain translations), mapped to [0, 1]. Scores are
 * comparable across pairs, so they can rank candidates and decide links with a threshold.
 * With `options.direction` `'en'` or `'es'` it returns a containment score instead (see
 * {@link TranslationScoreOptions}).
 * Never throws on odd text; throws `CotejoError`: `INVALID_INPUT` unless `en` and `es` were prepared
 * as `'en'` and `'es'`, `INVALID_OPTION` for bad options.
 */
export function scorePrepared(en: BridgeSentence, es: BridgeSentence, options?: TranslationScoreOptions): number {
  const opts = resolveScoreOptions(options);
  if (en?.lang !== 'en' || es?.lang !== 'es' || !en.tokens || !es.tokens) badPrepared(en, es);
  const rows = en.tokens.length;
  const cols = es.tokens.length;
  if (rows === 0 || cols === 0 || en.totalWeight <= 0 || es.totalWeight <= 0) return 0;
  const m = linkStrengths(en, es, opts, true, MAX_CELLS);
  const P = SCORE_PARAMS;
  // Coverage and IBM1, English side (rows): best link per row; sum of p(en|es) over columns.
  if (colBuf.length < 2 * cols) colBuf = new Float64Array(Math.max(2 * cols, 2 * colBuf.length));
  const colBest = colBuf;
  const colSum = colBuf.subarray(cols);
  colBuf.fill(0, 0, 2 * cols);
  let covE = 0;
  let llE = 0;
  const w = m.width;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let sum = 0;
    const j0 = m.lo[i];
    const base = i * w - j0;
    for (let j = j0; j < j0 + w; j++) {
      const k = base + j;
      const s = m.strength[k];
      if (s > best) best = s;
      if (s > colBest[j]) colBest[j] = s;
      sum += m.bwd[k];
      colSum[j] += m.fwd[k];
    }
    covE += best * en.weight[i];
    llE += Math.log(sum / (cols + 1) + P.epsilon);
  }
  let covF = 0;
  let llF = 0;
  for (let j = 0; j < cols; j++) {
    covF += colBest[j] * es.weight[j];
    llF += Math.log(colSum[j] / (rows + 1) + P.epsilon);
  }
  covE /= en.totalWeight;
  covF /= es.totalWeight;
  if (opts.direction === 'en') return covE > 1 ? 1 : covE;
  if (opts.direction === 'es') return covF > 1 ? 1 : covF;
  const cov = covE + covF > 0 ? (2 * covE * covF) / (covE + covF) : 0;
  const a = en.chars * P.esLengthRatio;
  const b = es.chars;
  const ratio = a < b ? a / b : b / a;
  const coverage = cov * (1 - P.lengthPenalty * (1 - ratio));
  const ll = (llE / rows + llF / cols) / 2;
  let ibm = (ll - P.ibmFloor) / (P.ibmCeil - P.ibmFloor);
  if (ibm < 0) ibm = 0;
  else if (ibm > 1) ibm = 1;
  const score = (coverage + P.ibmWeight * ibm) / (1 + P.ibmWeight);
  return score < 0 ? 0 : score > 1 ? 1 : score;
}
