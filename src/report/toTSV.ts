import { assertOneOf, CotejoError } from '../CotejoError.js';
import type { AlignmentLike } from './AlignmentLike.js';
import { assertAlignment } from './assertAlignment.js';
import { beadText } from './beadText.js';
import { withDefaults } from './withDefaults.js';

/** A column {@link toTSV} can write. */
export type TSVColumn = 'bead' | 'en' | 'es' | 'score' | 'weak' | 'enIndices' | 'esIndices';

/** Every column {@link toTSV} knows. */
export const TSV_COLUMNS: readonly TSVColumn[] = ['bead', 'en', 'es', 'score', 'weak', 'enIndices', 'esIndices'];

/** Options of {@link toTSV}. */
export interface ToTSVOptions {
  /** Columns, in order. Default `['en', 'es', 'score']`. */
  columns?: readonly TSVColumn[];
  /** Write a first line with the column names. Default `true`. */
  header?: boolean;
  /**
   * How tabs and line breaks inside a text are written: `'space'` (each becomes one space; lossy but
   * what most bitext tools expect) or `'backslash'` (`\t`, `\n`, `\r` and `\\`, reversible). Default `'space'`.
   */
  escape?: 'space' | 'backslash';
  /** Leave out beads with an empty side. Default `false`. */
  skipUnpaired?: boolean;
  /** Joins the sentences of a many-sentence bead side. Default `' '`. */
  separator?: string;
}

/** Defaults of {@link toTSV}. */
export const DEFAULT_TO_TSV_OPTIONS: Required<ToTSVOptions> = {
  columns: ['en', 'es', 'score'],
  header: true,
  escape: 'space',
  skipUnpaired: false,
  separator: ' ',
};

function cell(text: string, escape: 'space' | 'backslash'): string {
  let out = '';
  for (const ch of text) {
    if (escape === 'space') out += ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : ch;
    else out += ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\\' ? '\\\\' : ch;
  }
  return out;
}

/**
 * Writes an alignment as tab-separated values, one line per bead (`\n` line ends), with a header
 * line by default. Bead numbers are 1-based; indices columns list sentence indices (0-based) joined
 * with commas; `weak` is `true` or `false`.
 *
 * Throws `CotejoError` (`INVALID_INPUT`) for something that is not an alignment, `INVALID_OPTION` for a
 * bad option.
 *
 * @example
 * ```ts
 * toTSV({ en: [{ text: 'Hi.', start: 0, end: 3 }], es: [{ text: 'Hola.', start: 0, end: 5 }],
 *   beads: [{ en: [0], es: [0], score: 0.9 }] }, { columns: ['en', 'es'] }); // 'en\tes\nHi.\tHola.\n'
 * ```
 */
export function toTSV(alignment: AlignmentLike, options: ToTSVOptions = {}): string {
  assertAlignment(alignment);
  const o = withDefaults(DEFAULT_TO_TSV_OPTIONS, options);
  if (!Array.isArray(o.columns) || o.columns.length === 0) {
    throw new CotejoError('INVALID_OPTION', `options.columns must be a non-empty array of ${TSV_COLUMNS.join(', ')}.`, 'options.columns');
  }
  o.columns.forEach((c, i) => assertOneOf(c, TSV_COLUMNS, `options.columns[${i}]`));
  assertOneOf(o.escape, ['space', 'backslash'], 'options.escape');
  const lines: string[] = o.header ? [o.columns.join('\t')] : [];
  alignment.beads.forEach((bead, i) => {
    if (o.skipUnpaired && (bead.en.length === 0 || bead.es.length === 0)) return;
    lines.push(
      o.columns
        .map((c) => {
          switch (c) {
            case 'bead': return String(i + 1);
            case 'en': return cell(beadText(alignment, bead, 'en', o.separator), o.escape);
            case 'es': return cell(beadText(alignment, bead, 'es', o.separator), o.escape);
            case 'score': return Number.isFinite(bead.score) ? String(Math.round(bead.score * 1e4) / 1e4) : '';
            case 'weak': return bead.weak ? 'true' : 'false';
            case 'enIndices': return bead.en.join(',');
            default: return bead.es.join(',');
          }
        })
        .join('\t'),
    );
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
