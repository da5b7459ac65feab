// Public exports of the segmentation stage.
export { segment, DEFAULT_SEGMENT_OPTIONS, type SegmentOptions } from './segment.js';
export {
  detectLanguage,
  DEFAULT_DETECT_LANGUAGE_OPTIONS,
  type DetectLanguageOptions,
  type LanguageGuess,
} from './detectLanguage.js';
export type { LineBreakMode } from './passes/01-lineBreaks.js';
