import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translate, LOCALES } from '../src/report/i18n.js';
import { quotesMessages } from '../src/report/locales/quotes.js';
import { resourcesMessages } from '../src/report/locales/resources.js';

/**
 * `translate` memoizes messages (a batch repeats the same few). These tests pin every memoized answer to what a
 * fresh i18next instance with the same resources says, on a first call (miss) and a repeated one (hit).
 */

function keysOf(tree: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.push(`${prefix}${k}`);
    else if (v && typeof v === 'object') out.push(...keysOf(v as Record<string, unknown>, `${prefix}${k}.`));
  }
  return out;
}

const reference = i18next.createInstance();
reference.init({
  resources: {
    en: { quotes: quotesMessages.en, resources: resourcesMessages.en },
    es: { quotes: quotesMessages.es, resources: resourcesMessages.es },
  },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['quotes', 'resources'],
  defaultNS: 'quotes',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const PARAMS: Record<string, unknown>[] = [
  {},
  { expected: '12.000', actual: '21,000' },
  { expected: '', actual: 'Quiñonez' },
  { expected: 'a\u0000b', actual: '"quoted", {{x}}' },
  { count: 1, match: 2, mismatch: 0, unsourced: 3, claims: 4 },
  { count: 5, expected: ['uno', 'dos'], actual: null },
  { count: Number.NaN },
];

describe('translate memo', () => {
  it('answers exactly what i18next answers, first and repeated calls, both locales', () => {
    const keys = [...keysOf(quotesMessages.en, 'quotes:'), ...keysOf(resourcesMessages.en, 'resources:')];
    expect(keys.length).toBeGreaterThan(10);
    for (let round = 0; round < 2; round++) {
      for (const locale of LOCALES) {
        for (const key of keys) {
          for (const params of PARAMS) {
            expect(translate(key, params, locale)).toBe(reference.t(key, { ...params, lng: locale }));
          }
        }
      }
    }
  });

  it('keeps parameters apart that a naive key would confuse', () => {
    const a = translate('quotes:number', { expected: 'x', actual: 'y' }, 'en');
    const b = translate('quotes:number', { expected: 'x","actual","y', actual: '' }, 'en');
    expect(a).not.toBe(b);
    expect(translate('quotes:number', { expected: '1', actual: '2' }, 'es')).not.toBe(translate('quotes:number', { expected: '1', actual: '2' }, 'en'));
  });

  it('still rejects a locale cotejo does not ship, memoized or not', () => {
    translate('quotes:unsourced', {}, 'en');
    expect(() => translate('quotes:unsourced', {}, 'fr' as never)).toThrow();
  });
});
