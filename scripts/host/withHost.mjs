// The one place that knows how the offline VS Code host starts, is given a deadline and is torn down:
// code-server (a real VS Code server and workbench) and, for the tests, Debian's Chromium driven by
// playwright-core. Used by the integration suite, the UI tests and `npm start`. See docs/testing.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';

/**
 * @typedef {object} Host
 * @property {{ port: number, origin: string, exited: Promise<{ code: number | null, signal: string | null }> }} server
 * @property {import('playwright-core').Browser | undefined} browser  undefined when started with `browser: false`
 * @property {string} stateDir  a fresh directory for this run, removed afterwards
 * @property {string[]} recentOutput  code-server's last lines, for a failure message
 */

/**
 * Starts the host in a fresh state directory, runs `body(host)`, and whatever happens (an error, the
 * deadline, Ctrl-C) closes the browser, stops code-server's whole process group and removes the directory.
 *
 * @template T
 * @param {object} options
 * @param {string} options.name  prefixes messages and the state directory (`paper-lookup-<name>-…`)
 * @param {number} [options.timeoutMs]  the whole run's deadline; none when absent
 * @param {boolean} [options.browser]  start Chromium too (default true)
 * @param {number} [options.port]  0 (default) picks a free port
 * @param {string} [options.userDataDir]  a profile to keep between runs (`npm start`); else one inside the state directory
 * @param {string} [options.extensionsDir]
 * @param {(stateDir: string) => void} [options.prepare]  runs before code-server starts, e.g. to link the extension in
 * @param {(stateDir: string) => Record<string, string>} [options.env]  environment for code-server and its extension hosts
 * @param {(host: Host) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withHost(options, body) {
  const { name, timeoutMs, browser: wantBrowser = true } = options;
  // A short path outside the repo: code-server's socket paths must stay under 108 bytes.
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), `paper-lookup-${name}-`));
  const removeState = () => fs.rmSync(stateDir, { recursive: true, force: true });
  // code-server's own exit hook kills its process group; the state goes on every way out.
  process.on('exit', removeState);
  const recentOutput = [];
  let server;
  let browser;
  let timer;
  try {
    options.prepare?.(stateDir);
    server = await startCodeServer({
      stateDir,
      port: options.port ?? 0,
      userDataDir: options.userDataDir,
      extensionsDir: options.extensionsDir,
      env: options.env?.(stateDir),
      onOutput: (line) => {
        recentOutput.push(line);
        if (recentOutput.length > 40) recentOutput.shift();
        if (process.env.PAPER_LOOKUP_HOST_VERBOSE) console.log(`[code-server] ${line}`);
      },
    });
    if (wantBrowser) browser = await launchBrowser(stateDir);
    const run = body({ server, browser, stateDir, recentOutput });
    if (timeoutMs === undefined) return await run;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name}: did not finish within ${timeoutMs / 1000} s (PAPER_LOOKUP_HOST_VERBOSE=1 shows code-server's log)`)), timeoutMs);
    });
    return await Promise.race([run, deadline]);
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
    removeState();
    process.off('exit', removeState);
  }
}

/** Exits with 130 on Ctrl-C or SIGTERM, which runs the exit hooks that stop code-server and remove its state. */
export function exitOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
}

/** Writes `{passed, failed}` where scripts/test.mjs reads each part's counts. */
export function writeSummary(file, counts) {
  if (file) fs.writeFileSync(file, JSON.stringify({ passed: counts.passed, failed: counts.failed }));
}
