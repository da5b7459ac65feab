// Public exports of the report stage.
export * from './renderText.js';
