// Public exports of the lexicon stage: the English–Spanish bridge.
export * from './values/index.js';
export * from './names/index.js';
export * from './negation/index.js';
export { foldWord, normalizeNumber } from './normalize.js';
export { tokenize, DEFAULT_TOKENIZE_OPTIONS, type Token, type TokenKind, type TokenizeOptions } from './tokenize.js';
export { stem, lexiconKey, LEXICON_KEY_LENGTH } from './stem.js';
export { STOPWORDS_EN, STOPWORDS_ES, isStopword } from './stopwords.js';
export { cognateScore, cognateForm, COGNATE_THRESHOLD } from './cognateScore.js';
export { DEFAULT_BRIDGE_OPTIONS, DEFAULT_TRANSLATION_SCORE_OPTIONS, type BridgeOptions, type TranslationScoreOptions } from './BridgeOptions.js';
export { prepareBridgeSentence, type BridgeSentence } from './prepareBridgeSentence.js';
export { scorePrepared, LINK_THRESHOLD } from './scorePrepared.js';
export { translationScore } from './translationScore.js';
export { linkTokens, DEFAULT_LINK_TOKENS_OPTIONS, type LinkTokensOptions, type TokenLink, type LinkedToken } from './linkTokens.js';
export { MAX_CELLS, type LinkVia } from './linkStrengths.js';
export { getLexicon, LEXICON_INFO, type Lexicon } from './Lexicon.js';
