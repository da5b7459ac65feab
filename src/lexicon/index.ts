// Public exports of the lexicon stage: the English–Spanish bridge.
export * from './values/index.js';
export * from './names/index.js';
export * from './negation/index.js';
