import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { renderHTML, HTML_REPORT_CSP } from '../src/report/index.js';
import { CotejoError } from '../src/CotejoError.js';
import { corpusCases, goldAlignment, goldQuoteReport, PAYLOADS } from './report-helpers.js';


describe('renderHTML', () => {
  it('renders a corpus case: quotes, sources, findings, claims and the aligned texts', () => {
    const name = corpusCases()[0];
    const { en, es, report } = goldQuoteReport(name);
    const { alignment } = goldAlignment(name);
    const html = renderHTML({ en, es, alignment, quotes: report });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    const findings = [...report.quotes.flatMap((q) => q.findings), ...report.claims];
    expect(findings.length).toBeGreaterThan(0);
    expect(html.match(/<li class="finding /g)?.length).toBe(findings.length);
    expect(html.match(/<article class="quote /g)?.length).toBe(report.quotes.length);
    expect(html.match(/<tr[ >][^]*?<\/tr>/g)!.length).toBeGreaterThanOrEqual(alignment.beads.length);
    expect(html).not.toMatch(/<script|https?:\/\/|src=|href=/i);
  });

  it('escapes planted payloads everywhere (texts, quotes, speakers, messages, types, title)', () => {
    const evil = PAYLOADS.join(' ');
    const en = `Intro. He said “${evil}”. End.`;
    const es = `Dijo «${evil}».`;
    const qs = en.indexOf(evil);
    const ss = es.indexOf(evil);
    const html = renderHTML(
      {
        en,
        es,
        alignment: { en: [{ text: en, start: 0, end: en.length }], es: [{ text: es, start: 0, end: es.length }], beads: [{ en: [0], es: [0], score: 0.7, weak: true }] },
        quotes: {
          quotes: [{ text: evil, start: qs, end: qs + evil.length, speaker: evil, status: evil, source: { text: evil, start: ss, end: ss + evil.length, speaker: evil },
            findings: [{ type: evil, severity: 'error', en: { text: evil, start: qs, end: qs + 10 }, es: { text: evil, start: ss, end: ss + 10 }, message: evil }] }],
          claims: [{ type: 'number', severity: 'warning', en: { text: evil, start: qs, end: qs + 5 }, es: null, message: evil }],
        },
      },
      { title: evil, locale: 'es' },
    );
    expect(html).not.toMatch(/<(script|img|svg|iframe|a |textarea)/i);
    expect(html).not.toMatch(/<meta http-equiv="refresh"/i);
    // Every tag and attribute in the page is one renderHTML writes: escaped text cannot open a tag.
    const TAGS = new Set('html head meta title style body h1 h2 p section article div span blockquote ul li mark table thead tbody tr th td br footer'.split(' '));
    const ATTRS = new Set('class id lang title data-type data-severity charset http-equiv content name'.split(' '));
    for (const m of html.matchAll(/<\/?([a-zA-Z0-9!]+)([^>]*)>/g)) {
      if (m[1] === '!DOCTYPE') continue;
      expect(TAGS.has(m[1].toLowerCase()), m[0]).toBe(true);
      for (const a of m[2].matchAll(/([\w-]+)="[^"]*"/g)) expect(ATTRS.has(a[1]), a[0]).toBe(true);
      expect(m[2].replace(/([\w-]+)="[^"]*"/g, '').trim()).toBe('');
    }
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('lang="es"');
    expect(html).toContain('Citas');
  });

  it('shows the texts whole when there is no alignment, and sources in the English when embedded', () => {
    const en = 'Para one.\n\nHe said “hi”. Él dijo «hola».';
    const h = en.indexOf('hi”');
    const s = en.indexOf('hola');
    const html = renderHTML({ en, quotes: { quotes: [{ text: 'hi', start: h, end: h + 2, speaker: null, status: 'match', source: { text: 'hola', start: s, end: s + 4, speaker: null }, findings: [] }], claims: [] } });
    expect(html).toContain('<mark class="quote">hi</mark>');
    expect(html).toContain('<mark class="source">hola</mark>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('never throws on odd data and rejects bad arguments', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }), (s, a, b) => {
        const html = renderHTML({ en: s, es: s, quotes: { quotes: [{ text: s, start: a, end: b, speaker: null, status: 'mismatch', source: null, findings: [{ type: 'x', severity: 'bogus' as never, en: { text: s, start: b, end: a }, es: null, message: s }] }], claims: [] }, alignment: { en: [{ text: s, start: a, end: b }], es: [], beads: [{ en: [0, 7], es: [3], score: NaN }] } });
        expect(html).not.toMatch(/<script/i);
      }),
      { numRuns: 150 },
    );
    expect(() => renderHTML({} as never)).toThrow(CotejoError);
    expect(() => renderHTML({ en: 'x', es: 3 as never })).toThrow(/input.es/);
    expect(() => renderHTML({ en: 'x' }, { locale: 'fr' as never })).toThrow(/locale/);
  });
});
