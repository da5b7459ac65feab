import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, type SegmentOptions } from '../src/segment/index.js';
import type { Sentence } from '../src/types.js';

const WS = /\s/;

/** The invariants every segmentation must hold; returns the first violation, or undefined. */
function violation(input: string, out: Sentence[]): string | undefined {
  let prevEnd = 0;
  let prevParagraph = 0;
  const covered = new Uint8Array(input.length);
  for (const [k, s] of out.entries()) {
    const where = `unit ${k} ${JSON.stringify(s.text.slice(0, 40))}`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `${where}: offsets are not integers`;
    if (s.start < prevEnd) return `${where}: out of order or overlapping`;
    if (s.end <= s.start) return `${where}: empty`;
    if (input.slice(s.start, s.end) !== s.text) return `${where}: text !== input.slice(start, end)`;
    if (WS.test(s.text[0]) || WS.test(s.text[s.text.length - 1])) return `${where}: surrounding whitespace`;
    if (!['en', 'es', 'und'].includes(s.lang)) return `${where}: lang ${s.lang}`;
    if (!['sentence', 'heading', 'byline', 'links'].includes(s.kind)) return `${where}: kind ${s.kind}`;
    if (!Number.isInteger(s.paragraph) || s.paragraph < prevParagraph) return `${where}: paragraph decreases`;
    covered.fill(1, s.start, s.end);
    prevEnd = s.end;
    prevParagraph = s.paragraph;
  }
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && !WS.test(input[i])) return `character ${i} (${JSON.stringify(input[i])}) is in no unit`;
  }
  return undefined;
}

function checkInvariants(input: string, out: Sentence[]): void {
  expect(violation(input, out)).toBeUndefined();
  expect(JSON.parse(JSON.stringify(out))).toEqual(out);
}

const pieces = [
  'Mr.', 'Sra.', 'U.S.', 'EE. UU.', 'a. m.', 'p.m.', 'No.', 'etc.', 'J.', 'R.', '2.º', '3,1', '1.500', '1,500.5', '...', '…',
  '. . .', '?', '!', '¿', '¡', '“', '”', '‘', '’', '"', "'", '«', '»', '(', ')', '[', ']', '—', '–', '-', '.', ',', ':',
  ' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00a0', 'https://t.co/a?b=c.d', 'ana@elpais.es', '@handle', '#tag', '🇨🇴', '🔴',
  'The', 'he', 'dijo', 'Petro', 'said', 'La', 'casa', 'I', 'a', 'b.', '1.', '2.)', '•', '\ud800', '\udc00', '中文。', 'Привет', '\u0085', '\u2028', '\u200b', '\f', '\v', '\r',
];
const tokenText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const options = fc.record(
  {
    lang: fc.constantFrom('auto', 'en', 'es'),
    lineBreaks: fc.constantFrom('auto', 'paragraph', 'wrap'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<SegmentOptions>;

describe('segment: offset invariants (fast-check)', () => {
  it('hold on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), options, (t, o) => checkInvariants(t, segment(t, o))),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => checkInvariants(t, segment(t))), { numRuns: 300 });
  });
  it('hold on adversarial mixes of marks, abbreviations, quotes, links and scripts', () => {
    fc.assert(fc.property(tokenText, options, (t, o) => checkInvariants(t, segment(t, o))), { numRuns: 500 });
  });
});

describe('segment: adversarial inputs (linear time, no throw)', () => {
  const cases: [string, string][] = [
    ['only whitespace', ' \n\r\n\t\u00a0\u2028 '.repeat(1000)],
    ['1 MB with no punctuation', 'palabra word '.repeat(80_000)],
    ['a 100 kB URL', `See https://example.com/${'a.b?c=d&'.repeat(12_500)} now. Next.`],
    ['unbalanced quotes', '“«(['.repeat(20_000) + ' He said. She left.'],
    ['closers only', '”»)]'.repeat(20_000) + '. Next.'],
    ['lone surrogates', '\ud800. \udc00? \ud83d'.repeat(5000)],
    ['a run of periods', '.'.repeat(200_000)],
    ['periods and spaces', '. '.repeat(100_000)],
    ['abbreviations only', 'Mr. '.repeat(50_000)],
    ['glued periods', 'word.Word'.repeat(50_000)],
    ['list markers', '1. a 2. b '.repeat(20_000)],
    ['CRLF lines', 'Title\r\nText here. More text.\r\n'.repeat(10_000)],
    ['mixed scripts', 'Hola. Hello. Привет. 你好。مرحبا. '.repeat(10_000)],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const t0 = performance.now();
      const out = segment(input);
      const ms = performance.now() - t0;
      checkInvariants(input, out);
      expect(ms).toBeLessThan(8000); // generous: machines under load; a quadratic scan would take minutes
    });
  }
});
