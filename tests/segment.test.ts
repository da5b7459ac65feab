import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CotejoError } from '../src/CotejoError.js';
import { DEFAULT_SEGMENT_OPTIONS, detectLanguage, segment } from '../src/segment/index.js';

const texts = (t: string, o?: Parameters<typeof segment>[1]) => segment(t, o).map((s) => s.text);

describe('segment: founding example (corpus/seed)', () => {
  const en = readFileSync(new URL('../corpus/seed/en.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('../corpus/seed/segments.json', import.meta.url), 'utf8'));
  const out = segment(en);

  it('matches the hand-written gold segmentation (text, lang, kind)', () => {
    expect(out.map(({ text, lang, kind }) => ({ text, lang, kind }))).toEqual(gold.en);
  });
  it('keeps the two headings as units of their own', () => {
    for (const h of [
      'Petro says the recent phone call froze threats of a US military operation in Colombia',
      'President Petro is set to visit the White House later this year',
    ]) {
      const s = out.find((x) => x.text === h);
      expect(s, h).toBeDefined();
      expect(s!.kind).toBe('heading');
    }
  });
  it('keeps the Spanish post apart from the handle line and the next paragraph, marked es', () => {
    const post = out.find((s) => s.text.includes('Delcy Rodríguez'))!;
    expect(post.text.endsWith('unir al pueblo de Venezuela”')).toBe(true);
    expect(post.lang).toBe('es');
    const i = out.indexOf(post);
    expect(out[i + 1].kind).toBe('links');
    expect(out[i + 2].kind).toBe('byline');
    expect(out[i + 2].text).toBe('— EL PAÍS América Colombia (@ElPaisAmericaCo) January 9, 2026');
    expect(out[i + 3].text.startsWith('Despite their stark')).toBe(true);
  });
  it('does not split "…Villavicencio and U.S. Secretary of State Marco Rubio…"', () => {
    expect(out.map((s) => s.text)).toContain(
      'Preparations for Petro’s visit to the White House are currently underway, with Colombian Foreign Minister Rosa Yolanda Villavicencio and U.S. Secretary of State Marco Rubio coordinating the schedule.',
    );
  });
  it('gives exact offsets and paragraph indexes', () => {
    for (const s of out) expect(en.slice(s.start, s.end)).toBe(s.text);
    expect(out[0].paragraph).toBe(0);
    expect(out.at(-1)!.paragraph).toBe(en.trim().split('\n').length - 1);
  });
});

describe('segment: quotations and dialogue', () => {
  it('ends a sentence where the quotation ends it', () => {
    expect(texts('He said it was “in Colombia.” Petro said so.')).toEqual(['He said it was “in Colombia.”', 'Petro said so.']);
    expect(texts('«No es una huelga política. Es una huelga por hambre», dijo Benítez.')).toHaveLength(1);
    expect(texts('“We will fight. We will win,” he said. Then he left.')).toEqual([
      '“We will fight. We will win,” he said.',
      'Then he left.',
    ]);
    expect(texts("She turned to him, 'This is great.' she said.")).toHaveLength(1);
    expect(texts('Dijo: «Ya está. Nos vamos.» Luego se fue.')).toEqual(['Dijo: «Ya está. Nos vamos.»', 'Luego se fue.']);
  });
  it("splits the sentences of a quotation with quotations: 'split', never inside brackets", () => {
    const o = { quotations: 'split' } as const;
    expect(texts('«No es una huelga política. Es una huelga por hambre», dijo Benítez.', o)).toEqual([
      '«No es una huelga política.',
      'Es una huelga por hambre», dijo Benítez.',
    ]);
    expect(texts('“Will you resign?” Zubeldia asked. He answered (“No. Never.”) and left.', o)).toEqual([
      '“Will you resign?” Zubeldia asked.',
      'He answered (“No. Never.”) and left.',
    ]);
  });
  it('keeps Spanish dialogue incises with their line', () => {
    expect(texts('—¿Qué hora es? —preguntó Juan. —Las tres —respondió ella.')).toEqual([
      '—¿Qué hora es? —preguntó Juan.',
      '—Las tres —respondió ella.',
    ]);
  });
  it('tells apostrophes and elisions from single quotes', () => {
    expect(texts("In the '90s it boomed. The players' union grew. 'Fine.' she said.")).toEqual([
      "In the '90s it boomed.",
      "The players' union grew.",
      "'Fine.' she said.",
    ]);
    expect(texts('Petro’s aides met. The Reyes’ team left. ‘Enough.’ He went.')).toHaveLength(4);
  });
  it('keeps a quotation that runs over paragraphs (no closing mark until the last) one unit per paragraph', () => {
    const text = '“We will rebuild the bridge. It will take two years.\n“And it will cost less than we feared,” the mayor said. She left.';
    expect(segment(text).map((s) => s.text)).toEqual([
      '“We will rebuild the bridge. It will take two years.',
      '“And it will cost less than we feared,” the mayor said.',
      'She left.',
    ]);
    // an unclosed quotation that the next paragraph does not reopen is ignored, as broken quotes are
    expect(segment('“We will rebuild the bridge. It will take two years.\nThe mayor left.').map((s) => s.text)).toEqual([
      '“We will rebuild the bridge.',
      'It will take two years.',
      'The mayor left.',
    ]);
  });
  it('survives broken quotes without swallowing the paragraph', () => {
    expect(texts('He said “this is wrong. It has no end. Really.')).toHaveLength(3);
    expect(texts('Petro’s plan. Trump’s answer.')).toHaveLength(2);
  });
});

describe('segment: abbreviations, numbers, links', () => {
  it('knows English abbreviations', () => {
    expect(texts('Mr. Smith met Gov. Newsom and Sen. Paul at 5 p.m. on Jan. 9. They talked.')).toEqual([
      'Mr. Smith met Gov. Newsom and Sen. Paul at 5 p.m. on Jan. 9.',
      'They talked.',
    ]);
    expect(texts('I live in the U.S. How about you?')).toHaveLength(2);
    expect(texts('The U.N. Security Council met. Acme Inc. It closed.')).toEqual(['The U.N. Security Council met.', 'Acme Inc.', 'It closed.']);
    expect(texts('See Fig. 3 and No. 5 on St. Mark’s Ave. near Dr. Lee’s office.')).toHaveLength(1);
    expect(texts('J. R. R. Tolkien wrote it. You and I. Did you see Albert I. Jones?')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'You and I.',
      'Did you see Albert I. Jones?',
    ]);
  });
  it.each([
    'Mr. Smith arrived.', 'Dr. Lee arrived.', 'Gov. Newsom spoke.', 'Sen. Paul voted.', 'Rep. Ocasio voted.',
    'It opened Jan. 9 in Bogotá.', 'It opens at 9 a.m. Monday.', 'It ends at 5 p.m. ET.', 'The U.S. Army left.',
    'The U.N. Security Council met.', 'Acme Inc. Chief Executive Jane Doe quit.', 'Room No. 5 is free.',
    'See Fig. 3 below.', 'St. Louis is big.', 'J. R. R. Tolkien wrote it.', 'El Sr. Ruiz llegó.', 'La Sra. Gil habló.',
    'La Srta. Paz vino.', 'El Dr. Ruiz operó.', 'La Dra. Gil operó.', 'El Lic. Naser firmó.', 'El Excmo. Sr. Ruiz habló.',
    'Viajó a EE. UU. con su familia.', 'Compró frutas, p. ej. manzanas.', 'Leyó el núm. 5 y la pág. 12.',
    'Trajo peras, etc., y se fue.', 'Llegó a las 8 a. m. del lunes.', 'Salió a las 9 p. m. del martes.',
    'Quedó 2.º con 3,1 puntos, 1.500 votos y 1,500.5 dólares.',
  ])('does not split inside %j', (sentence) => {
    expect(texts(`${sentence} Next one.`)).toEqual([sentence, 'Next one.']);
  });

  it('knows Spanish abbreviations', () => {
    expect(texts('La Sra. Pérez y el Lic. Gómez hablaron con el Excmo. Sr. Ruiz. Después se fueron.')).toHaveLength(2);
    expect(texts('Viajó a EE. UU. el martes. Llegó a las 8 a. m. y habló, p. ej., de la pág. 12 y del núm. 4. Fin.')).toEqual([
      'Viajó a EE. UU. el martes.',
      'Llegó a las 8 a. m. y habló, p. ej., de la pág. 12 y del núm. 4.',
      'Fin.',
    ]);
    expect(texts('Fue el 2.º puesto, con 3,1 puntos y 1.500 votos. Bien.')).toHaveLength(2);
    expect(texts('Trajo manzanas, peras, etc. Luego se fue.')).toHaveLength(2);
  });
  it('does not split numbers, URLs, e-mail, handles, hashtags and emoji', () => {
    expect(texts('It cost $1,500.5 or 3,1 € in 2.º place. Next.')).toHaveLength(2);
    expect(texts('See https://example.com/a?b=1.2&c=d. Write to ana.gil@elpais.es. Or @ana_gil #Colombia 🇨🇴. Done.')).toEqual([
      'See https://example.com/a?b=1.2&c=d.',
      'Write to ana.gil@elpais.es.',
      'Or @ana_gil #Colombia 🇨🇴.',
      'Done.',
    ]);
  });
  it('handles ellipses', () => {
    expect(texts('I never meant that.... She left.')).toHaveLength(2);
    expect(texts('Bueno… no sé. Vale.')).toEqual(['Bueno… no sé.', 'Vale.']);
  });
});

describe('segment: kinds and lines', () => {
  it('tells headings, bylines and links from sentences', () => {
    const out = segment('Big news today\nBy Jane Doe\nThe president spoke. He left.\n@ana | https://t.co/x\n— El País (@elpais) 9 de enero de 2026\n');
    expect(out.map((s) => s.kind)).toEqual(['heading', 'byline', 'sentence', 'sentence', 'links', 'byline']);
    expect(out.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 3, 4]);
  });
  it('handles CRLF and wrapped lines', () => {
    expect(texts('Title here\r\nThe text starts \r\nand goes on. End.')).toEqual(['Title here', 'The text starts \r\nand goes on.', 'End.']);
    expect(texts('features\ncontact manager\nevents, activities')).toEqual(['features', 'contact manager', 'events, activities']);
    expect(texts('A LINE\nTHAT WRAPS\n\nNew paragraph.', { lineBreaks: 'wrap' })).toEqual(['A LINE\nTHAT WRAPS', 'New paragraph.']);
    expect(texts('one\ntwo', { lineBreaks: 'paragraph' })).toEqual(['one', 'two']);
  });
  it('splits inline lists', () => {
    expect(texts('1.) The first item 2.) The second item')).toEqual(['1.) The first item', '2.) The second item']);
    expect(texts('a. The first item b. The second item c. The third list item')).toHaveLength(3);
    expect(texts('1 + 1 es 2. 2 + 2 es 4. El auto es rojo.')).toHaveLength(3);
  });
});

