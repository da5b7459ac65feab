// Public exports of lexicon/names: candidate named entities and name comparison (EN + ES).
export { type NameMention, type NameKind } from './NameMention.js';
export { extractNames, DEFAULT_NAME_OPTIONS, type ExtractNamesOptions } from './extractNames.js';
export { compareNames, nameTokens, type NameComparison } from './compareNames.js';
export { matchNames, nameSimilarity, type NameMatch } from './matchNames.js';
export { EXONYM_GROUPS, INSTITUTION_WORDS } from './exonyms.js';
