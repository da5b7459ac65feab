/**
 * Rebuilds a string whose offsets match the caller's original text from segmented sentences, so quotations can
 * be found across sentence boundaries with the sentences' own offsets.
 * @module
 */
import { CotejoError } from '../../CotejoError.js';
import type { Sentence } from '../../types.js';

/**
 * Returns a string where every sentence sits at its own `[start, end)` offsets. Gaps between sentences are
 * filled with spaces, or with a line break then spaces when the paragraph changes. Throws `INVALID_INPUT`
 * when the sentences are not in order, overlap, or have a `text` that does not match their offsets.
 */
export function textFromSentences(sentences: readonly Sentence[]): string {
  const chunks: string[] = [];
  let pos = 0;
  let paragraph = -1;
  sentences.forEach((s, i) => {
    const where = `sentences[${i}]`;
    if (
      s === null || typeof s !== 'object' || typeof s.text !== 'string' || !Number.isInteger(s.start) ||
      !Number.isInteger(s.end)
    ) {
      throw new CotejoError('INVALID_INPUT', `${where} must be a Sentence {text, start, end, lang, kind, paragraph}; pass the output of segment() or the text itself.`, where);
    }
    if (s.start < pos || s.end - s.start !== s.text.length) {
      throw new CotejoError(
        'INVALID_INPUT',
        `${where} has offsets [${s.start}, ${s.end}) that overlap the previous sentence or do not match its text; pass sentences in order, as segment() returns them.`,
        where,
      );
    }
    const gap = s.start - pos;
    if (gap > 0) {
      const newPara = paragraph >= 0 && s.paragraph !== paragraph;
      chunks.push(newPara ? '\n' + ' '.repeat(gap - 1) : ' '.repeat(gap));
    }
    chunks.push(s.text);
    pos = s.end;
    paragraph = s.paragraph;
  });
  return chunks.join('');
}
