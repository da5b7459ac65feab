import { CotejoError } from '../CotejoError.js';

/** A start tag (`<seg>`, or `<ph/>` with `selfClosing`). Attribute values are decoded. */
export interface XMLOpenToken {
  /** Discriminant. */
  type: 'open';
  /** The tag name as written (`tuv`, `seg`…), prefix included (`xml:lang` stays `xml:lang` in attributes). */
  name: string;
  /** Attributes by name, values decoded and normalized as XML 1.0 prescribes. */
  attributes: Record<string, string>;
  /** True for an empty-element tag (`<ph/>`); no close token follows it. */
  selfClosing: boolean;
  /** Offset of `<` in the input. */
  start: number;
  /** Offset after `>`. */
  end: number;
}

/** An end tag (`</seg>`). */
export interface XMLCloseToken {
  /** Discriminant. */
  type: 'close';
  /** The tag name. */
  name: string;
  /** Offset of `<`. */
  start: number;
  /** Offset after `>`. */
  end: number;
}

/** Character data: text between tags (entities and character references decoded, line ends normalized) or a CDATA section. */
export interface XMLTextToken {
  /** Discriminant. */
  type: 'text';
  /** The decoded text. */
  text: string;
  /** True when it came from a `<![CDATA[…]]>` section (taken literally). */
  cdata: boolean;
  /** Offset of the first raw character. */
  start: number;
  /** Offset after the last raw character. */
  end: number;
}

/** One token of {@link tokenizeXML}. Comments, processing instructions and the DOCTYPE are skipped. */
export type XMLToken = XMLOpenToken | XMLCloseToken | XMLTextToken;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** True for characters that end a name: whitespace, `/`, `>`, `=`, `<`, quotes. */
function endsName(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c || c === 0x22 || c === 0x27 || Number.isNaN(c);
}

function position(xml: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

function fail(xml: string, offset: number, what: string): never {
  throw new CotejoError('INVALID_FORMAT', `Malformed XML at ${position(xml, offset)}: ${what}. Check that the file is well-formed XML (a TMX file exported by a CAT tool, or one written by toTMX).`, 'xml');
}

/**
 * Decodes the raw text `xml.slice(start, end)`: predefined entities, decimal and hexadecimal
 * character references; literal CR LF and CR become LF; in attributes, literal tab, LF and CR become
 * a space. An unknown entity (`&nbsp;` from a DTD) or a stray `&` is kept as written.
 */
function decode(xml: string, start: number, end: number, attribute: boolean): string {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x26) {
      // Look for the ';' within a bounded window, so a run of '&' stays linear.
      let semi = -1;
      for (let k = i + 1; k < end && k <= i + 12; k++) {
        if (xml.charCodeAt(k) === 0x3b) { semi = k; break; }
      }
      if (semi === -1) continue;
      const name = xml.slice(i + 1, semi);
      let rep: string | undefined;
      if (name.charCodeAt(0) === 0x23) {
        const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58;
        const digits = name.slice(hex ? 2 : 1);
        if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
          const cp = parseInt(digits, hex ? 16 : 10);
          if (cp <= 0x10ffff) rep = String.fromCodePoint(cp);
        }
      } else {
        rep = NAMED[name];
      }
      if (rep === undefined) continue;
      out += xml.slice(last, i) + rep;
      last = semi + 1;
      i = semi;
    } else if (c === 0x0d) {
      out += xml.slice(last, i) + (attribute ? ' ' : '\n');
      if (xml.charCodeAt(i + 1) === 0x0a) i++;
      last = i + 1;
    } else if (attribute && (c === 0x0a || c === 0x09)) {
      out += `${xml.slice(last, i)} `;
      last = i + 1;
    }
  }
  return out + xml.slice(last, end);
}

/**
 * A small, safe XML tokenizer: one left-to-right pass using `indexOf` (no backtracking regular
 * expressions), so its time is linear in the input. It checks that tags nest and close, skips a
 * leading byte-order mark, comments, processing instructions and the DOCTYPE (internal subset
 * included), and decodes entities. It does not resolve DTD-declared entities or namespaces.
 *
 * Throws `CotejoError` (`INVALID_FORMAT`, with line and column) on malformed XML: a tag that never
 * closes, mismatched end tags, an unterminated comment, CDATA section or attribute.
 */
