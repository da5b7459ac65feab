import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The CLI imports the library's modules from `../…`; in the bundle they resolve to the library build beside it
 * (`./index.js`), so the lexicon table and every class (`CotejoError` for `instanceof`) exist once.
 */
const useLibraryBuild: Plugin = {
  name: 'cotejo-use-library-build',
  setup(build) {
    build.onResolve({ filter: /^\.\.\// }, (args) => {
      if (!/[\\/]src[\\/]cli[\\/]/.test(args.importer) || args.path.startsWith('../cli/')) return undefined;
      return { path: './index.js', external: true };
    });
  },
};

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
    esbuildPlugins: [useLibraryBuild],
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
]);
