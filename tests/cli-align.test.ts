import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignCommand, linesToSentences } from '../src/cli/alignCommand.js';
import { UsageError } from '../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'cotejo-align-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Runs the command the way `cotejo` does (same parseArgs settings) and captures stdout. */
async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const parsed = parseArgs({ args: argv, options: { ...alignCommand.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await alignCommand.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

const en = file('en.txt', 'The minister resigned on Friday.\nHe had been in office for 12 years.\nThe weather was nice.\n');
const es = file('es.txt', 'El ministro dimitió el viernes.\nLlevaba 12 años en el cargo.\n');

describe('cotejo align', () => {
  it('--lines --json prints the public JSON contract, indices = line numbers', async () => {
    const { code, out } = await run(['--lines', '--json', en, es]);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(Object.keys(j)).toEqual(['en', 'es', 'beads']);
    expect(j.en).toHaveLength(3); // the final newline adds no sentence
    expect(j.es).toHaveLength(2);
    expect(j.en[1]).toMatchObject({ text: 'He had been in office for 12 years.', lang: 'en', kind: 'sentence' });
    expect(j.beads.map((b: { en: number[]; es: number[] }) => [b.en, b.es])).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
    for (const b of j.beads) expect(typeof b.score).toBe('number');
  });
  it('prints a readable listing without --json', async () => {
    const { out } = await run(['--lines', en, es]);
    expect(out).toMatch(/\[1-1\] en 0 ↔ es 0 {2}score \d\.\d\d/);
    expect(out).toMatch(/EN 1: He had been in office/);
    expect(out).toMatch(/ES {2}\(none\)/);
    expect(out).toMatch(/3 English and 2 Spanish sentences, 3 beads/);
  });
  it('--mode comparable links each English line or none', async () => {
    const { out } = await run(['--lines', '--json', '--mode', 'comparable', en, es]);
    const j = JSON.parse(out);
    expect(j.beads.map((b: { en: number[]; es: number[] }) => [b.en, b.es])).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
  });
  it('segments raw text without --lines, offsets exact', async () => {
    const p = file('para.txt', 'The minister resigned on Friday. He had been in office for 12 years.');
    const { out } = await run(['--json', '--no-lexicon', p, es]);
    const j = JSON.parse(out);
    expect(j.en.length).toBe(2);
    expect(j.en[1].text).toBe('He had been in office for 12 years.');
  });
  it('--lines keeps empty lines as sentences and leaves \\r out', () => {
    const s = linesToSentences('a\r\n\r\nb', 'en');
    expect(s.map((x) => x.text)).toEqual(['a', '', 'b']);
    expect(s.map((x) => [x.start, x.end])).toEqual([[0, 1], [3, 3], [5, 6]]);
    expect(linesToSentences('', 'en')).toEqual([]);
    expect(linesToSentences('x\n', 'en')).toHaveLength(1);
  });
  it('bad usage throws UsageError (exit 2)', async () => {
    await expect(run([en])).rejects.toThrow(UsageError);
    await expect(run(['--mode', 'fast', en, es])).rejects.toThrow(/--mode must be 'parallel' or 'comparable'/);
    await expect(run([en, join(dir, 'missing.txt')])).rejects.toThrow(/no such file/);
    await expect(run(['-', '-'])).rejects.toThrow(UsageError);
  });
});