export function tokenizeXML(xml: string): XMLToken[] {
  if (typeof xml !== 'string') {
    throw new CotejoError('INVALID_INPUT', `xml must be a string, got ${xml === null ? 'null' : typeof xml}; pass the file's text (read it as UTF-8).`, 'xml');
  }
  const tokens: XMLToken[] = [];
  const stack: string[] = [];
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let textStart = i;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ type: 'text', text: decode(xml, textStart, end, false), cdata: false, start: textStart, end });
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    flushText(lt);
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close === -1) fail(xml, lt, 'a comment is never closed with -->');
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close === -1) fail(xml, lt, 'a CDATA section is never closed with ]]>');
      if (stack.length === 0) fail(xml, lt, 'a CDATA section outside the root element');
      tokens.push({ type: 'text', text: xml.slice(lt + 9, close), cdata: true, start: lt, end: close + 3 });
      i = close + 3;
    } else if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2);
      if (close === -1) fail(xml, lt, 'a processing instruction is never closed with ?>');
      i = close + 2;
    } else if (xml.startsWith('<!', lt)) {
      // DOCTYPE (with an optional internal subset in [...]) or another declaration.
      let j = lt + 2;
      let depth = 0;
      let quote = 0;
      for (; j < n; j++) {
        const c = xml.charCodeAt(j);
        if (quote) { if (c === quote) quote = 0; }
        else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x5b) depth++;
        else if (c === 0x5d) depth--;
        else if (c === 0x3e && depth <= 0) break;
      }
      if (j >= n) fail(xml, lt, 'a <! declaration is never closed');
      i = j + 1;
    } else if (xml.charCodeAt(lt + 1) === 0x2f) {
      let j = lt + 2;
      while (j < n && !endsName(xml.charCodeAt(j))) j++;
      const name = xml.slice(lt + 2, j);
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 0x3e) fail(xml, lt, `the end tag </${name}> is not closed with >`);
      const open = stack.pop();
      if (open === undefined) fail(xml, lt, `the end tag </${name}> has no start tag`);
      if (open !== name) fail(xml, lt, `the end tag </${name}> does not match <${open}>`);
      tokens.push({ type: 'close', name, start: lt, end: j + 1 });
      i = j + 1;
    } else {
      let j = lt + 1;
      while (j < n && !endsName(xml.charCodeAt(j))) j++;
      const name = xml.slice(lt + 1, j);
      if (name === '') fail(xml, lt, 'a "<" that starts no tag (write &lt; for a literal <)');
      const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
      let selfClosing = false;
      for (;;) {
        while (j < n && isSpace(xml.charCodeAt(j))) j++;
        const c = xml.charCodeAt(j);
        if (c === 0x3e) { j++; break; }
        if (c === 0x2f && xml.charCodeAt(j + 1) === 0x3e) { selfClosing = true; j += 2; break; }
        if (j >= n) fail(xml, lt, `the tag <${name}> is never closed with >`);
        const nameStart = j;
        while (j < n && !endsName(xml.charCodeAt(j))) j++;
        const attr = xml.slice(nameStart, j);
        if (attr === '') fail(xml, j, `unexpected character ${JSON.stringify(xml[j])} in the tag <${name}>`);
        while (j < n && isSpace(xml.charCodeAt(j))) j++;
        if (xml.charCodeAt(j) !== 0x3d) fail(xml, j, `the attribute ${attr} of <${name}> has no value`);
        j++;
        while (j < n && isSpace(xml.charCodeAt(j))) j++;
        const q = xml.charCodeAt(j);
        if (q !== 0x22 && q !== 0x27) fail(xml, j, `the value of ${attr} in <${name}> is not quoted`);
        const close = xml.indexOf(q === 0x22 ? '"' : "'", j + 1);
        if (close === -1) fail(xml, j, `the value of ${attr} in <${name}> is never closed`);
        if (attr in attributes) fail(xml, nameStart, `the attribute ${attr} appears twice in <${name}>`);
        attributes[attr] = decode(xml, j + 1, close, true);
        j = close + 1;
      }
      tokens.push({ type: 'open', name, attributes: { ...attributes }, selfClosing, start: lt, end: j });
      if (!selfClosing) stack.push(name);
      i = j;
    }
    textStart = i;
  }
  flushText(n);
  if (stack.length > 0) fail(xml, n, `<${stack[stack.length - 1]}> is never closed`);
  return tokens;
}
