import { describe, expect, it } from 'vitest';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

describe('source span: a whole quotation and the source’s narration', () => {
  const es =
    'El ministerio presentó el lunes un plan contra las inundaciones que contará con una inversión de 30 millones de dólares para la región. ' +
    '«Vamos a proteger cada pueblo ribereño este año», dijo la ministra Clara Ibáñez.';

  it('leaves unsourced a whole quotation that only loosely matches the narration of a source that quotes its speakers', () => {
    const en =
      'The ministry presented a plan against floods on Monday. "We will protect every river town this year," Minister Clara Ibáñez said. ' +
      'Ambassador John Rowe said in English: "This is an investment in families and in the future of the region."';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[0].status).toBe('match');
    expect(r.quotes[0].source?.text).toBe('Vamos a proteger cada pueblo ribereño este año');
    expect(r.quotes[1].status).toBe('unsourced');
    expect(r.quotes[1].source).toBeNull();
  });

  it('still sources a phrase quoted from the narration (not a whole quotation)', () => {
    const en = 'The ministry said the plan was "a plan against floods" for the region.';
    const r = findQuoteMismatches(en, es);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].source).not.toBeNull();
  });

  it('still sources an interview answer (a turn, not narration)', () => {
    const en = 'Asked about the money, she answered: "The money is useless if it is not spent."';
    const turns = '—¿Y el dinero?\n\n—El dinero no sirve de nada si no se ejecuta, y lo sabemos. «Ejecutar» es la palabra.';
    const r = findQuoteMismatches(en, turns);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].status).not.toBe('unsourced');
  });
});
