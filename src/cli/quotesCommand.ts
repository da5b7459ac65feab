import type { Command } from './Command.js';
import { readInput, UsageError, writeOut } from './io.js';
import { findQuoteMismatches } from '../quotes/findQuoteMismatches.js';
import { renderText } from '../report/renderText.js';
import type { Locale } from '../report/i18n.js';
import type { Severity } from '../types.js';

const HELP = `cotejo quotes: check every English quotation against its Spanish source

Usage: cotejo quotes <en-file> [<es-file>] [options]

Without <es-file>, the Spanish passages inside the English file are the sources
(an article that embeds the Spanish post it reports on). Use - to read stdin.

Options:
  --json               print the report as JSON (a stable contract)
  --locale en|es       language of the messages (default en)
  --fail-on error|warning
                       exit 1 when a finding of that severity (or worse) exists
  --color              colour the text report even when stdout is not a terminal
  -h, --help           show this help

Examples:
  cotejo quotes article.en.txt source.es.txt
  cotejo quotes corpus/seed/en.txt --json
  cotejo quotes article.en.txt source.es.txt --fail-on warning --locale es

Exit codes: 0 done, 1 a finding at or above --fail-on, 2 bad usage or input.`;

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
  },
  run(values, positionals) {
    if (positionals.length < 1 || positionals.length > 2) {
      throw new UsageError(`expected <en-file> [<es-file>], got ${positionals.length} file arguments.\nRun 'cotejo quotes --help' for usage.`);
    }
    const locale = (values.locale ?? 'en') as string;
    if (locale !== 'en' && locale !== 'es') throw new UsageError(`--locale must be en or es, got '${locale}'.`);
    const failOn = values['fail-on'] as string | undefined;
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
      throw new UsageError(`--fail-on must be error or warning, got '${failOn}'.`);
    }
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of the files can be read from stdin (-).');
    const en = readInput(positionals[0]);
    const es = positionals[1] === undefined ? undefined : readInput(positionals[1]);
    const report = findQuoteMismatches(en, es, { locale: locale as Locale });

    if (values.json) {
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
    } else {
      const color = values.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR);
      writeOut(renderText(report, { color, locale: locale as Locale }));
    }

    if (failOn !== undefined) {
      const floor = RANK[failOn as Severity];
      const all = [...report.quotes.flatMap((q) => q.findings), ...report.claims];
      if (all.some((f) => RANK[f.severity] >= floor)) return 1;
    }
    return 0;
  },
};
