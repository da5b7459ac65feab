// Public exports of lexicon/negation: negation cues (EN + ES) and their comparison.
export { type NegationCue, type NegationPolarity } from './NegationCue.js';
export { findNegations, DEFAULT_NEGATION_OPTIONS, type FindNegationsOptions } from './findNegations.js';
export { compareNegation, countNegations, type NegationComparison, type NegationCount } from './compareNegation.js';
