// Public exports of the report stage.
export * from './renderText.js';
export type { AlignmentLike, BeadLike } from './AlignmentLike.js';
export type { QuoteReportLike, QuoteLike, QuoteSourceLike, FindingLike } from './QuoteReportLike.js';
export * from './escapeXML.js';
export * from './tokenizeXML.js';
export * from './toTMX.js';
export * from './parseTMX.js';
export * from './tmxPairs.js';
export * from './toTSV.js';
export * from './toI18nextResources.js';
export * from './checkResources.js';
export * from './renderHTML.js';
export * from './beadText.js';
export * from './assertAlignment.js';
