import { align, type AlignOptions } from '../align/index.js';
import type { Alignment } from '../align/index.js';
import type { Lang, Sentence } from '../types.js';
import type { Command } from './Command.js';
import { UsageError, readInput, writeOut } from './io.js';
import { ALIGN_FORMATS, formatAlignment, parseLocale, resolveFormat } from './format.js';
import { ALIGN_FORMAT_HELP, BATCH_HELP, BATCH_OPTIONS, EXIT_CODES_HELP, FORMAT_OPTIONS } from './formatHelp.js';
import { runBatchCommand } from './batchCommand.js';

const HELP = `cotejo align: align English sentences with the Spanish sentences they translate or report

Usage: cotejo align <en-file> <es-file> [--lines] [--mode parallel|comparable] [--json | --format <fmt>] [--no-lexicon]
       cotejo align --batch <pairs.jsonl> [--mode …] [--workers <n>]

  <en-file>, <es-file>  UTF-8 text files ('-' reads standard input, for one of them)
  --lines               every line is one sentence (a final newline adds none); indices are 0-based line numbers
                        (without it the texts are segmented into sentences first)
  --mode <mode>         parallel (default): a translation, monotone, every sentence in exactly one bead
                        comparable: a report on a source; each English sentence linked to the Spanish
                        sentence(s) it renders, in any order, or to none
  --json                print {"en":[Sentence…],"es":[Sentence…],"beads":[{"en":[…],"es":[…],"score":…}]}
                        (the same as --format json)
${ALIGN_FORMAT_HELP}
  --locale en|es        language of the HTML page's labels (default en)
  --no-lexicon          language-independent evidence only (lengths, numbers, names, cognates, punctuation),
                        for language pairs other than English–Spanish
${BATCH_HELP}
  -h, --help            show this help

Examples:
  cotejo align article.en.txt article.es.txt
  cotejo align --lines --json en.txt es.txt > beads.json
  cotejo align --mode comparable story.txt fuente.txt
  cotejo align --lines --format tmx en.txt es.txt > memory.tmx
  cotejo align --format html article.en.txt article.es.txt > side-by-side.html
  cotejo align --batch pairs.jsonl > alignments.jsonl

${EXIT_CODES_HELP}`;

/** Lines of `text` as sentences, one per line, with offsets into `text` (a `\r` before `\n` is left out). */
export function linesToSentences(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  if (text === '') return out;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const next = end < 0 ? text.length : end + 1;
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    out.push({ text: text.slice(start, stop), start, end: stop, lang, kind: 'sentence', paragraph: 0 });
    start = next;
  }
  return out;
}

function oneLine(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The readable listing: one block per bead, English above Spanish. */
export function renderAlignment(result: Alignment): string {
  const out: string[] = [];
  const W = 100;
  const range = (ix: number[]) => (ix.length === 0 ? '-' : ix.length === 1 ? `${ix[0]}` : `${ix[0]}-${ix[ix.length - 1]}`);
  for (const b of result.beads) {
    const shape = `${b.en.length}-${b.es.length}`;
    const flag = b.weak ? ' weak' : '';
    out.push(`[${shape}] en ${range(b.en)} ↔ es ${range(b.es)}  score ${b.score.toFixed(2)}${flag}`);
    for (const i of b.en) out.push(`  EN ${i}: ${oneLine(result.en[i].text, W)}`);
    if (b.en.length === 0) out.push('  EN  (none)');
    for (const j of b.es) out.push(`  ES ${j}: ${oneLine(result.es[j].text, W)}`);
    if (b.es.length === 0) out.push('  ES  (none)');
  }
  const linked = result.beads.filter((b) => b.en.length && b.es.length).length;
  const weak = result.beads.filter((b) => b.weak).length;
  out.push('', `${result.en.length} English and ${result.es.length} Spanish sentences, ${result.beads.length} beads (${linked} with both sides, ${weak} weak).`);
  return out.join('\n');
}

/** `cotejo align <en-file> <es-file>`: sentence alignment, as a listing or JSON. */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align English sentences with the Spanish ones they translate or report',
  help: HELP,
  options: {
    lines: { type: 'boolean' },
    mode: { type: 'string' },
    json: { type: 'boolean' },
    'no-lexicon': { type: 'boolean' },
    locale: { type: 'string' },
    ...FORMAT_OPTIONS,
    ...BATCH_OPTIONS,
  },
  run(values, positionals) {
    const mode = values.mode ?? 'parallel';
    if (mode !== 'parallel' && mode !== 'comparable') {
      throw new UsageError(`--mode must be 'parallel' or 'comparable', got '${String(mode)}'.`);
    }
    const locale = parseLocale(values.locale);
    const format = resolveFormat(values, ALIGN_FORMATS, 'align', undefined);
    if (values.batch !== undefined) {
      return runBatchCommand({ command: 'align', values, positionals, options: { mode, lexicon: !values['no-lexicon'] } });
    }
    if (positionals.length !== 2) {
      throw new UsageError(`align needs two files, <en-file> and <es-file>, got ${positionals.length}.\nRun 'cotejo align --help' for usage.`);
    }
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError("only one of the two files can be '-' (standard input).");
    const enText = readInput(positionals[0]);
    const esText = readInput(positionals[1]);
    const options: Partial<AlignOptions> = { mode, lexicon: !values['no-lexicon'] };
    const result = values.lines
      ? align(linesToSentences(enText, 'en'), linesToSentences(esText, 'es'), options)
      : align(enText, esText, options);
    const contract = { en: result.en, es: result.es, beads: result.beads };
    if (format === undefined) writeOut(renderAlignment(result));
    else if (format === 'json') writeOut(JSON.stringify(contract));
    else writeOut(formatAlignment(contract, format, { en: enText, es: esText, locale }));
    return 0;
  },
};
