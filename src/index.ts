/**
 * cotejo: check English news coverage against its Spanish sources.
 *
 * The pipeline: {@link segment} text into sentences, align English sentences with the Spanish ones
 * they render, and check every quotation against its Spanish source.
 * @module
 */
export * from './types.js';
export { CotejoError, type CotejoErrorCode } from './CotejoError.js';
export { VERSION } from './version.js';
export { translate, LOCALES, type Locale } from './report/i18n.js';
export * from './segment/index.js';
export * from './lexicon/index.js';
export * from './align/index.js';
export * from './quotes/index.js';
export * from './report/index.js';
