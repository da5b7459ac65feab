import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Runs every ```ts block of README.md that imports from 'cotejo', against the source.
 * A statement line ending in `// => <value>` becomes an assertion: the statement's value (an expression
 * statement, or the variable a `const` declares) must deep-equal `<value>` (a JavaScript expression).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((code) => /from 'cotejo'/.test(code));

function instrument(code: string): string {
  const lines = code.split('\n').map((line) => {
    const m = /^(\s*)(.*?);?\s*\/\/ => (.+)$/.exec(line);
    if (!m) return line;
    const [, indent, stmt, expected] = m;
    const decl = /^(const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(.+)$/.exec(stmt);
    if (decl) return `${indent}${decl[1]} ${decl[2]} = ${decl[3]}; __check(${decl[2]}, ${expected});`;
    return `${indent}__check(${stmt}, ${expected});`;
  });
  return lines.join('\n');
}

describe('README examples', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  blocks.forEach((code, i) => {
    const title = code.split('\n').find((l) => l.startsWith('//'))?.replace(/^\/\/\s*/, '') ?? `block ${i + 1}`;
    it(`example ${i + 1}: ${title}`, async () => {
      const dir = join(root, '.tmp', 'readme');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `example-${i + 1}.ts`);
      const body = instrument(code).replace(/from 'cotejo'/g, `from ${JSON.stringify(join(root, 'src', 'index.ts'))}`);
      const checks: { actual: unknown; expected: unknown }[] = [];
      (globalThis as Record<string, unknown>).__check = (actual: unknown, expected: unknown) => {
        checks.push({ actual, expected });
      };
      writeFileSync(file, `declare function __check(a: unknown, e: unknown): void;\n${body}\nexport {};\n`);
      await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
      for (const { actual, expected } of checks) expect(actual).toEqual(expected);
    });
  });
});
