// Public exports of the quotes stage.
export * from './extractQuotes.js';
export * from './findQuoteMismatches.js';
