// Public exports of the lexicon stage.
export {};
