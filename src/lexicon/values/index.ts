// Public exports of lexicon/values.
export {};
