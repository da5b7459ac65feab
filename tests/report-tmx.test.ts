import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { toTMX, parseTMX, tmxPairs, tokenizeXML, escapeXML, beadText, type AlignmentLike } from '../src/report/index.js';
import { CotejoError } from '../src/CotejoError.js';
import { corpusCases, goldAlignment } from './report-helpers.js';

const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));

function xmllint(xml: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-tmx-'));
  try {
    const file = join(dir, 'a.tmx');
    writeFileSync(file, xml);
    execFileSync(XMLLINT!, ['--noout', '--nonet', file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const one = (en: string, es: string): AlignmentLike => ({
  en: [{ text: en, start: 0, end: en.length }],
  es: [{ text: es, start: 0, end: es.length }],
  beads: [{ en: [0], es: [0], score: 0.5 }],
});

describe('toTMX / parseTMX on corpus alignments', () => {
  const cases = corpusCases();
  it('has corpus cases with gold alignments', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of cases) {
    it(`round-trips ${name}`, () => {
      const { alignment } = goldAlignment(name);
      const xml = toTMX(alignment);
      const doc = parseTMX(xml);
      expect(doc.version).toBe('1.4');
      expect(doc.header).toMatchObject({ srclang: 'en', adminlang: 'en', segtype: 'sentence', creationtool: 'cotejo' });
      expect(doc.header.creationtoolversion).toMatch(/^\d+\.\d+\.\d+/);
      expect(doc.units).toHaveLength(alignment.beads.length);
      alignment.beads.forEach((b, i) => {
        const u = doc.units[i];
        expect(u.tuid).toBe(String(i + 1));
        expect(u.variants.map((v) => v.lang)).toEqual(['en', 'es']);
        expect(u.variants[0].text).toBe(beadText(alignment, b, 'en'));
        expect(u.variants[1].text).toBe(beadText(alignment, b, 'es'));
        expect(u.props.find((p) => p.type === 'x-cotejo-score')?.value).toBe(String(Math.round(b.score * 1e4) / 1e4));
        expect(u.props.some((p) => p.type === 'x-cotejo-weak')).toBe(!!b.weak);
      });
      if (XMLLINT) xmllint(xml);
    });
  }
  it.skipIf(!XMLLINT)('xmllint accepts TMX with hostile text (skipped without xmllint: apt-get install libxml2-utils)', () => {
    const nasty = 'a < b && c > d "q" \'s\' ]]> <!-- x --> \u0000\u0001\u000b\ud800 lone \r\n crlf \t tab <script>alert(1)</script> 😀';
    const xml = toTMX(one(nasty, `${nasty} es`), { enLang: 'en-US', creationDate: new Date(Date.UTC(2026, 0, 9, 8, 5, 3)) });
    expect(xml).toContain('creationdate="20260109T080503Z"');
    xmllint(xml);
    const back = parseTMX(xml).units[0].variants[0].text;
    expect(back).toBe(nasty.replace(/[\u0000\u0001\u000b]|\ud800(?![\udc00-\udfff])/g, '\uFFFD'));
  });
  it('drops illegal characters on request and skips unpaired beads', () => {
    const a: AlignmentLike = {
      en: [{ text: 'x\u0007y', start: 0, end: 3 }, { text: 'alone', start: 4, end: 9 }],
      es: [{ text: 'z', start: 0, end: 1 }],
      beads: [{ en: [0], es: [0], score: 1 }, { en: [1], es: [], score: 0 }],
    };
    expect(parseTMX(toTMX(a, { invalidChars: 'drop' })).units[0].variants[0].text).toBe('xy');
    expect(parseTMX(toTMX(a)).units).toHaveLength(2);
    expect(parseTMX(toTMX(a, { skipUnpaired: true })).units).toHaveLength(1);
    expect(parseTMX(toTMX(a)).units[1].variants[1].text).toBe('');
  });
  it('rejects bad arguments with CotejoError', () => {
    expect(() => toTMX({} as never)).toThrow(CotejoError);
    expect(() => toTMX(one('a', 'b'), { srclang: 'fr' as never })).toThrow(/srclang/);
    expect(() => toTMX(one('a', 'b'), { creationDate: new Date(NaN) })).toThrow(/creationDate/);
  });
});

describe('parseTMX reads ordinary TMX from CAT tools', () => {
  const cat = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ENTITY custom "x"> ]>
<!-- exported by a CAT tool -->
<tmx version="1.4">
  <header creationtool="SDL Trados" creationtoolversion="16" segtype="sentence" o-tmf="TW4Win" adminlang="EN-US" srclang="EN-US" datatype="rtf">
    <prop type="x-Domain">News</prop>
    <note>Header note</note>
  </header>
  <body>
    <tu tuid="7" srclang="EN-US">
      <prop type="x-Client">Agency &amp; Co</prop>
      <note>check</note>
      <tuv xml:lang="EN-US"><seg>The <bpt i="1" x="1">&lt;b&gt;</bpt>president<ept i="1">&lt;/b&gt;</ept> said<ph x="2">&lt;br/&gt;</ph> “no” &#8212; <hi type="emphasis">twice</hi>.</seg></tuv>
      <tuv xml:lang="ES-ES"><seg><![CDATA[El <presidente> dijo «no»]]> &#x2014; dos veces.</seg></tuv>
      <tuv lang="fr"><seg>Le président <it pos="begin">&lt;i&gt;</it>a dit<ut>{\\i0}</ut> non.</seg></tuv>
    </tu>
    <tu><tuv lang='en'><seg/></tuv></tu>
    <tu><tuv xml:lang="en"><seg>Footnote<ph>&lt;fn&gt;<sub>inner text</sub>&lt;/fn&gt;</ph>.</seg></tuv></tu>
  </body>
</tmx>`;
  it('handles BOM, DOCTYPE, comments, props, notes, inline codes, CDATA, entities, lang vs xml:lang, three variants', () => {
    const doc = parseTMX(cat);
    expect(doc.header).toMatchObject({ srclang: 'EN-US', adminlang: 'EN-US', creationtool: 'SDL Trados', segtype: 'sentence' });
    expect(doc.header.props).toEqual([{ type: 'x-Domain', value: 'News' }]);
    expect(doc.header.notes).toEqual(['Header note']);
    expect(doc.units).toHaveLength(3);
    const u = doc.units[0];
    expect(u.tuid).toBe('7');
    expect(u.props).toEqual([{ type: 'x-Client', value: 'Agency & Co' }]);
    expect(u.notes).toEqual(['check']);
    expect(u.variants.map((v) => v.lang)).toEqual(['EN-US', 'ES-ES', 'fr']);
    expect(u.variants[0].text).toBe('The president said “no” — twice.');
    expect(u.variants[0].hadInlineCodes).toBe(true);
    expect(u.variants[1].text).toBe('El <presidente> dijo «no» — dos veces.');
    expect(u.variants[1].hadInlineCodes).toBe(false);
    expect(u.variants[2].text).toBe('Le président a dit non.');
    expect(doc.units[1].variants[0]).toMatchObject({ lang: 'en', text: '' });
    expect(doc.units[2].variants[0].text).toBe('Footnoteinner text.');
    expect(tmxPairs(doc)).toEqual([{ unit: 0, tuid: '7', en: 'The president said “no” — twice.', es: 'El <presidente> dijo «no» — dos veces.' }]);
    expect(tmxPairs(doc, { es: 'fr' })[0].es).toBe('Le président a dit non.');
    expect(() => tmxPairs(doc, { es: 'EN' })).toThrow(CotejoError);
  });
  it('reports malformed XML and non-TMX with INVALID_FORMAT and a position', () => {
    for (const bad of ['<tmx><body></tmx>', '<tmx><body>', '<tmx a="1>', '<tmx><!-- x', '<tmx>< x</tmx>', '<tmx a="1" a="2"/>', '</tmx>', '<tmx><![CDATA[x</tmx>']) {
      try {
        parseTMX(bad);
        throw new Error(`accepted ${bad}`);
      } catch (e) {
        expect(e).toBeInstanceOf(CotejoError);
        expect((e as CotejoError).code).toBe('INVALID_FORMAT');
        expect((e as Error).message).toMatch(/line \d+, column \d+/);
      }
    }
    expect(() => parseTMX('<html></html>')).toThrow(/root element is <html>/);
    expect(() => parseTMX(42 as never)).toThrow(CotejoError);
  });
  it('is linear on adversarial input (long runs, 1 MB)', () => {
    const runs = ['<'.repeat(1) + 'a'.repeat(1_000_000), `<tmx>${'&'.repeat(1_000_000)}</tmx>`, `<tmx>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</tmx>`, `<tmx x="${'"'.repeat(1)}${' '.repeat(1_000_000)}"/>`];
    for (const xml of runs) {
      const t0 = performance.now();
      try { tokenizeXML(xml); } catch (e) { expect(e).toBeInstanceOf(CotejoError); }
      const ms = performance.now() - t0;
      expect(ms, `${xml.slice(0, 20)}… took ${ms} ms`).toBeLessThan(1500);
    }
  });
});

describe('properties', () => {
  it('any text survives toTMX → parseTMX (with illegal characters replaced)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const doc = parseTMX(toTMX(one(a, b)));
        const legal = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD');
        expect(doc.units[0].variants[0].text).toBe(legal(a));
        expect(doc.units[0].variants[1].text).toBe(legal(b));
      }),
      { numRuns: 300 },
    );
  });
  it('escapeXML output never contains a raw < or & outside references', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeXML(s, { context: 'attribute' });
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&(amp|lt|gt|quot|#\d+);/g, '')).not.toContain('&');
      }),
    );
  });
});
