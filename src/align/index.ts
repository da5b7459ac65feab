// Public exports of the align stage.
export { align, DEFAULT_ALIGN_OPTIONS, type AlignOptions, type AlignInput } from './align.js';
export type { AlignMode, Alignment, Bead } from './Alignment.js';
export { DEFAULT_ALIGN_TUNING, type AlignTuning } from './AlignTuning.js';
export { createAnchorScorer, DEFAULT_ANCHOR_SCORER_OPTIONS, type AnchorScorerOptions, type AnchorUnit } from './anchorScorer.js';
export type { SentenceScorer, SentenceScorerFactory } from './SentenceScorer.js';
export { galeChurchAgreement, galeChurchCost, galeChurchDelta, lengthRatio, GALE_CHURCH_VARIANCE } from './galeChurch.js';
export { beadTypes } from './beadTypes.js';
export { createBridgeScorer, BRIDGE_TUNING, type BridgeUnit } from './bridgeScorer.js';
