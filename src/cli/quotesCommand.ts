import type { Command } from './Command.js';
import { readInput, UsageError, writeOut } from './io.js';
import { findQuoteMismatches } from '../quotes/findQuoteMismatches.js';
import { renderText } from '../report/renderText.js';
import type { Severity } from '../types.js';
import { align } from '../align/index.js';
import { QUOTES_FORMATS, formatQuoteReport, parseLocale, resolveFormat } from './format.js';
import { BATCH_HELP, BATCH_OPTIONS, EXIT_CODES_HELP, FORMAT_OPTIONS, QUOTES_FORMAT_HELP } from './formatHelp.js';
import { runBatchCommand } from './batchCommand.js';

const HELP = `cotejo quotes: check every English quotation against its Spanish source

Usage: cotejo quotes <en-file> [<es-file>] [options]
       cotejo quotes --batch <pairs.jsonl> [--locale en|es] [--fail-on error|warning] [--workers <n>]

Without <es-file>, the Spanish passages inside the English file are the sources
(an article that embeds the Spanish post it reports on). Use - to read stdin.

Options:
  --json               print the report as JSON (a stable contract; the same as --format json)
${QUOTES_FORMAT_HELP}
  --locale en|es       language of the messages (default en)
  --fail-on error|warning
                       exit 1 when a finding of that severity (or worse) exists
  --color              colour the text report even when stdout is not a terminal
  --no-positional      do not match partial quotes by their place in the reported sentence
                       (word search only; see the README)
${BATCH_HELP}
  -h, --help           show this help

Examples:
  cotejo quotes article.en.txt source.es.txt
  cotejo quotes corpus/seed/en.txt --json
  cotejo quotes article.en.txt source.es.txt --fail-on warning --locale es
  cotejo quotes article.en.txt source.es.txt --format html > report.html
  cotejo quotes --batch pairs.jsonl --fail-on error > reports.jsonl

${EXIT_CODES_HELP}`;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `cotejo quotes <en-file> [<es-file>] [--json] [--locale en|es] [--fail-on error|warning] [--color]`. */
export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'check English quotations against their Spanish source',
  help: HELP,
  options: {
    json: { type: 'boolean' },
    locale: { type: 'string' },
    'fail-on': { type: 'string' },
    color: { type: 'boolean' },
    'no-positional': { type: 'boolean' },
    ...FORMAT_OPTIONS,
    ...BATCH_OPTIONS,
  },
  run(values, positionals) {
    const format = resolveFormat(values, QUOTES_FORMATS, 'quotes', 'text');
    const locale = parseLocale(values.locale);
    const positional = values['no-positional'] !== true;
    if (values.batch !== undefined) return runBatchCommand({ command: 'quotes', values, positionals, options: { locale, positional } });
    if (positionals.length < 1 || positionals.length > 2) {
      throw new UsageError(`expected <en-file> [<es-file>], got ${positionals.length} file arguments.\nRun 'cotejo quotes --help' for usage.`);
    }
    const failOn = values['fail-on'] as string | undefined;
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
      throw new UsageError(`--fail-on must be error or warning, got '${failOn}'.`);
    }
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of the files can be read from stdin (-).');
    const en = readInput(positionals[0]);
    const es = positionals[1] === undefined ? undefined : readInput(positionals[1]);
    const report = findQuoteMismatches(en, es, { locale, positional });

    if (format === 'json') {
      const out = {
        quotes: report.quotes.map((q) => ({
          text: q.text,
          start: q.start,
          end: q.end,
          speaker: q.speaker,
          source: q.source ? { text: q.source.text, start: q.source.start, end: q.source.end, speaker: q.source.speaker } : null,
          status: q.status,
          findings: q.findings,
        })),
        claims: report.claims,
      };
      writeOut(JSON.stringify(out, null, 2));
    } else if (format === 'html') {
      // the two texts side by side by bead, when there is a separate Spanish source
      const alignment = es === undefined ? undefined : align(en, es, { mode: 'comparable' });
      writeOut(formatQuoteReport(report, 'html', { en, es, alignment, locale }));
    } else {
      const color = values.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR);
      writeOut(renderText(report, { color, locale }));
    }

    if (failOn !== undefined) {
      const floor = RANK[failOn as Severity];
      const all = [...report.quotes.flatMap((q) => q.findings), ...report.claims];
      if (all.some((f) => RANK[f.severity] >= floor)) return 1;
    }
    return 0;
  },
};
