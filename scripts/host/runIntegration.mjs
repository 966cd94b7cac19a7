// Runs the compiled integration suite (out/test/integration/index.js) inside a real VS Code extension host:
// code-server serves the workbench, headless Chromium opens it with the test payload in the URL, the workbench
// forwards the suite's output and exit code through two functions exposed on the page, and the suite writes
// its counts as JSON (test/summaryReporter.ts). See docs/testing.md.
// Builds nothing: run `node esbuild.mjs --tests` first (npm test does).
// Usage: node scripts/host/runIntegration.mjs [--summary FILE]   (FILE gets {"passed","failed"})
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { fixtureWorkspace, integrationEntry, isHostInstalled, repoRoot } from './hostPaths.mjs';
import { exitOnSignals, withHost, writeSummary } from './withHost.mjs';

// Expected offline: the workbench asks the extension gallery for recommendations.
const OFFLINE_NOISE = /ENOTFOUND open-vsx\.org/;
const TIMEOUT_MS = Number(process.env.PAPER_LOOKUP_HOST_TIMEOUT_MS ?? 300_000);

function parseArgs(argv) {
  const at = argv.indexOf('--summary');
  return { summaryFile: at >= 0 ? argv[at + 1] : undefined };
}

function checkReady() {
  const problems = [];
  if (!isHostInstalled()) problems.push('the VS Code host is not installed: run `npm run host:install`');
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) problems.push('dist/extension.js is missing: run `node esbuild.mjs --tests`');
  if (!fs.existsSync(integrationEntry)) problems.push(`${path.relative(repoRoot, integrationEntry)} is missing: run \`node esbuild.mjs --tests\``);
  return problems;
}

/** The page URL that makes the workbench load the extension from source and run the suite. */
function testUrl(origin, port) {
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(integrationEntry)],
    ['skipWelcome', 'true'],
  ];
  return `${origin}/?folder=${encodeURIComponent(fixtureWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Opens the test page and resolves with the suite's exit code. */
async function runSuite({ server, browser }) {
  const page = await browser.newPage();
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    // The workbench forwards the extension host's console here, mocha's reporter among it, as console
    // arguments: a format string and its values.
    const message = Array.isArray(args) ? format(...args) : String(args);
    if (!OFFLINE_NOISE.test(message)) (level === 'error' ? console.error : console.log)(message);
  });
  await page.goto(testUrl(server.origin, server.port));
  return exitCode;
}

async function main() {
  const { summaryFile } = parseArgs(process.argv.slice(2));
  const problems = checkReady();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`integration: ${problem}`);
    writeSummary(summaryFile, { passed: 0, failed: 1 });
    return 1;
  }
  const started = Date.now();
  let code;
  let counts;
  try {
    // The extension host inherits code-server's environment: the suite's reporter writes its counts there.
    const countsFile = (stateDir) => path.join(stateDir, 'mocha-summary.json');
    counts = await withHost({ name: 'integration', timeoutMs: TIMEOUT_MS, env: (stateDir) => ({ PAPER_LOOKUP_TEST_SUMMARY: countsFile(stateDir) }) }, async (host) => {
      code = await runSuite(host);
      return fs.existsSync(countsFile(host.stateDir)) ? JSON.parse(fs.readFileSync(countsFile(host.stateDir), 'utf8')) : undefined;
    });
  } catch (error) {
    console.error(`integration: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  }
  // A suite that never reported its counts still failed, once at least.
  const summary = counts ?? { passed: 0, failed: 0 };
  if (code !== 0 && summary.failed === 0) summary.failed = 1;
  writeSummary(summaryFile, summary);
  console.log(`integration: exit ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

exitOnSignals();
// Exit explicitly: after a timeout the page and server may still hold the event loop open.
process.exit(await main());
