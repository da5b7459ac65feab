// Public exports of lexicon/names.
export {};
