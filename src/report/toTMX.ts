import { assertOneOf, CotejoError } from '../CotejoError.js';
import { VERSION } from '../version.js';
import type { AlignmentLike } from './AlignmentLike.js';
import { assertAlignment } from './assertAlignment.js';
import { beadText } from './beadText.js';
import { escapeXML, type InvalidXMLCharPolicy } from './escapeXML.js';
import { withDefaults } from './withDefaults.js';

/** Options of {@link toTMX}. */
export interface ToTMXOptions {
  /** Language tag written for the English side (`xml:lang`). Default `'en'`. */
  enLang?: string;
  /** Language tag written for the Spanish side. Default `'es'`. */
  esLang?: string;
  /** The header's `srclang`: which side is the source. Default `'en'` (the English side's tag is written). */
  srclang?: 'en' | 'es';
  /** The header's `adminlang`. Default `'en'`. */
  adminlang?: string;
  /** The header's `creationtool`. Default `'cotejo'`. */
  creationtool?: string;
  /** The header's `creationtoolversion`. Default: cotejo's version. */
  creationtoolversion?: string;
  /** Written as the header's `creationdate` (`YYYYMMDDThhmmssZ`) when given; omitted by default so output is reproducible. */
  creationDate?: Date;
  /** Leave out beads with an empty side (a sentence with no counterpart). Default `false`: every bead is a `<tu>`. */
  skipUnpaired?: boolean;
  /** Write each bead's score (and weak flag) as `<prop type="x-cotejo-score">`/`x-cotejo-weak`. Default `true`. */
  includeScores?: boolean;
  /** Joins the sentences of a many-sentence bead side. Default `' '`. */
  separator?: string;
  /** What to do with characters XML 1.0 forbids (they would make the file unreadable). Default `'replace'` (U+FFFD). */
  invalidChars?: InvalidXMLCharPolicy;
}

/** Defaults of {@link toTMX}. */
export const DEFAULT_TO_TMX_OPTIONS: Required<Omit<ToTMXOptions, 'creationDate'>> = {
  enLang: 'en',
  esLang: 'es',
  srclang: 'en',
  adminlang: 'en',
  creationtool: 'cotejo',
  creationtoolversion: VERSION,
  skipUnpaired: false,
  includeScores: true,
  separator: ' ',
  invalidChars: 'replace',
};

function tmxDate(d: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/**
 * Writes an alignment as a TMX 1.4b translation memory: a header (`srclang`, `adminlang`,
 * `segtype="sentence"`, `creationtool`, `creationtoolversion`, `o-tmf`, `datatype="plaintext"`) and one
 * `<tu tuid="N">` per bead (N is the 1-based bead number) holding `<tuv xml:lang="en">` and
 * `<tuv xml:lang="es">`. Text and attributes are escaped; carriage returns are written as `&#13;`
 * so they survive a parser's line-end normalization; characters XML 1.0 forbids are replaced or
 * dropped (`invalidChars`). {@link parseTMX} reads the result back to the same segment texts.
 *
 * Throws `CotejoError` (`INVALID_INPUT`) when `alignment` lacks `en`, `es` or `beads` arrays, and
 * `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * toTMX({ en: [{ text: 'Hi.', start: 0, end: 3 }], es: [{ text: 'Hola.', start: 0, end: 5 }],
 *   beads: [{ en: [0], es: [0], score: 1 }] }).includes('<seg>Hola.</seg>'); // true
 * ```
 */
export function toTMX(alignment: AlignmentLike, options: ToTMXOptions = {}): string {
  assertAlignment(alignment);
  const o = withDefaults(DEFAULT_TO_TMX_OPTIONS, options);
  assertOneOf(o.srclang, ['en', 'es'], 'options.srclang');
  assertOneOf(o.invalidChars, ['replace', 'drop'], 'options.invalidChars');
  if (options.creationDate !== undefined && !(options.creationDate instanceof Date && Number.isFinite(options.creationDate.getTime()))) {
    throw new CotejoError('INVALID_OPTION', 'options.creationDate must be a valid Date (or left out).', 'options.creationDate');
  }
  const a = (v: string): string => escapeXML(String(v), { context: 'attribute', invalidChars: o.invalidChars });
  const t = (v: string): string => escapeXML(v, { context: 'text', invalidChars: o.invalidChars });
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${a(o.creationtool)}" creationtoolversion="${a(o.creationtoolversion)}" datatype="plaintext" segtype="sentence" adminlang="${a(o.adminlang)}" srclang="${a(o.srclang === 'en' ? o.enLang : o.esLang)}" o-tmf="cotejo"${options.creationDate ? ` creationdate="${tmxDate(options.creationDate)}"` : ''}/>`,
    '  <body>',
  ];
  alignment.beads.forEach((bead, i) => {
    if (o.skipUnpaired && (bead.en.length === 0 || bead.es.length === 0)) return;
    lines.push(`    <tu tuid="${i + 1}">`);
    if (o.includeScores && typeof bead.score === 'number' && Number.isFinite(bead.score)) {
      lines.push(`      <prop type="x-cotejo-score">${Math.round(bead.score * 1e4) / 1e4}</prop>`);
      if (bead.weak) lines.push('      <prop type="x-cotejo-weak">true</prop>');
    }
    lines.push(`      <tuv xml:lang="${a(o.enLang)}"><seg>${t(beadText(alignment, bead, 'en', o.separator))}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${a(o.esLang)}"><seg>${t(beadText(alignment, bead, 'es', o.separator))}</seg></tuv>`);
    lines.push('    </tu>');
  });
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
