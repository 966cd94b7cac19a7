// `npm run check:vsix`: packages the extension into a temporary VSIX (vsce runs vscode:prepublish, i.e. the type
// check and the production build) and fails unless only runtime files ship, every runtime file is there, the
// package stays under the size budget, and vsce printed no warning. The budget is stated in README.md.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The bundled index of every ICLR 2018–2023 submission is most of the package; issue 10 caps the whole at
 * 12 MB (the Marketplace accepts far more, but every user downloads it). README.md states the same number.
 */
const VSIX_BUDGET_BYTES = 12_000_000;

/** What may ship: the bundles, the prebuilt index, the page script, media, the data's sources and licences, the docs, the manifest. */
const ALLOWED = [
  /^dist\/(extension|cli|importWorker)\.js$/,
  /^dist\/index\/[^/]+$/,
  /^dist\/webview\/[^/]+\.js$/,
  /^media\/.+$/,
  /^data\/SOURCES\.md$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
  // Localised manifest strings and runtime bundles, once they exist.
  /^package\.nls(\.[\w-]+)?\.json$/,
  /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
];

/** Without these the installed extension breaks or the Marketplace page is empty. */
const REQUIRED = [
  'dist/extension.js',
  'dist/cli.js',
  'dist/importWorker.js',
  'dist/index/manifest.json',
  'dist/webview/abstractView.js',
  'data/SOURCES.md',
  'media/icon.png',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'package.json',
];

const vsce = path.join('node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
const problems = [];

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-vsix-'));
const vsixFile = path.join(outDir, 'paper-lookup.vsix');
try {
  // stdin closed: a vsce prompt (a missing LICENSE or repository) fails here instead of hanging.
  const packaged = run(['package', '--no-dependencies', '-o', vsixFile]);
  for (const line of packaged.split('\n').filter((text) => /\bWARNING\b/i.test(text))) problems.push(`vsce package warned: ${line.trim()}`);

  const files = run(['ls', '--no-dependencies'])
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const file of files) if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`ships a file that is not needed at run time: ${file}`);
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`does not ship ${file}`);
  const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  for (const entry of [manifest.main, manifest.icon, ...Object.values(manifest.bin ?? {})]) {
    if (!files.includes(path.posix.normalize(entry))) problems.push(`package.json names ${entry}, which does not ship`);
  }

  const size = fs.statSync(vsixFile).size;
  if (size > VSIX_BUDGET_BYTES) problems.push(`the VSIX is ${kb(size)}, over the ${kb(VSIX_BUDGET_BYTES)} budget`);
  const extensionSize = fs.statSync('dist/extension.js').size;
  const indexSize = fs.readdirSync('dist/index').reduce((sum, name) => sum + fs.statSync(path.join('dist/index', name)).size, 0);
  console.log(`VSIX: ${files.length} files, ${kb(size)} (budget ${kb(VSIX_BUDGET_BYTES)}); dist/extension.js ${kb(extensionSize)} minified; the bundled index ${kb(indexSize)} before compression`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check:vsix: ${problem}`);
  process.exit(1);
}
console.log('check:vsix: only runtime files, within budget, no vsce warnings');

/** Runs vsce and returns stdout and stderr together; a failing vsce throws with its output. */
function run(args) {
  const result = spawnSync(vsce, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(`${output}\ncheck:vsix: vsce ${args[0]} failed (exit ${result.status})`);
  }
  return output;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(0)} kB`;
}
