// Public exports of lexicon/negation.
export {};
