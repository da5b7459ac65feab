import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS with type declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // Source maps point at src/ without embedding it: the lexicon table would otherwise ship twice more.
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
  {
    // The command-line tool (Node only).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
]);
