import { describe, expect, it } from 'vitest';
import { nameVariants } from '../src/lexicon/names/nameVariants.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';
import { namedInside } from '../src/quotes/check/nameFindings.js';

const types = (en: string, es: string): string[] =>
  findQuoteMismatches(en, es).quotes.flatMap((q) => q.findings.filter((f) => f.severity !== 'info').map((f) => f.type));

describe('entity findings', () => {
  it('flags a place swapped for another name even when the lexicon links the source name weakly', () => {
    const es = '«Es ciudadano británico, pero vive en la India», dijo Nora Quell.';
    expect(types('"He is a British citizen, but lives in India," said Nora Quell.', es)).toEqual([]);
    expect(types('"He is a British citizen, but lives in Kowalczyk," said Nora Quell.', es)).toContain('entity');
  });
  it('reads a sentence-initial source name as a name when either text capitalizes it inside a sentence', () => {
    expect(namedInside('Yesterday I met Bruno at the port.', 'Bruno')).toBe(true);
    expect(namedInside('Bruno met me at the port.', 'Bruno')).toBe(false);
    expect(namedInside('Brunovsky met me at the port.', 'Bruno')).toBe(false);
  });
  it('reads known exonyms as translations, not substitutions, and still catches a swapped name', () => {
    const es = '«Las exportaciones a Alemania y al Reino Unido cayeron con fuerza tras los nuevos aranceles», dijo Nora Quell.';
    const en = '"Exports to Germany and Britain fell sharply after the new tariffs," said Nora Quell.';
    expect(types(en, es)).toEqual([]);
    expect(types(en.replace('Britain', 'Kowalczyk'), es)).toContain('entity');
    const es2 = '«El Ministerio del Interior envió a la Guardia Civil a la frontera con Marruecos», dijo Nora Quell.';
    const en2 = '"The Interior Ministry sent the Civil Guard to the border with Morocco," said Nora Quell.';
    expect(types(en2, es2)).toEqual([]);
    expect(types(en2.replace('Morocco', 'Okafor'), es2)).toContain('entity');
  });
  it('reports no dropped accent for an English exonym or a translated word', () => {
    const all = (en: string, es: string): string[] => findQuoteMismatches(en, es).quotes.flatMap((q) => q.findings.map((f) => f.type));
    expect(all('"We flew from Mexico City to New York for the summit last week," said Nora Quell.',
      '«Volamos de Ciudad de México a Nueva York para la cumbre la semana pasada», dijo Nora Quell.')).not.toContain('diacritics');
    expect(all('"The European Union must act now on the migrant crisis in the south," said Nora Quell.',
      '«La Unión Europea debe actuar ya ante la crisis migratoria en el sur», dijo Nora Quell.')).not.toContain('diacritics');
    expect(all('"We met the people of Seville and Cordoba last week to discuss the floods," said Nora Quell.',
      '«Nos reunimos con la gente de Sevilla y Córdoba la semana pasada para hablar de las inundaciones», dijo Nora Quell.')).toContain('diacritics');
  });
});

describe('name variants across the languages', () => {
  it('matches translated given names and transliterations, not different names', () => {
    expect(nameVariants('Harry', 'Enrique')).toBe(true);
    expect(nameVariants('Benedict', 'Benedicto')).toBe(true);
    expect(nameVariants('Tchaikovsky', 'Chaikovski')).toBe(true);
    expect(nameVariants('Gorbachev', 'Gorbachov')).toBe(true);
    expect(nameVariants('Khrushchev', 'Jruschov')).toBe(true);
    // A Spanish name that renders two English ones belongs to both groups.
    expect(nameVariants('Elizabeth', 'Isabel')).toBe(true);
    expect(nameVariants('Isabella', 'Isabel')).toBe(true);
    expect(nameVariants('Saint', 'San')).toBe(true);
    expect(nameVariants('Harry', 'Jorge')).toBe(false);
    expect(nameVariants('Celurex', 'Tanaka')).toBe(false);
    expect(nameVariants('Martínez', 'Ramírez')).toBe(false);
  });

  it('raises no entity finding for a royal given name or a transliteration, and still one for another name', () => {
    const types = (en: string, es: string): string[] => findQuoteMismatches(en, es).quotes[0].findings.map((f) => f.type);
    expect(types('"Prince Harry left London for The Hague," she said.', '«El príncipe Enrique dejó Londres rumbo a La Haya», dijo.')).toEqual([]);
    expect(types('"The Tchaikovsky concerto was played in Munich," he said.', '«El concierto de Chaikovski se tocó en Múnich», dijo.')).toEqual([]);
    expect(types('"Queen Elizabeth was a symbol for the whole country," he said.', '«La reina Isabel fue un símbolo para todo el país», dijo.')).toEqual([]);
    expect(types('"We talked to the Saint Peter\'s Basilica staff," she said.', '«Hablamos con el personal de la basílica de San Pedro», dijo.')).toEqual([]);
    expect(types('"Prince Harry left London for The Hague," she said.', '«El príncipe Jorge dejó Londres rumbo a La Haya», dijo.')).toContain('entity');
  });

  it('knows the British ministries by their Spanish names and Easter as `Semana Santa`', () => {
    const types = (en: string, es: string): string[] => findQuoteMismatches(en, es).quotes[0].findings.map((f) => f.type);
    expect(types('"The Home Office has failed these families," he said.', '«El Ministerio del Interior ha fallado a estas familias», dijo.')).toEqual([]);
    expect(types('"The Foreign Office has advised against all travel," he said.', '«El Ministerio de Asuntos Exteriores desaconseja todos los viajes», dijo.')).toEqual([]);
    expect(types('"We celebrated Easter with our families in Seville," she said.', '«Celebramos la Semana Santa con nuestras familias en Sevilla», dijo.')).toEqual([]);
    expect(types('"Myanmar is in crisis and the Pyrenees are covered in snow," she said.', '«Birmania está en crisis y los Pirineos están cubiertos de nieve», dijo.')).toEqual([]);
    expect(types('"The Home Office has failed these families," he said.', '«El Ministerio de Sanidad ha fallado a estas familias», dijo.')).toContain('entity');
  });
});
