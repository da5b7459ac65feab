import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'segment', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('cotejo segment (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-seg-'));
  const file = join(dir, 'a.txt');
  const text = 'Big news today\nEl Sr. Pérez llegó a EE. UU. el martes. “Hello.” He left.\n';
  writeFileSync(file, text);

  it('prints one sentence a line, and JSON with offsets, language and kind', () => {
    const plain = run([file]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('Big news today\nEl Sr. Pérez llegó a EE. UU. el martes.\n“Hello.”\nHe left.\n');
    const json = run(['-', '--json'], text);
    expect(json.status).toBe(0);
    const { sentences } = JSON.parse(json.stdout);
    expect(sentences.map((s: { kind: string }) => s.kind)).toEqual(['heading', 'sentence', 'sentence', 'sentence']);
    expect(sentences[1].lang).toBe('es');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    const forced = JSON.parse(run([file, '--json', '--lang', 'en', '--quotations', 'split']).stdout).sentences;
    expect(forced.every((s: { lang: string }) => s.lang === 'en')).toBe(true);
  });

  it('exits 2 with a message that names the problem', () => {
    const missing = run([join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt.*no such file/);
    const badLang = run([file, '--lang', 'fr']);
    expect(badLang.status).toBe(2);
    expect(badLang.stderr).toMatch(/--lang 'fr'/);
    const unknown = run([file, '--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/frobnicate/);
    expect(run([]).status).toBe(2);
  });
});
