import { CotejoError } from '../CotejoError.js';
import { tokenizeXML, type XMLOpenToken } from './tokenizeXML.js';

/** A `<prop>` of a TMX header, unit or variant. */
export interface TMXProp {
  /** Its `type` attribute (`x-cotejo-score`, `x-Domain`…). */
  type: string;
  /** Its text. */
  value: string;
}

/** One language variant (`<tuv>`) of a translation unit. */
export interface TMXVariant {
  /** The language, from `xml:lang` (TMX 1.4) or `lang` (TMX 1.1), as written (`en`, `EN-US`…); `''` if none. */
  lang: string;
  /**
   * The segment's plain text: character data and CDATA, with inline codes removed (`<bpt>`, `<ept>`,
   * `<ph>`, `<it>`, `<ut>` hold native markup, not text; `<hi>` and `<sub>` text is kept).
   */
  text: string;
  /** True when the segment held inline codes that were removed. */
  hadInlineCodes: boolean;
  /** All attributes of the `<tuv>`. */
  attributes: Record<string, string>;
  /** Its `<prop>` elements. */
  props: TMXProp[];
  /** Its `<note>` texts. */
  notes: string[];
}

/** One translation unit (`<tu>`). */
export interface TMXUnit {
  /** The `tuid` attribute, or null. */
  tuid: string | null;
  /** All attributes of the `<tu>`. */
  attributes: Record<string, string>;
  /** Its `<prop>` elements. */
  props: TMXProp[];
  /** Its `<note>` texts. */
  notes: string[];
  /** Its variants, in document order (usually two, but TMX allows any number). */
  variants: TMXVariant[];
}

/** The `<header>` of a TMX file. */
export interface TMXHeader {
  /** Source language (`srclang`), or null. `*all*` means any. */
  srclang: string | null;
  /** Administrative language (`adminlang`), or null. */
  adminlang: string | null;
  /** Segmentation (`sentence`, `paragraph`, `phrase`, `block`), or null. */
  segtype: string | null;
  /** The tool that wrote the file, or null. */
  creationtool: string | null;
  /** That tool's version, or null. */
  creationtoolversion: string | null;
  /** All header attributes. */
  attributes: Record<string, string>;
  /** Header `<prop>` elements. */
  props: TMXProp[];
  /** Header `<note>` texts. */
  notes: string[];
}

/** A parsed TMX document. */
export interface TMXDocument {
  /** The `version` attribute of `<tmx>` (`1.4`), or null. */
  version: string | null;
  /** The header (fields null when the file has none). */
  header: TMXHeader;
  /** The translation units, in document order. */
  units: TMXUnit[];
}

const INLINE_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

function attr(a: Record<string, string>, name: string): string | null {
  return Object.prototype.hasOwnProperty.call(a, name) ? a[name] : null;
}

/**
 * Reads a TMX translation memory (1.1 to 1.4b: ours from {@link toTMX}, or one exported by a CAT
 * tool) into plain data. Handles a byte-order mark, comments, the DOCTYPE, CDATA sections, entities
 * and character references, `lang` as well as `xml:lang`, any number of variants per unit, and inline
 * codes inside `<seg>` (see {@link TMXVariant.text}). Unknown elements are ignored.
 *
 * Throws `CotejoError` `INVALID_INPUT` when `xml` is not a string, and `INVALID_FORMAT` when it is not
 * well-formed XML or its root element is not `<tmx>`.
 *
 * @example
 * ```ts
 * const tm = parseTMX('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hi</seg></tuv>'
 *   + '<tuv xml:lang="es"><seg>Hola</seg></tuv></tu></body></tmx>');
 * tm.units[0].variants[1].text; // 'Hola'
 * ```
 */
