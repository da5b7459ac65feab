/**
 * Escaping for XML 1.0 and HTML output. Characters XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are replaced or dropped, because a
 * single one makes a whole TMX file unreadable to conforming parsers.
 * @module
 */

/** What to do with a character XML 1.0 forbids: replace it with U+FFFD, or drop it. */
export type InvalidXMLCharPolicy = 'replace' | 'drop';

/** Options of {@link escapeXML}. */
export interface EscapeXMLOptions {
  /** `'text'` for element content, `'attribute'` for a double- or single-quoted attribute value. */
  context?: 'text' | 'attribute';
  /** What to do with characters XML 1.0 forbids. Default `'replace'` (U+FFFD). */
  invalidChars?: InvalidXMLCharPolicy;
}

/** Defaults of {@link escapeXML}. */
export const DEFAULT_ESCAPE_XML_OPTIONS: Required<EscapeXMLOptions> = { context: 'text', invalidChars: 'replace' };

/** True when the UTF-16 code unit `c` at index `i` of `s` starts (or is) a character XML 1.0 allows. */
function isAllowed(s: string, i: number, c: number): 0 | 1 | 2 {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d ? 1 : 0;
  if (c < 0xd800) return 1;
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  if (c <= 0xdfff) return 0; // lone low surrogate
  if (c === 0xfffe || c === 0xffff) return 0;
  return 1;
}

/**
 * Escapes `text` for XML (also valid for HTML): `&`, `<`, `>` always; `"` and `'` in attributes;
 * carriage returns always, and tabs and line feeds in attributes, as character references, so a
 * parser's end-of-line and attribute normalization gives back exactly the original string.
 * Never throws; non-strings are converted with `String()`.
 */
export function escapeXML(text: string, options: EscapeXMLOptions = {}): string {
  const s = typeof text === 'string' ? text : String(text);
  const attr = (options.context ?? DEFAULT_ESCAPE_XML_OPTIONS.context) === 'attribute';
  const drop = (options.invalidChars ?? DEFAULT_ESCAPE_XML_OPTIONS.invalidChars) === 'drop';
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    switch (c) {
      case 0x26: rep = '&amp;'; break;
      case 0x3c: rep = '&lt;'; break;
      case 0x3e: rep = '&gt;'; break;
      case 0x22: if (attr) rep = '&quot;'; break;
      case 0x27: if (attr) rep = '&#39;'; break;
      case 0x0d: rep = '&#13;'; break;
      case 0x0a: if (attr) rep = '&#10;'; break;
      case 0x09: if (attr) rep = '&#9;'; break;
      default: {
        if (c < 0x20 || c >= 0xd800) {
          const ok = isAllowed(s, i, c);
          if (ok === 2) { i++; continue; }
          if (ok === 0) rep = drop ? '' : '\uFFFD';
        }
      }
    }
    if (rep !== undefined) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Escapes `text` for an HTML text node or a quoted attribute value (both contexts are safe). */
export function escapeHTML(text: string): string {
  return escapeXML(text, { context: 'attribute', invalidChars: 'replace' });
}
