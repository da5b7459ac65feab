import { describe, expect, it } from 'vitest';
import { extractValues } from '../src/lexicon/values/extractValues.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const types = (en: string, es: string): string[] =>
  findQuoteMismatches(en, es).quotes.flatMap((q) => q.findings.filter((f) => f.severity !== 'info').map((f) => f.type));

describe('values in quotes', () => {
  it('compares the number of an identifier both sides write alike', () => {
    const es = 'Ivo Marquet dijo: «La vacuna contra la COVID-19 llegará a Valdora».';
    expect(types('Ivo Marquet said: "The COVID-19 vaccine will reach Valdora."', es)).toEqual([]);
    expect(types('Ivo Marquet said: "The COVID-23 vaccine will reach Valdora."', es)).toEqual(['number']);
    expect(types('Ivo Marquet said: "The Covid-19 vaccine will reach Valdora."', es)).toEqual([]);
  });
  it('reads plural weekdays of habit', () => {
    expect(extractValues('los domingos', { lang: 'es' })[0]?.value).toEqual({ weekday: 7 });
    expect(extractValues('on Sundays', { lang: 'en' })[0]?.value).toEqual({ weekday: 7 });
    expect(types('"I play chess with him on Sunday," said Nora Quell.', '«Juego al ajedrez con él los domingos», dijo Nora Quell.')).toEqual([]);
  });
  it('calls a plain number against a year a number', () => {
    expect(types('"The campaign of 2445 was dull," said Nora Quell.', '«La campaña de 1880 fue aburrida», dijo Nora Quell.')).toEqual(['number']);
    expect(types('"The campaign of 1881 was dull," said Nora Quell.', '«La campaña de 1880 fue aburrida», dijo Nora Quell.')).toEqual(['date']);
  });
});
