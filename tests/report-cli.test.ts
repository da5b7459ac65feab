import { describe, it, expect } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAlignment, formatQuoteReport, ALIGN_FORMATS, QUOTES_FORMATS } from '../src/cli/format.js';
import { runBatchCommand } from '../src/cli/batchCommand.js';
import { ALIGN_FORMAT_HELP, QUOTES_FORMAT_HELP, BATCH_HELP, EXIT_CODES_HELP } from '../src/cli/formatHelp.js';
import { UsageError } from '../src/cli/io.js';
import { parseTMX, beadText } from '../src/report/index.js';
import { align } from '../src/align/index.js';
import { corpusCases, goldAlignment, goldQuoteReport, CORPUS } from './report-helpers.js';

describe('formatAlignment', () => {
  const { en, es, alignment } = goldAlignment(corpusCases()[0]);
  it('writes every --format', () => {
    expect(JSON.parse(formatAlignment(alignment, 'json'))).toEqual(JSON.parse(JSON.stringify(alignment)));
    expect(formatAlignment(alignment, 'tsv').split('\n')[0]).toBe('en\tes\tscore');
    expect(parseTMX(formatAlignment(alignment, 'tmx')).units).toHaveLength(alignment.beads.length);
    expect(Object.keys(JSON.parse(formatAlignment(alignment, 'i18next')))).toEqual(['en', 'es']);
    expect(formatAlignment(alignment, 'html', { en, es, locale: 'es' })).toContain('Alineación de oraciones');
    expect(() => formatAlignment(alignment, 'xml' as never)).toThrow(UsageError);
    expect(ALIGN_FORMATS.every((f) => ALIGN_FORMAT_HELP.includes(f))).toBe(true);
  });
  it('round-trips the real align() output of corpus articles through TMX', () => {
    for (const name of corpusCases()) {
      const en2 = readFileSync(join(CORPUS, name, 'en.txt'), 'utf8');
      const es2 = readFileSync(join(CORPUS, name, 'es.txt'), 'utf8');
      const a = align(en2, es2);
      const doc = parseTMX(formatAlignment(a, 'tmx'));
      expect(doc.units).toHaveLength(a.beads.length);
      a.beads.forEach((b, i) => {
        expect(doc.units[i].variants[0].text).toBe(beadText(a, b, 'en'));
        expect(doc.units[i].variants[1].text).toBe(beadText(a, b, 'es'));
      });
    }
  });
});

describe('formatQuoteReport', () => {
  const { en, es, report } = goldQuoteReport(corpusCases()[0]);
  it('writes every --format', () => {
    expect(JSON.parse(formatQuoteReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(formatQuoteReport(report, 'html', { en, es: es ?? undefined })).toContain('<li class="finding sev-error"');
    expect(() => formatQuoteReport(report, 'html')).toThrow(UsageError);
    expect(() => formatQuoteReport(report, 'tmx' as never)).toThrow(/json, text, html/);
    expect(QUOTES_FORMATS.every((f) => QUOTES_FORMAT_HELP.includes(f))).toBe(true);
    expect(BATCH_HELP).toContain('--batch');
    expect(EXIT_CODES_HELP).toMatch(/0 done.*1 a finding.*\n?2 bad usage/s);
  });
});

describe('runBatchCommand', () => {
  it('checks its flags', async () => {
    const run = (values: Record<string, string | boolean | undefined>, positionals: string[] = []) => runBatchCommand({ command: 'quotes', values, positionals });
    await expect(run({ batch: 'x.jsonl' }, ['a.txt'])).rejects.toThrow(/do not pass file arguments/);
    await expect(run({ batch: 'x.jsonl', format: 'html' })).rejects.toThrow(/JSON Lines/);
    await expect(run({ batch: 'x.jsonl', workers: 'two' })).rejects.toThrow(/--workers/);
    await expect(run({ batch: 'x.jsonl', 'fail-on': 'info' })).rejects.toThrow(/--fail-on/);
    await expect(run({ batch: '/nonexistent.jsonl' })).rejects.toThrow(UsageError);
  });
  it('runs the real quotes checker over a batch file in-thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cotejo-batchcmd-'));
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', en: 'He said “we have 12 ministers”.', es: 'Dijo: «tenemos 13 ministros».' })}\nnot json\n`);
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    const origErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string) => { writes.push(String(chunk)); return true; }) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const code = await runBatchCommand({ command: 'quotes', values: { batch: file, workers: '0', 'no-progress': true }, positionals: [] });
      expect(code).toBe(2);
    } finally {
      process.stdout.write = orig;
      process.stderr.write = origErr;
      rmSync(dir, { recursive: true, force: true });
    }
    const lines = writes.join('').trim().split('\n').map((l) => JSON.parse(l) as { id?: string; result?: { quotes: unknown[] }; line?: number });
    expect(lines[0].id).toBe('a');
    expect(lines[0].result?.quotes).toHaveLength(1);
    expect(lines[1].line).toBe(2);
  });
});
