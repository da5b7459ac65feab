// Public exports of lexicon/values: numbers, percentages, money, ordinals, years, dates and times (EN + ES).
export * from './Value.js';
export { extractValues, DEFAULT_VALUE_OPTIONS, type ExtractValuesOptions } from './extractValues.js';
export { compareValues, type ValueComparison } from './compareValues.js';
export { matchValues, type ValueMatch } from './matchValues.js';
export { parseNumber, type NumberReading } from './parseNumber.js';
export { type LexLang } from './guessLang.js';
export { type LexOptions } from './checkLexOptions.js';
