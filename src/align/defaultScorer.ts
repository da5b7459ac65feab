import { createBridgeScorer } from './bridgeScorer.js';
import type { SentenceScorer } from './SentenceScorer.js';

/**
 * The scorer {@link align} uses with `lexicon: true`: the English–Spanish bridge of the lexicon stage
 * (see {@link createBridgeScorer}).
 */
export function defaultScorer(): SentenceScorer<unknown> {
  return createBridgeScorer() as SentenceScorer<unknown>;
}
