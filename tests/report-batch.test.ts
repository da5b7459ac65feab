import { describe, it, expect } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch, type RunBatchOptions } from '../src/cli/batch.js';

const STAND_IN = { module: new URL('../src/cli/batchStandIn.ts', import.meta.url), export: 'cpuStandIn' };
const ROOT = fileURLToPath(new URL('../', import.meta.url));

async function collect(lines: string[], opts: Partial<RunBatchOptions>): Promise<{ out: Record<string, unknown>[]; summary: Awaited<ReturnType<typeof runBatch>> }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const summary = await runBatch({ input: Readable.from([lines.join('\n')]), command: 'quotes', task: STAND_IN, output, progress: false, ...opts });
  return { out: chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), summary };
}

const pair = (i: number): string => JSON.stringify({ id: `p${i}`, en: `the president said ${'word '.repeat(i % 7)} number ${i}`, es: `el presidente dijo ${'palabra '.repeat(i % 5)} número ${i}` });

describe('runBatch', () => {
  for (const workers of [0, 2]) {
    it(`streams results in input order and survives malformed lines (workers: ${workers})`, async () => {
      const lines = [pair(1), '{not json', pair(2), '', '[1,2]', JSON.stringify({ id: 'noEn', es: 'x' }), JSON.stringify({ en: 'no id here', es: 'sin id' }), JSON.stringify({ id: 'boom', en: '__throw__' }), ...Array.from({ length: 40 }, (_, i) => pair(i + 3))];
      const { out, summary } = await collect(lines, { workers });
      expect(summary).toMatchObject({ lines: 47, results: 43, errors: 4, exitCode: 2 });
      expect(out).toHaveLength(47);
      expect(out[0]).toMatchObject({ id: 'p1', result: { words: [6, 6] } });
      expect(out[1]).toEqual({ line: 2, error: { code: 'INVALID_FORMAT', message: expect.stringContaining('line 2 is not valid JSON') } });
      expect(out[2]).toMatchObject({ id: 'p2' });
      expect(out[3]).toMatchObject({ line: 5, error: { code: 'INVALID_FORMAT' } });
      expect(out[4]).toMatchObject({ id: 'noEn', line: 6, error: { code: 'INVALID_INPUT' } });
      expect(out[5]).toMatchObject({ id: 7, result: {} });
      expect(out[6]).toMatchObject({ id: 'boom', line: 8, error: { code: 'INVALID_INPUT', message: 'line 8: planted failure' } });
      expect(out.slice(7).map((o) => o.id)).toEqual(Array.from({ length: 40 }, (_, i) => `p${i + 3}`));
    });
  }

  it('applies --fail-on to the findings of results', async () => {
    const long = JSON.stringify({ id: 'w', en: 'a b c d e f', es: 'x y z q r s t u v w' });
    expect((await collect([long], { workers: 0, failOn: 'warning' })).summary).toMatchObject({ failed: 1, exitCode: 1 });
    expect((await collect([long], { workers: 0, failOn: 'error' })).summary).toMatchObject({ failed: 0, exitCode: 0 });
  });

  it('fails a hanging pair with TIMEOUT and a pair that kills its worker, then goes on', async () => {
    const lines = [pair(1), JSON.stringify({ id: 'hang', en: '__hang__' }), JSON.stringify({ id: 'exit', en: '__exit__' }), pair(2), pair(3)];
    const { out, summary } = await collect(lines, { workers: 2, timeoutMs: 1500 });
    expect(out.map((o) => o.id)).toEqual(['p1', 'hang', 'exit', 'p2', 'p3']);
    expect(out[1]).toMatchObject({ error: { code: 'TIMEOUT' } });
    expect(out[2]).toMatchObject({ error: { code: 'WORKER_CRASHED' } });
    expect(summary).toMatchObject({ results: 3, errors: 2 });
  }, 30_000);

  it('draws a progress bar on a terminal stream and erases it at the end', async () => {
    const drawn: string[] = [];
    const tty = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.WriteStream;
    (tty as unknown as PassThrough).on('data', (c: Buffer) => drawn.push(c.toString('utf8')));
    const output = new PassThrough();
    output.resume();
    const summary = await runBatch({ input: Readable.from([[pair(1), pair(2), 'x'].join('\n')]), command: 'quotes', task: STAND_IN, workers: 0, output, progressStream: tty });
    expect(summary.errors).toBe(1);
    const all = drawn.join('');
    expect(all).toMatch(/\r3 lines +\d+\/s +1 error/);
    expect(all.endsWith('\r')).toBe(true);
    const none: string[] = [];
    const plain = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
    (plain as unknown as PassThrough).on('data', (c: Buffer) => none.push(String(c)));
    await runBatch({ input: Readable.from([pair(1)]), command: 'quotes', task: STAND_IN, workers: 0, output, progressStream: plain });
    expect(none).toEqual([]);
  });

  it('reports unreadable input as a usage error', async () => {
    await expect(runBatch({ input: '/nonexistent/pairs.jsonl', command: 'quotes', progress: false })).rejects.toThrow(/no such file/);
    await expect(runBatch({ input: ROOT, command: 'quotes', progress: false })).rejects.toThrow(/directory/);
    await expect(runBatch({ input: '-', command: 'segment' as never })).rejects.toThrow(/align and quotes/);
    await expect(runBatch({ input: '-', command: 'quotes', workers: -1 })).rejects.toThrow(/workers/);
  });

  it('works from a bundled ESM file (as dist/cli.js loads dist/index.js next to it)', async () => {
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'cotejo-batch-dist-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(join(dir, 'entry.ts'), `import { runBatch } from ${JSON.stringify(join(ROOT, 'src/cli/batch.ts'))};\nrunBatch({ input: process.argv[2], command: 'quotes', workers: 2, progress: false }).then((s) => { process.stderr.write(JSON.stringify(s)); process.exitCode = s.exitCode; });\n`);
      writeFileSync(join(dir, 'lib.ts'), `export { cpuStandIn as findQuoteMismatches, cpuStandIn as align } from ${JSON.stringify(join(ROOT, 'src/cli/batchStandIn.ts'))};\n`);
      await build({ entryPoints: { cli: join(dir, 'entry.ts'), index: join(dir, 'lib.ts') }, outdir: dir, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
      writeFileSync(join(dir, 'pairs.jsonl'), `${[pair(1), 'oops', pair(2)].join('\n')}\n`);
      let stdout = '';
      let status = 0;
      try {
        stdout = execFileSync(process.execPath, [join(dir, 'cli.js'), join(dir, 'pairs.jsonl')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        stdout = (e as { stdout: string }).stdout;
        status = (e as { status: number }).status;
      }
      const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out.map((o) => o.id ?? o.line)).toEqual(['p1', 2, 'p2']);
      expect(out[0]).toMatchObject({ result: { words: [6, 6] } });
      expect(status).toBe(2);
      expect(readFileSync(join(dir, 'cli.js'), 'utf8')).toContain('node:worker_threads');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
