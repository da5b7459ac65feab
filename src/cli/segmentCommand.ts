import type { Command } from './Command.js';
import { UsageError, readInput, writeOut } from './io.js';
import { segment, DEFAULT_SEGMENT_OPTIONS, type SegmentOptions } from '../segment/index.js';

const LANGS = ['auto', 'en', 'es'];
const LINE_BREAKS = ['auto', 'paragraph', 'wrap'];
const QUOTATIONS = ['keep', 'split'];

/** `cotejo segment <file|-> [--lang en|es|auto] [--line-breaks auto|paragraph|wrap] [--quotations keep|split] [--json]` */
export const segmentCommand: Command = {
  name: 'segment',
  summary: 'split English/Spanish text into sentences (offsets, language, kind)',
  help: `cotejo segment: split English, Spanish or mixed text into sentences

Usage: cotejo segment <file|-> [--lang auto|en|es] [--line-breaks auto|paragraph|wrap]
                      [--quotations keep|split] [--json]

Arguments:
  <file|->              the text file to read (UTF-8), or - for standard input

Options:
  --lang <l>            auto (default: detect each sentence), en or es (force it on every unit)
  --line-breaks <m>     auto (default: a line break ends a unit unless the line was wrapped),
                        paragraph (every line break ends a unit), wrap (only blank lines do)
  --quotations <q>      keep (default: a quotation's sentences end only where it ends),
                        split (each sentence of a quotation is a unit)
  --json                print {"sentences":[{"text","start","end","lang","kind","paragraph"}]}
                        (offsets are UTF-16 code units into the input); default: one sentence a line
  -h, --help            show this help

Examples:
  cotejo segment article.txt
  cat post.txt | cotejo segment - --json
  cotejo segment pdf-extract.txt --line-breaks wrap

Exit codes: 0 done, 2 bad usage or unreadable input.`,
  options: {
    lang: { type: 'string' },
    'line-breaks': { type: 'string' },
    quotations: { type: 'string' },
    json: { type: 'boolean' },
  },
  run(values, positionals) {
    if (positionals.length === 0) throw new UsageError("missing input: give a file, or - for standard input. Run 'cotejo segment --help' for usage.");
    if (positionals.length > 1) throw new UsageError(`expected one input file, got ${positionals.length}: ${positionals.join(' ')}`);
    const lang = values.lang ?? DEFAULT_SEGMENT_OPTIONS.lang;
    if (typeof lang !== 'string' || !LANGS.includes(lang)) {
      throw new UsageError(`bad --lang '${String(lang)}': use one of ${LANGS.join(', ')}`);
    }
    const lineBreaks = values['line-breaks'] ?? DEFAULT_SEGMENT_OPTIONS.lineBreaks;
    if (typeof lineBreaks !== 'string' || !LINE_BREAKS.includes(lineBreaks)) {
      throw new UsageError(`bad --line-breaks '${String(lineBreaks)}': use one of ${LINE_BREAKS.join(', ')}`);
    }
    const quotations = values.quotations ?? DEFAULT_SEGMENT_OPTIONS.quotations;
    if (typeof quotations !== 'string' || !QUOTATIONS.includes(quotations)) {
      throw new UsageError(`bad --quotations '${String(quotations)}': use one of ${QUOTATIONS.join(', ')}`);
    }
    const text = readInput(positionals[0]);
    const sentences = segment(text, { lang, lineBreaks, quotations } as SegmentOptions);
    if (values.json) {
      writeOut(JSON.stringify({ sentences }));
    } else {
      // one unit a line: line breaks inside a unit (a wrapped line) are shown as spaces
      writeOut(sentences.map((s) => s.text.replace(/[\r\n\u2028\u2029]+/g, ' ')).join('\n'));
    }
    return 0;
  },
};
