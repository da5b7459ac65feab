import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), 'quotes', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cotejo quotes', () => {
  it('prints the JSON contract', () => {
    const r = cli('corpus/01-interview-qa-minister/en.txt', 'corpus/01-interview-qa-minister/es.txt', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j).sort()).toEqual(['claims', 'quotes']);
    for (const q of j.quotes) {
      expect(Object.keys(q).sort()).toEqual(['end', 'findings', 'source', 'speaker', 'start', 'status', 'text']);
      expect(['match', 'mismatch', 'unsourced']).toContain(q.status);
      if (q.source) expect(Object.keys(q.source).sort()).toEqual(['end', 'speaker', 'start', 'text']);
      for (const f of q.findings) for (const k of ['type', 'severity', 'en', 'es', 'message']) expect(f).toHaveProperty(k);
    }
    expect(j.quotes.some((q: { status: string }) => q.status === 'mismatch')).toBe(true);
  });

  it('prints a readable report for the founding example (sources embedded)', () => {
    const r = cli('corpus/seed/en.txt');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Quotations checked: 10');
    expect(r.out).not.toContain('Delcy Rodríguez] está presionada');
    expect(r.out).not.toContain('\u001b[');
  });

  it('exits 1 with --fail-on error when an error exists, and localizes with --locale es', () => {
    const r = cli('corpus/01-interview-qa-minister/en.txt', 'corpus/01-interview-qa-minister/es.txt', '--fail-on', 'error', '--locale', 'es');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Citas revisadas');
  });

  it('exits 2 on bad usage', () => {
    expect(cli().code).toBe(2);
    expect(cli('corpus/seed/en.txt', '--locale', 'fr').code).toBe(2);
    expect(cli('no/such/file.txt').code).toBe(2);
    expect(cli('corpus/seed/en.txt', '--fail-on', 'info').code).toBe(2);
  });

  it('survives an empty Spanish file and an unclosed quote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cotejo-quotes-'));
    writeFileSync(join(dir, 'en.txt'), 'He said "this never ends');
    writeFileSync(join(dir, 'es.txt'), '');
    const r = cli(join(dir, 'en.txt'), join(dir, 'es.txt'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).quotes.every((q: { status: string }) => q.status === 'unsourced')).toBe(true);
  });
});
