import type { ParseArgsConfig } from 'node:util';

/** `--format` help lines for `cotejo align`. */
export const ALIGN_FORMAT_HELP = `  --format <fmt>        json     the alignment as JSON (sentences with offsets, beads with scores)
                        tsv      one line per bead: en<TAB>es<TAB>score, with a header line
                        tmx      a TMX 1.4b translation memory, one <tu> per bead (for CAT tools)
                        i18next  resource bundles {"en":{"translation":{"s0001":…}},"es":{…}}
                        html     one self-contained page, the two texts side by side by bead`;

/** `--format` help lines for `cotejo quotes`. */
export const QUOTES_FORMAT_HELP = `  --format <fmt>        text (default)  a readable report for terminals and logs
                        json            the report as JSON (a stable contract)
                        html            one self-contained page: quotes highlighted with their
                                        sources, findings coloured by severity, texts side by side`;

/** `--batch` help lines (both commands). */
export const BATCH_HELP = `  --batch <file.jsonl>  one {"id","en","es"} object per line ('-' for stdin); prints one JSON line per
                        input line, in input order: {"id","result"} or {"id","line","error":{code,message}}.
                        A bad line is reported with its number and the batch goes on. Uses every core.
  --workers <n>         worker threads for --batch (default: number of cores; 0: no threads)
  --timeout <ms>        with --batch, fail a pair (error TIMEOUT) that takes longer than <ms>
  --no-progress         no progress bar (it is drawn on stderr only when stderr is a terminal)`;

/** The exit-code paragraph of every command's help. */
export const EXIT_CODES_HELP = `Exit codes: 0 done; 1 a finding at or above --fail-on error|warning (with --batch: in any result);
2 bad usage or input (with --batch: some line was malformed or failed, after all lines are done).`;

/** `parseArgs` options for `--format`. */
export const FORMAT_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  format: { type: 'string', short: 'f' },
};

/** `parseArgs` options for `--batch` and its companions. */
export const BATCH_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  batch: { type: 'string' },
  workers: { type: 'string' },
  timeout: { type: 'string' },
  'no-progress': { type: 'boolean' },
};
