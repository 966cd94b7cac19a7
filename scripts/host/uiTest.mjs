// End-to-end check through the real workbench UI: code-server with the built extension installed, headless
// Chromium presses F1, runs "Paper Lookup: Search Papers…", types a query and expects matching result rows.
// Once per colour theme, each saving a screenshot under test-results/. Builds nothing: needs dist/ (npm test builds).
// Usage: node scripts/host/uiTest.mjs [--summary FILE]   (FILE gets {"passed","failed"})
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { extensionManifest, fixtureWorkspace, isHostInstalled, repoRoot, testResultsDir } from './hostPaths.mjs';

const TIMEOUT_MS = Number(process.env.PAPER_LOOKUP_HOST_TIMEOUT_MS ?? 300_000);
const COMMAND_TITLE = 'Paper Lookup: Search Papers';
// Typed as the user would, a prefix of a word: the bundled sample has a paper with "Diffusion" in its title.
const QUERY = 'diffus';
const EXPECTED_ROW = /iffusion/i;

const THEMES = [
  { name: 'dark', colorTheme: 'Default Dark Modern' },
  { name: 'light', colorTheme: 'Default Light Modern' },
];

function userSettings(colorTheme) {
  return {
    'workbench.colorTheme': colorTheme,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    // The fixture sits inside the repo's git checkout; VS Code would offer to open that repository.
    'git.openRepositoryInParentFolders': 'never',
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
  };
}

/** The extensions dir holds the repo itself under the folder name VS Code expects for an installed extension. */
function installExtension(extensionsDir) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(repoRoot, path.join(extensionsDir, extensionManifest().folderName), 'dir');
}

/**
 * F1, the command title, Enter. The palette lists only the commands known when it opened, and right after
 * load the extension may not be scanned yet: then close it and try again, as a person would.
 */
async function openCommand(page, rows) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.type(COMMAND_TITLE);
    try {
      await rows.filter({ hasText: COMMAND_TITLE }).first().waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the command palette never listed "${COMMAND_TITLE}"`, { cause: error });
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
    }
  }
}

async function searchThroughPalette(page, origin, screenshot) {
  await page.goto(`${origin}/?folder=${encodeURIComponent(fixtureWorkspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await openCommand(page, rows);
  // The command's own quick pick replaces the palette: its input no longer holds the palette's `>` prefix.
  await page.waitForFunction(() => {
    const input = document.querySelector('.quick-input-widget .quick-input-box input');
    return input instanceof HTMLInputElement && input.offsetParent !== null && !input.value.startsWith('>');
  }, undefined, { timeout: 30_000 });
  await page.keyboard.type(QUERY, { delay: 50 });
  const hit = rows.filter({ hasText: EXPECTED_ROW }).first();
  await hit.waitFor({ timeout: 30_000 });
  const text = (await hit.innerText()).replace(/\s+/g, ' ').trim();
  await page.screenshot({ path: screenshot });
  return text;
}

async function runThemes(stateDir, results) {
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  installExtension(extensionsDir);
  const server = await startCodeServer({
    stateDir,
    userDataDir,
    extensionsDir,
    onOutput: (line) => { if (process.env.PAPER_LOOKUP_HOST_VERBOSE) console.log(`[code-server] ${line}`); },
  });
  let browser;
  try {
    browser = await launchBrowser(stateDir);
    for (const theme of THEMES) {
      const title = `${theme.name} theme: typing "${QUERY}" in "${COMMAND_TITLE}…" shows a row matching ${EXPECTED_ROW}`;
      const settingsFile = path.join(userDataDir, 'User', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      fs.writeFileSync(settingsFile, JSON.stringify(userSettings(theme.colorTheme), null, 2));
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const screenshot = path.join(testResultsDir, `search-${theme.name}.png`);
      try {
        const row = await searchThroughPalette(page, server.origin, screenshot);
        results.push({ title, ok: true });
        console.log(`    ✔ ${title}\n      row: ${row}\n      screenshot: ${path.relative(repoRoot, screenshot)}`);
      } catch (error) {
        const failureShot = path.join(testResultsDir, `search-${theme.name}-failure.png`);
        await page.screenshot({ path: failureShot }).catch(() => {});
        results.push({ title, ok: false });
        console.log(`    ✖ ${title}\n      ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n      screenshot: ${path.relative(repoRoot, failureShot)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

async function main() {
  const at = process.argv.indexOf('--summary');
  const summaryFile = at >= 0 ? process.argv[at + 1] : undefined;
  const results = [];
  const started = Date.now();
  let fatal;
  if (!isHostInstalled()) fatal = 'the VS Code host is not installed: run `npm run host:install`';
  else if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) fatal = 'dist/extension.js is missing: run `node esbuild.mjs`';

  if (!fatal) {
    fs.mkdirSync(testResultsDir, { recursive: true });
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-ui-'));
    // On every way out, timeouts and Ctrl-C included; code-server's own exit hook stops the server.
    process.on('exit', () => fs.rmSync(stateDir, { recursive: true, force: true }));
    let timer;
    try {
      console.log('\n  Paper Lookup UI (command palette in code-server)');
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the UI test did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      });
      await Promise.race([runThemes(stateDir, results), timeout]);
    } catch (error) {
      fatal = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  }
  if (fatal) console.error(`ui: FAILED: ${fatal}`);
  const passed = results.filter((result) => result.ok).length;
  // A run that broke off fails every theme it did not reach, and at least once.
  const failed = results.length - passed + (fatal ? Math.max(1, THEMES.length - results.length) : 0);
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify({ passed, failed }));
  console.log(`ui: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
// Exit explicitly: after a timeout the page and server may still hold the event loop open.
process.exit(await main());
