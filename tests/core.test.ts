import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CotejoError, assertNumberInRange, assertOneOf, assertText } from '../src/CotejoError.js';
import { translate } from '../src/report/i18n.js';
import { VERSION } from '../src/version.js';

describe('CotejoError', () => {
  it('carries a code and the path of the bad argument', () => {
    try {
      assertText(42, 'en');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CotejoError);
      expect((e as CotejoError).code).toBe('INVALID_INPUT');
      expect((e as CotejoError).path).toBe('en');
      expect((e as CotejoError).message).toMatch(/must be a string, got number/);
    }
  });
  it('validates enumerations and ranges', () => {
    expect(assertOneOf('es', ['en', 'es'] as const, 'options.lang')).toBe('es');
    expect(() => assertOneOf('fr', ['en', 'es'] as const, 'options.lang')).toThrow(/options.lang must be one of 'en', 'es', got "fr"/);
    expect(() => assertNumberInRange(Number.NaN, 0, 1, 'options.threshold')).toThrow(CotejoError);
    expect(assertNumberInRange(0.5, 0, 1, 'options.threshold')).toBe(0.5);
  });
});

describe('own i18next instance', () => {
  it('translates into both locales', () => {
    expect(translate('quotes:unsourced', {}, 'en')).toMatch(/No Spanish source/);
    expect(translate('quotes:unsourced', {}, 'es')).toMatch(/No se encontró/);
  });
  it('rejects a locale it does not ship', () => {
    expect(() => translate('quotes:unsourced', {}, 'fr' as never)).toThrow(CotejoError);
  });
});

describe('package', () => {
  it('VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
