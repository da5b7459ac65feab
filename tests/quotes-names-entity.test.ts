import { describe, expect, it } from 'vitest';
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
});