describe('segment: news conventions (own examples)', () => {
  it('keeps datelines, bylines and the links after a post apart', () => {
    const out = segment(
      'Por Ana Gil\nMadrid, 14 de mayo de 2026\nMADRID. El Gobierno aprobó ayer el plan. La oposición votó en contra.\n' +
        'Hoy voté en contra. #LeyDeAguas https://t.co/Qw3rT8xLmz\n— Ximena Aravena (@XimenaAravenaT) March 4, 2026\n',
    );
    expect(out.map((s) => [s.text, s.kind, s.lang])).toEqual([
      ['Por Ana Gil', 'byline', 'es'],
      ['Madrid, 14 de mayo de 2026', 'byline', 'es'],
      ['MADRID. El Gobierno aprobó ayer el plan.', 'sentence', 'es'],
      ['La oposición votó en contra.', 'sentence', 'es'],
      ['Hoy voté en contra.', 'sentence', 'es'],
      ['#LeyDeAguas https://t.co/Qw3rT8xLmz', 'links', 'und'],
      ['— Ximena Aravena (@XimenaAravenaT) March 4, 2026', 'byline', 'und'],
    ]);
  });
  it('takes photo credits and update lines for bylines', () => {
    const out = segment('Foto: EFE\nUpdated Jan. 9, 2026 at 5 p.m. ET\nPhotographs by Jane Doe for The Times\nUpdated figures were released.\n');
    expect(out.map((s) => s.kind)).toEqual(['byline', 'byline', 'byline', 'sentence']);
  });
  it('keeps an attribution after a quoted question, and splits after a quoted statement', () => {
    expect(texts('“Will you resign if we go down?” Zubeldia asked. He did not answer.')).toEqual([
      '“Will you resign if we go down?” Zubeldia asked.',
      'He did not answer.',
    ]);
    expect(texts('“Nos vamos.” Luego salió.')).toEqual(['“Nos vamos.”', 'Luego salió.']);
  });
  it('reads months, times and footnotes', () => {
    expect(texts('The airport will remain closed until Oct. President Widodo visited on Oct. 2.')).toEqual([
      'The airport will remain closed until Oct.',
      'President Widodo visited on Oct. 2.',
    ]);
    expect(texts('He left at 6 p.m. Travelers who stayed left at 9 p.m. ET on Tuesday.')).toHaveLength(2);
    expect(texts('Rates rose on Wed. Markets fell. Gov. DeSantis said no. Sen. Warren agreed.')).toEqual([
      'Rates rose on Wed.',
      'Markets fell.',
      'Gov. DeSantis said no.',
      'Sen. Warren agreed.',
    ]);
    expect(texts('Smith et al. found it. Se va. Pedro se queda.')).toEqual(['Smith et al. found it.', 'Se va.', 'Pedro se queda.']);
    expect(texts('Saint Maximus is a Christian martyr.[1] The emperor Decius published a decree.')).toHaveLength(2);
    expect(texts('The rate rose to 3.5 per cent in 2019.10 people were hurt.')).toHaveLength(1);
  });
  it('does not take ordinary words for abbreviations', () => {
    expect(texts('Companies lobbied against the cap. In a statement, the council said no.')).toHaveLength(2);
    expect(texts('He is ill. Doctors are worried.')).toHaveLength(2);
    expect(texts('She lives on 5th st. near the park. Her son lives in St. Louis.')).toHaveLength(2);
  });
});

