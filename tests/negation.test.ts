import { describe, expect, it } from 'vitest';
import { CotejoError, compareNegation, countNegations, findNegations } from '../src/index.js';

const cues = (text: string, lang: 'en' | 'es' | 'auto' = 'auto') => findNegations(text, { lang }).map((c) => c.cue);

describe('findNegations', () => {
  it.each([
    ['No lo sabía.', 'es', ['not']],
    ['Nunca lo dije.', 'es', ['never']],
    ['Jamás volverá.', 'es', ['never']],
    ['Ni él ni ella.', 'es', ['nor', 'nor']],
    ['Yo tampoco.', 'es', ['neither']],
    ['Sin miedo.', 'es', ['without']],
    ['Nadie dijo nada.', 'es', ['nobody', 'nothing']],
    ['Ningún tren, ninguna casa, ninguno.', 'es', ['none', 'none', 'none']],
    ['No siempre fue así.', 'es', ['not-always']],
    ['No todos vinieron.', 'es', ['not-all']],
    ['Ni siquiera llamó.', 'es', ['not-even']],
    ['Siempre fue así.', 'es', ['always']],
    ['Sin embargo, vino. No obstante, se fue.', 'es', []],
    ['Es así, ¿no?', 'es', []],
    ['I do not know.', 'en', ['not']],
    ["I don't know. She can’t. We cannot. It won't.", 'en', ['not', 'not', 'not', 'not']],
    ['He never came.', 'en', ['never']],
    ['No one came, nobody called, nothing happened, none left.', 'en', ['nobody', 'nobody', 'nothing', 'none']],
    ['Neither he nor she.', 'en', ['neither', 'nor']],
    ['Without fear.', 'en', ['without']],
    ['It was not always so.', 'en', ['not-always']],
    ["It doesn't always work.", 'en', ['not-always']],
    ['Not all of them.', 'en', ['not-all']],
    ['It was always so.', 'en', ['always']],
    ['See No. 5 on the list.', 'en', []],
    ['An unprecedented, non-essential and insufficient plan; homeless people, free of charge.', 'en', ['affix', 'affix', 'affix', 'affix', 'affix']],
    ['Es imposible, desconocido e inevitable.', 'es', ['affix', 'affix', 'affix']],
    ['The United Nations understand the universe.', 'en', []],
  ] as const)('%s (%s)', (text, lang, want) => {
    const found = findNegations(text, { lang });
    expect(found.map((c) => c.cue)).toEqual(want);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads only the forced language, and `sin` as a Spanish word only in Spanish context', () => {
    expect(cues('nunca never', 'en')).toEqual(['never']);
    expect(cues('nunca never', 'es')).toEqual(['never']);
    expect(cues('It is a sin of pride and the sin of greed in the world.', 'auto')).toEqual([]);
    expect(cues('Lo hizo sin miedo y sin dudar en el pueblo.', 'auto')).toEqual(['without', 'without']);
  });

  it('reports polarity and language', () => {
    const [a] = findNegations('No siempre.', { lang: 'es' });
    expect(a).toMatchObject({ cue: 'not-always', polarity: 'partial', lang: 'es', text: 'No siempre', start: 0, end: 10 });
    const [b] = findNegations('always', { lang: 'en' });
    expect(b).toMatchObject({ polarity: 'universal', lang: 'en' });
  });

  it('validates its arguments', () => {
    expect(() => findNegations(undefined as never)).toThrow(CotejoError);
    expect(() => findNegations('x', 'es' as never)).toThrow(CotejoError);
    expect(findNegations('')).toEqual([]);
  });
});

describe('compareNegation', () => {
  it.each([
    ['He did not come.', 'No vino.', true],
    ['He never came.', 'Nunca vino.', true],
    ['He said nothing.', 'No dijo nada.', true],
    ['He did not say anything.', 'No dijo nada.', true],
    ['without fear', 'sin miedo', true],
    ['It was not always like that.', 'No siempre fue así.', true],
    ["He didn't come or call.", 'No vino ni llamó.', true],
    ['But a neighborhood is not just its walls.', 'Pero un barrio no son solo las paredes.', true],
    ['Mining is important, but it is not everything,', 'La minería es importante, pero no lo es todo.', true],
    ['However, he came.', 'Sin embargo, vino.', true],
    // a negation rendered by an affix on the other side
    ['The pandemic is unprecedented.', 'La pandemia no tiene precedentes.', true],
    ['Symptoms can be non-specific.', 'Los síntomas pueden ser no específicos.', true],
    ['It remained free of infections.', 'Quedó sin infecciones.', true],
    ['It is not possible.', 'Es imposible.', true],
    // planted errors
    ['It was always like that.', 'No siempre fue así.', false],
    ['The fastest way is never the best for Chile.', 'No siempre lo más rápido es lo mejor para Chile.', false],
    ['It is a perfect agreement.', 'No es un acuerdo perfecto.', false],
    ['He came.', 'No vino.', false],
    ['He did not come.', 'Vino.', false],
  ] as const)('%s | %s → %s', (en, es, same) => {
    expect(compareNegation(en, es).same).toBe(same);
  });

  it('counts negated clauses with Spanish negative concord folded', () => {
    expect(compareNegation('We cannot allow it, and we will not.', 'No podemos permitirlo.')).toMatchObject({
      same: true,
      sameCount: false,
      enCount: { negative: 2 },
      esCount: { negative: 1 },
    });
    expect(compareNegation('He did not come and did not call.', 'No vino y no llamó.').sameCount).toBe(true);
    expect(compareNegation('He did not come and called.', 'No vino y no llamó.')).toMatchObject({ same: true, sameCount: false });
    const text = 'No vino nadie, y no llamó nunca.';
    expect(countNegations(text, findNegations(text, { lang: 'es' }))).toEqual({ negative: 2, partial: 0, universal: 0, affixal: 0 });
  });

  it('throws for non-strings', () => {
    expect(() => compareNegation('x', 3 as never)).toThrow(CotejoError);
  });
});
