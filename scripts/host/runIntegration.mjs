// Runs the compiled integration suite (out/test/integration/index.js) inside a real VS Code extension host:
// code-server serves the workbench, headless Chromium opens it with the test payload in the URL, and the
// workbench reports the suite's output and exit code through two functions exposed on the page.
// Builds nothing: run `node esbuild.mjs --tests` first (npm test does).
// Usage: node scripts/host/runIntegration.mjs [--summary FILE]   (FILE gets {"passed","failed"} from mocha's output)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { fixtureWorkspace, integrationEntry, isHostInstalled, repoRoot } from './hostPaths.mjs';
import { countMochaLines } from './mochaSummary.mjs';

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

async function runSuite(stateDir, lines) {
  const server = await startCodeServer({
    stateDir,
    onOutput: (line) => { if (process.env.PAPER_LOOKUP_HOST_VERBOSE) console.log(`[code-server] ${line}`); },
  });
  let browser;
  try {
    browser = await launchBrowser(stateDir);
    const page = await browser.newPage();
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      // The workbench forwards the extension host's console here, mocha's reporter output among it,
      // as console arguments: a format string and its values.
      const message = Array.isArray(args) ? format(...args) : String(args);
      if (OFFLINE_NOISE.test(message)) return;
      for (const line of message.split('\n')) {
        lines.push(line);
        (level === 'error' ? console.error : console.log)(line);
      }
    });
    await page.goto(testUrl(server.origin, server.port));
    return await exitCode;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

async function main() {
  const { summaryFile } = parseArgs(process.argv.slice(2));
  const problems = checkReady();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`integration: ${problem}`);
    return 1;
  }
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-integration-'));
  // On every way out, timeouts and Ctrl-C included; code-server's own exit hook stops the server.
  process.on('exit', () => fs.rmSync(stateDir, { recursive: true, force: true }));
  const lines = [];
  const started = Date.now();
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`integration: FAILED: the suite did not finish within ${TIMEOUT_MS / 1000} s (set PAPER_LOOKUP_HOST_VERBOSE=1 to see code-server's log).`);
      resolve(1);
    }, TIMEOUT_MS);
  });
  let code;
  try {
    code = await Promise.race([runSuite(stateDir, lines), timeout]);
  } catch (error) {
    console.error(`integration: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    clearTimeout(timer);
  }
  const counts = countMochaLines(lines);
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // a suite that never reported still failed
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(counts));
  console.log(`integration: exit ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
// Exit explicitly: after a timeout the page and server may still hold the event loop open.
process.exit(await main());
