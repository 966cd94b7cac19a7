// Builds every bundle into dist/: the extension, the terminal companion, the benchmark and the bundled index.
// `--production` minifies; `--watch` rebuilds on change; `--tests` also compiles the integration suite into out/.
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').BuildOptions} */
const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// package.json's `bin` points at dist/cli.js; without the execute bit `npx paper-lookup` fails with "Permission denied".
/** @type {import('esbuild').Plugin} */
const executable = {
  name: 'executable',
  setup(build) {
    const { outfile } = build.initialOptions;
    build.onEnd((result) => {
      if (result.errors.length === 0 && outfile !== undefined) fs.chmodSync(outfile, 0o755);
    });
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...nodeBundle, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Parses and indexes imported datasets off the extension host's main thread (see src/host/import/runImportWorker.ts).
  { ...nodeBundle, entryPoints: ['src/host/import/importWorker.ts'], outfile: 'dist/importWorker.js' },
  { ...nodeBundle, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [executable] },
  { ...nodeBundle, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' },
  {
    ...nodeBundle,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['src/webview/abstractView.ts'],
    outfile: 'dist/webview/abstractView.js',
  },
];

if (tests) {
  // A deleted test must not keep running from a stale compiled copy.
  fs.rmSync('out/test/integration', { recursive: true, force: true });
  // One CommonJS file per test module, run inside the extension host: `vscode` comes from the host and
  // `mocha` from node_modules (out/ sits inside the extension folder, so require resolves it).
  builds.push({
    ...nodeBundle,
    entryPoints: ['test/integration/**/*.ts'],
    outbase: 'test/integration',
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

// The bundled sample's search index is built here, at build time, so the extension never indexes it at run time.
// Never minified: its hash decides whether the index is rebuilt, and the production build should not rebuild it.
await esbuild.build({ ...nodeBundle, sourcemap: false, minify: false, entryPoints: ['scripts/buildBundledIndex.ts'], outfile: 'out/buildBundledIndex.js' });
execFileSync(process.execPath, ['out/buildBundledIndex.js'], { stdio: 'inherit' });