export function parseTMX(xml: string): TMXDocument {
  const tokens = tokenizeXML(xml);
  const root = tokens.find((t): t is XMLOpenToken => t.type === 'open');
  if (!root || root.name !== 'tmx') {
    throw new CotejoError('INVALID_FORMAT', `Not a TMX file: the root element is ${root ? `<${root.name}>` : 'missing'}, expected <tmx>. Pass a TMX translation memory.`, 'xml');
  }
  const doc: TMXDocument = {
    version: attr(root.attributes, 'version'),
    header: { srclang: null, adminlang: null, segtype: null, creationtool: null, creationtoolversion: null, attributes: {}, props: [], notes: [] },
    units: [],
  };
  // Where prop/note text goes, and the element stack.
  const path: string[] = [];
  let unit: TMXUnit | null = null;
  let variant: TMXVariant | null = null;
  let collect: { kind: 'prop' | 'note' | 'seg'; type: string; text: string } | null = null;
  let segPath = 0; // depth of <seg> in path
  const owner = (): { props: TMXProp[]; notes: string[] } | null => {
    const parent = path[path.length - 1];
    if (parent === 'tuv' && variant) return variant;
    if (parent === 'tu' && unit) return unit;
    if (parent === 'header') return doc.header;
    return null;
  };
  for (const t of tokens) {
    if (t.type === 'open') {
      if (collect?.kind === 'seg') {
        if (INLINE_CODES.has(t.name) && variant) variant.hadInlineCodes = true;
        if (!t.selfClosing) path.push(t.name);
        continue;
      }
      if (collect) { if (!t.selfClosing) path.push(t.name); continue; }
      const parent = path[path.length - 1];
      if (t.name === 'header' && parent === 'tmx') {
        const a = t.attributes;
        doc.header = {
          ...doc.header,
          srclang: attr(a, 'srclang'), adminlang: attr(a, 'adminlang'), segtype: attr(a, 'segtype'),
          creationtool: attr(a, 'creationtool'), creationtoolversion: attr(a, 'creationtoolversion'), attributes: a,
        };
      } else if (t.name === 'tu' && parent === 'body') {
        unit = { tuid: attr(t.attributes, 'tuid'), attributes: t.attributes, props: [], notes: [], variants: [] };
        doc.units.push(unit);
      } else if (t.name === 'tuv' && parent === 'tu' && unit) {
        const lang = attr(t.attributes, 'xml:lang') ?? attr(t.attributes, 'lang') ?? '';
        variant = { lang, text: '', hadInlineCodes: false, attributes: t.attributes, props: [], notes: [] };
        unit.variants.push(variant);
      } else if (t.name === 'seg' && parent === 'tuv' && variant) {
        if (t.selfClosing) variant.text = '';
        else {
          collect = { kind: 'seg', type: '', text: '' };
          segPath = path.length + 1;
        }
      } else if ((t.name === 'prop' || t.name === 'note') && owner()) {
        collect = { kind: t.name, type: attr(t.attributes, 'type') ?? '', text: '' };
        segPath = path.length + 1;
        if (t.selfClosing) {
          const o = owner()!;
          if (t.name === 'prop') o.props.push({ type: collect.type, value: '' });
          else o.notes.push('');
          collect = null;
        }
      }
      if (!t.selfClosing) path.push(t.name);
    } else if (t.type === 'close') {
      path.pop();
      if (collect && path.length === segPath - 1) {
        if (collect.kind === 'seg') {
          if (variant) variant.text = collect.text;
        } else {
          const o = owner();
          if (o && collect.kind === 'prop') o.props.push({ type: collect.type, value: collect.text });
          else if (o) o.notes.push(collect.text);
        }
        collect = null;
      } else if (!collect) {
        if (t.name === 'tuv') variant = null;
        else if (t.name === 'tu') { unit = null; variant = null; }
      }
    } else if (collect) {
      if (collect.kind !== 'seg') { collect.text += t.text; continue; }
      // Inside <seg>: text counts unless the nearest code-or-sub ancestor is an inline code.
      let inCode = false;
      for (let k = path.length - 1; k >= segPath; k--) {
        const name = path[k];
        if (name === 'sub') break;
        if (INLINE_CODES.has(name)) { inCode = true; break; }
      }
      if (!inCode) collect.text += t.text;
    }
  }
  return doc;
}