describe('segment: language', () => {
  it('detects the language of each sentence, and options.lang forces it', () => {
    const out = segment('The president spoke on Tuesday. El presidente habló el martes.');
    expect(out.map((s) => s.lang)).toEqual(['en', 'es']);
    expect(segment('El presidente habló el martes.', { lang: 'en' })[0].lang).toBe('en');
  });
  it('detectLanguage returns a language and a confidence', () => {
    expect(detectLanguage('¿Dónde está la estación?').lang).toBe('es');
    expect(detectLanguage('Where is the station?').lang).toBe('en');
    expect(detectLanguage('12345 @@@')).toEqual({ lang: 'und', confidence: 0, scores: { en: 0, es: 0 } });
    expect(detectLanguage('Speaking from the Casa de Nariño, Petro stated that the call went well.').lang).toBe('en');
  });
});

describe('segment: corpus gold', () => {
  // Every corpus text must be reproduced exactly (texts, languages and kinds): with the default
  // `quotations: 'keep'` when its gold follows issue 2's rule, with `quotations: 'split'` when its gold ends
  // units inside quotations.
  const dir = new URL('../corpus/', import.meta.url);
  const insideQuotation = (text: string, units: { text: string }[]) => {
    let pos = 0;
    return units.some((u) => {
      const at = text.indexOf(u.text, pos);
      pos = at + u.text.length;
      const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, pos);
      const curly = (line.match(/[“«]/g) ?? []).length - (line.match(/[”»]/g) ?? []).length;
      const rest = text.slice(pos, (text.indexOf('\n', pos) + 1 || text.length + 1) - 1);
      const straight = (line.match(/"/g) ?? []).length % 2 === 1 && rest.includes('"');
      return (curly > 0 && /[”»]/.test(rest)) || straight;
    });
  };
  for (const name of readdirSync(dir).sort()) {
    const segPath = new URL(`${name}/segments.json`, dir);
    if (!existsSync(segPath)) continue;
    const gold = JSON.parse(readFileSync(segPath, 'utf8'));
    for (const side of ['en', 'es'] as const) {
      const file = new URL(`${name}/${side}.txt`, dir);
      if (!gold[side] || !existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const quotations = insideQuotation(text, gold[side]) ? 'split' : 'keep';
      it(`reproduces corpus/${name}/${side} (quotations: '${quotations}')`, () => {
        expect(segment(text, { quotations }).map(({ text: t, lang, kind }) => ({ text: t, lang, kind }))).toEqual(gold[side]);
      });
    }
  }
});

describe('segment: arguments', () => {
  it('throws INVALID_INPUT for a non-string and gives [] for empty text', () => {
    for (const bad of [42, null, undefined, {}, ['a']]) {
      expect(() => segment(bad as never)).toThrow(CotejoError);
      try {
        segment(bad as never);
      } catch (e) {
        expect((e as CotejoError).code).toBe('INVALID_INPUT');
      }
    }
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t ')).toEqual([]);
  });
  it('throws INVALID_OPTION for bad options', () => {
    for (const bad of [{ lang: 'fr' }, { foo: 1 }, { lineBreaks: 'x' }, { quotations: 'all' }, 'en', null]) {
      try {
        segment('Hi.', bad as never);
        expect.unreachable();
      } catch (e) {
        expect((e as CotejoError).code).toBe('INVALID_OPTION');
      }
    }
    expect(() => detectLanguage('hi', { minConfidence: 2 })).toThrow(CotejoError);
    expect(DEFAULT_SEGMENT_OPTIONS).toEqual({ lang: 'auto', lineBreaks: 'auto', quotations: 'keep' });
  });
});
