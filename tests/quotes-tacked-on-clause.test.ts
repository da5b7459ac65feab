import { describe, expect, it } from 'vitest';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const additions = (en: string, es: string): string[] =>
  findQuoteMismatches(en, es)
    .quotes.flatMap((q) => q.findings)
    .filter((f) => f.type === 'addition')
    .map((f) => f.en.text);

const ES =
  'La presidenta del sindicato declaró: «Si el Senado se niega a enmendar la ley, iremos a la huelga el 17 de marzo y mantendremos el paro todo el tiempo que haga falta».';

describe('tackedOnClause', () => {
  it('reports a clause tacked on at the end even when a word of it pairs by chance with a Spanish function word', () => {
    const en =
      'The union leader said: "If the Senate refuses to amend the bill, we will walk out on March 17, and we will stay out for as long as it takes, while the hospitals are running out of beds and medicine."';
    const found = additions(en, ES);
    expect(found.some((t) => t.includes('hospitals are running out of beds and medicine'))).toBe(true);
  });

  it('keeps the faithful quote clean', () => {
    const en =
      'The union leader said: "If the Senate refuses to amend the bill, we will walk out on March 17, and we will stay out for as long as it takes."';
    expect(additions(en, ES)).toEqual([]);
  });

  it('does not report a closing clause the source renders loosely (its words are there, unlinked)', () => {
    const en =
      'The senator said: "The ball is now in the Senate\'s court, and if senators water down the subsidy cuts, the numbers no longer add up."';
    const es =
      'El senador dijo: «Ahora la pelota está en el tejado del Senado, y si los senadores suavizan los recortes de subsidios, las cuentas ya no cuadran».';
    expect(additions(en, es)).toEqual([]);
  });
});

describe('one added clause, one finding', () => {
  it('reports an added clause once, not again as the word run inside it', () => {
    const en =
      '"We met the workers and their families on Monday in the town hall. We are all in the same boat and the government has shot itself in the foot," the official said.';
    const es = '«Nos reunimos con los trabajadores y sus familias el lunes en el ayuntamiento. Todos estamos en el mismo barco», dijo el funcionario.';
    expect(additions(en, es)).toEqual(['and the government has shot itself in the foot']);
  });
});
