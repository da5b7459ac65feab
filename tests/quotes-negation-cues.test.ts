import { describe, expect, it } from 'vitest';
import { countNegations } from '../src/quotes/check/negationCues.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

const count = (t: string, lang: 'en' | 'es'): number => countNegations(t, lang).count;
const negation = (en: string, es: string): boolean =>
  findQuoteMismatches(en, es).quotes.some((q) => q.findings.some((f) => f.type === 'negation'));

describe('negation cues: what is not a negated statement', () => {
  it('reads question tags as tags', () => {
    expect(count('Así que vive en Valdora, ¿no?', 'es')).toBe(0);
    expect(count('Así que vive en Valdora, ¿no', 'es')).toBe(0);
    expect(count("You live in Valdora, don't you?", 'en')).toBe(0);
    expect(count("It isn't far, is it?", 'en')).toBe(1);
    expect(count('¿No vive en Valdora?', 'es')).toBe(1);
  });
  it('folds what follows `sin` into its scope', () => {
    expect(count('Nos quedamos sin pan ni leche', 'es')).toBe(0);
    expect(countNegations('Nos quedamos sin pan ni leche', 'es').without).toBe(1);
    expect(count('Se fue sin decir nada', 'es')).toBe(0);
  });
  it('reads `nada más` + infinitive as “as soon as” and `nothing but` as “only”', () => {
    expect(count('Se marchó nada más llegar la policía', 'es')).toBe(0);
    expect(count('No quiero nada más', 'es')).toBe(1);
    expect(count('I could hear nothing but the rain', 'en')).toBe(0);
  });
  it('counts idioms and affixes as optional (morph), not as negations', () => {
    for (const t of ["I can't wait to see the new bridge", 'No matter what he says, he wins', 'Little does she know what is coming', 'a non-native speaker', 'sugar-free drinks']) {
      const c = countNegations(t, 'en');
      expect(c.count, t).toBe(0);
      expect(c.morph, t).toBe(1);
    }
    expect(count("You can't help me with this", 'en')).toBe(1);
    expect(countNegations("I can't help laughing", 'en').morph).toBe(1);
    expect(countNegations('We are unable to come', 'en').morph).toBe(1);
    expect(countNegations('No importa lo que diga', 'es').morph).toBe(1);
    expect(countNegations('Sin importar lo que diga', 'es')).toMatchObject({ count: 0, without: 0, morph: 1 });
  });
  it('reads `not’ve` and clauses opened by `and neither` / `y … tampoco`', () => {
    expect(count("I should not've said it", 'en')).toBe(1);
    expect(count("Lidia doesn't swim and neither does Bruno", 'en')).toBe(2);
    expect(count('Lidia no nada, y Bruno tampoco', 'es')).toBe(2);
    expect(count('No vino nadie', 'es')).toBe(1);
  });
  it('stays linear on long runs of cue-like words', () => {
    const t0 = performance.now();
    countNegations("can't ".repeat(100_000), 'en');
    countNegations('nada más '.repeat(100_000), 'es');
    countNegations('¿no '.repeat(100_000), 'es');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('negation findings', () => {
  it('does not flag faithful renderings', () => {
    expect(negation('Marco Ventis said: "We have just run out of bread and milk in Valdora."', 'Marco Ventis afirmó: «Nos acabamos de quedar sin pan ni leche en Valdora».')).toBe(false);
    expect(negation('Marco Ventis said: "We are sorry we are unable to accept your offer."', 'Marco Ventis afirmó: «Lamentamos no poder aceptar su oferta».')).toBe(false);
  });
  it('pairs affixes across the languages before they explain a negation', () => {
    expect(negation('"It is not completely impossible to finish the bridge within a month," said Ada Frell.', '«Es completamente imposible terminar el puente en un mes», dijo Ada Frell.')).toBe(true);
    expect(negation('"It is completely impossible to finish the bridge within a month," said Ada Frell.', '«Es completamente imposible terminar el puente en un mes», dijo Ada Frell.')).toBe(false);
  });
});
