import { describe, expect, it } from 'vitest';
import { IDIOMS } from '../src/lexicon/idioms/IDIOMS.js';
import { findIdioms, IDIOM_STRENGTH, linkIdioms } from '../src/lexicon/idioms/linkIdioms.js';
import { prepareBridgeSentence } from '../src/lexicon/prepareBridgeSentence.js';
import { linkStrengths } from '../src/lexicon/linkStrengths.js';
import { DEFAULT_BRIDGE_OPTIONS } from '../src/lexicon/BridgeOptions.js';
import { findQuoteMismatches } from '../src/quotes/findQuoteMismatches.js';

describe('idiom table', () => {
  it('has 100+ idioms, each with 1–4 Spanish renderings', () => {
    expect(IDIOMS.length).toBeGreaterThanOrEqual(100);
    for (const i of IDIOMS) {
      expect(i.en.length).toBeGreaterThan(0);
      expect(i.es.length).toBeGreaterThanOrEqual(1);
      expect(i.es.length).toBeLessThanOrEqual(4);
    }
  });

  it('finds inflected idioms in English, not their words apart', () => {
    expect(findIdioms(prepareBridgeSentence('They turned a blind eye to it.', 'en')).size).toBe(1);
    expect(findIdioms(prepareBridgeSentence('The minister threw in the towel', 'en')).size).toBe(1);
    expect(findIdioms(prepareBridgeSentence('The bar was lower than the river.', 'en')).size).toBe(0);
    expect(findIdioms(prepareBridgeSentence('', 'en')).size).toBe(0);
  });

  it('links the idiom to its rendering, and only then', () => {
    const en = prepareBridgeSentence('The government hit rock bottom', 'en');
    const es = prepareBridgeSentence('El Gobierno tocó fondo en marzo', 'es');
    const m = linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, false);
    expect(linkIdioms(en, es, m)).toBe(1);
    const rock = en.norms.indexOf('rock');
    const fondo = es.norms.indexOf('fondo');
    expect(m.strength[rock * m.cols + fondo]).toBeGreaterThanOrEqual(IDIOM_STRENGTH);
    const other = prepareBridgeSentence('El Gobierno llegó al final en marzo', 'es');
    expect(linkIdioms(en, other, linkStrengths(en, other, DEFAULT_BRIDGE_OPTIONS, false))).toBe(0);
  });

  it('links inside the band of a banded matrix, and never writes outside it', () => {
    const en = prepareBridgeSentence('The government hit rock bottom', 'en');
    const es = prepareBridgeSentence('El Gobierno tocó fondo en marzo', 'es');
    const banded = linkStrengths(en, es, DEFAULT_BRIDGE_OPTIONS, false, en.tokens.length * 3);
    expect(banded.width).toBeLessThan(banded.cols);
    const before = banded.strength.length;
    expect(linkIdioms(en, es, banded)).toBe(1);
    expect(banded.strength.length).toBe(before);
    const rock = en.norms.indexOf('rock');
    const fondo = es.norms.indexOf('fondo');
    const at = fondo - banded.lo[rock];
    expect(at >= 0 && at < banded.width).toBe(true); // the diagonal band holds rock → fondo
    expect(banded.strength[rock * banded.width + at]).toBeGreaterThanOrEqual(IDIOM_STRENGTH);
  });

  it('a quote rendered by an idiom finds its source', () => {
    const r = findQuoteMismatches(
      'The opposition leader criticised the plan. “They are turning a blind eye,” he told reporters.',
      'El líder opositor criticó el plan. «Están haciendo la vista gorda», dijo a los periodistas.',
    );
    expect(r.quotes[0].status).toBe('match');
    expect(r.quotes[0].source?.text).toContain('haciendo la vista gorda');
  });
});

describe('idioms in the source search', () => {
  it('counts a unit that renders the quote through an idiom among the candidate units', async () => {
    const { buildSource, candidateUnits } = await import('../src/quotes/check/SourceModel.js');
    const { segment } = await import('../src/segment/index.js');
    // Distractors share the quote's plain words (“you”, “are”, “bar”), the target only the idiom.
    const es = [
      'Ustedes son los responsables del bar del Senado.',
      'El bar de la esquina cerró ayer.',
      'Ustedes están en el bar desde las ocho.',
      'Los dueños del bar se quejaron de los impuestos.',
      'Ustedes saben que el bar no abre los lunes.',
      '«Ustedes están bajando la exigencia», le reprochó el senador.',
    ].join(' ');
    const sentences = segment(es);
    const source = buildSource(es, sentences, sentences);
    const quote = prepareBridgeSentence('You are lowering the bar,', 'en');
    const target = source.units.findIndex((u) => es.slice(u.start, u.end).includes('bajando'));
    expect(target).toBeGreaterThanOrEqual(0);
    expect(candidateUnits(quote, source, 4)).toContain(target);
  });
});
