import { describe, it, expect } from 'vitest';
import i18next from 'i18next';
import fc from 'fast-check';
import { checkResources, toI18nextResources, toTSV, pluralCategories, fnv1a32, beadText, type ResourceFinding } from '../src/report/index.js';
import { CotejoError } from '../src/CotejoError.js';
import { corpusCases, goldAlignment } from './report-helpers.js';

const types = (fs: ResourceFinding[]): string[] => fs.map((f) => `${f.type}:${f.key}`);

describe('checkResources', () => {
  const en = {
    cart: {
      items_one: 'One item in your cart',
      items_other: '{{count}} items in your cart',
      total: 'Total: {{amount, currency}} for 5 products',
      warning: 'Do not refresh the page.',
      ref: 'See $t(cart.total) and $t(legal.terms)',
    },
    articles: { quote: 'On Wednesday, Petro said “we froze the threat”' },
    legal: { terms: 'Terms of service' },
    onlyEn: 'Missing in Spanish',
  };
  const good = {
    cart: {
      items_one: 'Un artículo en su carrito',
      items_many: '{{count}} de artículos en su carrito',
      items_other: '{{count}} artículos en su carrito',
      total: 'Total: {{amount, currency}} por 5 productos',
      warning: 'No actualice la página.',
      ref: 'Vea $t(cart.total) y $t(legal.terms)',
    },
    articles: { quote: 'Petro dijo el miércoles: «congelamos la amenaza»' },
    legal: { terms: 'Condiciones del servicio' },
    onlyEn: 'Falta en español',
  };

  it('finds nothing in a faithful bundle', () => {
    const r = checkResources(en, good);
    expect(r.findings).toEqual([]);
    expect(r.keys).toEqual({ en: 8, es: 9, compared: 9 });
  });

  it('catches a missing {{count}}, a dropped _many and a changed number (the issue\'s bundle)', () => {
    const bad = structuredClone(good) as typeof good & { cart: Record<string, string> };
    bad.cart.items_other = 'artículos en su carrito';
    delete (bad.cart as Record<string, string>).items_many;
    bad.cart.total = 'Total: {{amount, currency}} por 6 productos';
    const r = checkResources(en, bad);
    expect(types(r.findings)).toEqual(['missingPluralForm:cart.items', 'missingVariable:cart.items_other', 'number:cart.total']);
    const [plural, variable, number] = r.findings;
    expect(plural).toMatchObject({ severity: 'error', form: 'many', lang: 'es', ordinal: false });
    expect(plural.message).toBe('Spanish needs the plural form cart.items_many, which is missing.');
    expect(variable).toMatchObject({ severity: 'error', variable: 'count', en: { text: '{{count}}', start: 0, end: 9 } });
    expect(number).toMatchObject({ severity: 'error', actual: '5', expected: '6', en: { text: '5' }, es: { text: '6' } });
    for (const f of r.findings) {
      if (f.en) expect(f.en.text).toBe(f.type === 'missingPluralForm' ? en.cart.items_other : (en as never as Record<string, Record<string, string>>).cart[f.key.split('.')[1]].slice(f.en.start, f.en.end));
    }
    const es = checkResources(en, bad, { locale: 'es' });
    expect(es.findings[0].message).toBe('El español necesita la forma plural cart.items_many, que falta.');
  });

  it('checks variables, nestings, quote marks, names, negation, keys and empty strings', () => {
    const bad = {
      cart: {
        items_one: 'Un artículo',
        items_many: '{{count}} de artículos',
        items_other: '{{count}} artículos {{extra}}',
        items_few: 'pocos',
        total: 'Total: {{amount, currency}} por 5 productos',
        warning: 'Actualice la página.',
        ref: 'Vea $t(cart.total)',
      },
      articles: { quote: 'Dijo el miércoles que congelamos la amenaza' },
      legal: { terms: '' },
      onlyEs: 'Sobra',
    };
    const r = checkResources(en, bad);
    expect(types(r.findings)).toEqual([
      'extraVariable:cart.items_other',
      'extraPluralForm:cart.items',
      'negation:cart.warning',
      'missingNesting:cart.ref',
      'quoteMarks:articles.quote',
      'name:articles.quote',
      'emptyValue:legal.terms',
      'missingKey:onlyEn',
      'extraKey:onlyEs',
    ]);
    const neg = r.findings.find((f) => f.type === 'negation')!;
    expect(neg.en).toEqual({ text: 'not', start: 3, end: 6 });
    expect(r.findings.find((f) => f.type === 'name')).toMatchObject({ actual: 'Petro' });
  });

  it('is lenient with {{count}} left out of _one, and handles ordinals, flat keys and JSON text', () => {
    const r = checkResources(
      JSON.stringify({ 'place_ordinal_one': '{{count}}st', 'place_ordinal_two': '{{count}}nd', 'place_ordinal_few': '{{count}}rd', 'place_ordinal_other': '{{count}}th', n_one: '{{count}} file', n_other: '{{count}} files' }),
      JSON.stringify({ 'place_ordinal_other': '{{count}}.º', n_one: 'un archivo', n_many: '{{count}} de archivos', n_other: '{{count}} archivos' }),
      { keySeparator: false },
    );
    expect(r.findings.map((f) => [f.type, f.severity])).toEqual([['missingVariable', 'info']]);
  });

  it('follows Intl.PluralRules', () => {
    expect(pluralCategories('es')).toEqual(['one', 'many', 'other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('en', true)).toEqual(['one', 'two', 'few', 'other']);
  });

  it('rejects bad arguments with CotejoError', () => {
    expect(() => checkResources('{', {})).toThrow(expect.objectContaining({ code: 'INVALID_FORMAT' }));
    expect(() => checkResources([], {})).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkResources({}, {}, { keySeparator: '' })).toThrow(CotejoError);
    expect(() => checkResources({}, {}, { esLang: 'not a tag!' })).toThrow(/esLang/);
    expect(() => checkResources({}, {}, { bogus: 1 } as never)).toThrow(/Unknown option/);
  });

  it('never throws on odd strings and keeps spans exact (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 60 })), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 60 })), (a, b) => {
        const r = checkResources(a, b, { keySeparator: false });
        for (const f of r.findings) {
          const src = f.type === 'missingPluralForm' ? null : a[f.key];
          if (f.en && src !== undefined && src !== null && f.type !== 'extraVariable' && f.type !== 'extraNesting') expect(src.slice(f.en.start, f.en.end)).toBe(f.en.text);
          if (f.es && b[f.key] !== undefined) expect(b[f.key].slice(f.es.start, f.es.end)).toBe(f.es.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on adversarial strings', () => {
    const s = `${'{{'.repeat(50_000)}${'$t('.repeat(50_000)}${'<'.repeat(50_000)}${'1,'.repeat(50_000)}`;
    const t0 = performance.now();
    checkResources({ k: s }, { k: s });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('toI18nextResources', () => {
  for (const name of corpusCases()) {
    it(`makes bundles i18next can serve for ${name}`, async () => {
      const { alignment } = goldAlignment(name);
      const res = toI18nextResources(alignment);
      const inst = i18next.createInstance();
      await inst.init({ resources: res, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
      const keys = Object.keys(res.en.translation);
      expect(keys.length).toBe(alignment.beads.filter((b) => b.en.length && b.es.length).length);
      expect(keys[0]).toMatch(/^s\d{4}$/);
      alignment.beads.forEach((b, i) => {
        if (!b.en.length || !b.es.length) return;
        const key = `s${String(i + 1).padStart(4, '0')}`;
        expect(inst.t(key)).toBe(beadText(alignment, b, 'en'));
        expect(inst.t(key, { lng: 'es' })).toBe(beadText(alignment, b, 'es'));
      });
      const hashed = toI18nextResources(alignment, { keys: 'hash', prefix: 'art_' });
      expect(Object.keys(hashed.es.translation).every((k) => /^art_h[0-9a-f]{8}(_\d+)?$/.test(k))).toBe(true);
      expect(checkResources(res.en.translation, res.es.translation, { checks: { names: false, negation: false, quoteMarks: false } }).findings.filter((f) => f.type.endsWith('Key'))).toEqual([]);
    });
  }
  it('disambiguates repeated texts in hash keys and validates options', () => {
    const a = { en: [{ text: 'Yes.', start: 0, end: 4 }, { text: 'Yes.', start: 5, end: 9 }], es: [{ text: 'Sí.', start: 0, end: 3 }, { text: 'Claro.', start: 4, end: 10 }], beads: [{ en: [0], es: [0], score: 1 }, { en: [1], es: [1], score: 1 }] };
    const h = `h${fnv1a32('Yes.')}`;
    expect(toI18nextResources(a, { keys: 'hash' }).es.translation).toEqual({ [h]: 'Sí.', [`${h}_2`]: 'Claro.' });
    expect(() => toI18nextResources(a, { keys: 'uuid' as never })).toThrow(CotejoError);
    expect(() => toI18nextResources(a, { enLang: 'es' })).toThrow(/different/);
  });
});

describe('toTSV', () => {
  it('writes one line per bead with a header, flattening tabs and line breaks', () => {
    const { alignment } = goldAlignment(corpusCases()[0]);
    const tsv = toTSV(alignment, { columns: ['bead', 'enIndices', 'esIndices', 'en', 'es', 'score', 'weak'] });
    const lines = tsv.trimEnd().split('\n');
    expect(lines[0]).toBe('bead\tenIndices\tesIndices\ten\tes\tscore\tweak');
    expect(lines).toHaveLength(alignment.beads.length + 1);
    for (const l of lines) expect(l.split('\t')).toHaveLength(7);
    const a = { en: [{ text: 'a\tb\nc\\', start: 0, end: 6 }], es: [], beads: [{ en: [0], es: [], score: 0 }] };
    expect(toTSV(a, { header: false, columns: ['en', 'es'] })).toBe('a b c\\\t\n');
    expect(toTSV(a, { header: false, columns: ['en'], escape: 'backslash' })).toBe('a\\tb\\nc\\\\\n');
    expect(toTSV(a, { header: false, skipUnpaired: true })).toBe('');
    expect(() => toTSV(a, { columns: ['nope' as never] })).toThrow(CotejoError);
  });
});
