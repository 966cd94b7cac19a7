// End-to-end checks through the real workbench UI: code-server with the built extension installed, driven by
// headless Chromium. In dark, light and both high-contrast themes: the search in the command palette, the Papers
// tree, the abstract view (its accessibility scan and its restore after a reload) and Insert Citation, each
// saving screenshots under test-results/; then a hostile dataset (through the paperLookup.datasets setting) in
// the tree and the abstract view. Each check is a test.
// Builds nothing: needs dist/ (npm test builds).
// Usage: node scripts/host/uiTest.mjs [--summary FILE] [--update-docs] [--only TEXT]
//   --summary FILE   FILE gets {"passed","failed"}
//   --only TEXT      runs only the scenarios whose name contains TEXT (while working on one)
//   --update-docs    copies this run's search, tree, abstract and citation screenshots into docs/screenshots/
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isHostInstalled, repoRoot, testResultsDir } from './hostPaths.mjs';
import { abstractScenario } from './ui/abstractScenario.mjs';
import { bibliographyScenario } from './ui/bibliographyScenario.mjs';
import { citationScenario } from './ui/citationScenario.mjs';
import { updateDocsScreenshots } from './ui/docsScreenshots.mjs';
import { HOSTILE_DATASET, HOSTILE_KEY_FORMAT, hostileScenario } from './ui/hostileScenario.mjs';
import { failScenarios, runScenario } from './ui/scenario.mjs';
import { searchScenario } from './ui/searchScenario.mjs';
import { treeScenario } from './ui/treeScenario.mjs';
import { copyWorkspace, dismissOverlays, linkExtension, newPageLog, userSettings, workbenchOn } from './ui/workbench.mjs';
import { exitOnSignals, withHost, writeSummary } from './withHost.mjs';

// About 4 minutes alone on 2 cores; 10 minutes were not enough on a machine shared with other test runs.
const TIMEOUT_MS = Number(process.env.PAPER_LOOKUP_HOST_TIMEOUT_MS ?? 1_200_000);

// The README's screenshots come from the first two.
const THEMES = /** @type {const} */ ([
  { name: 'dark', colorTheme: 'Default Dark Modern' },
  { name: 'light', colorTheme: 'Default Light Modern' },
  { name: 'high-contrast-dark', colorTheme: 'Default High Contrast' },
  { name: 'high-contrast-light', colorTheme: 'Default High Contrast Light' },
]);

/**
 * @typedef {object} Session  one browser window: its settings, what it logs, and the scenarios run in it, in order
 * @property {{ user: Record<string, unknown>, machine?: Record<string, unknown> }} settings
 * @property {ReturnType<typeof newPageLog>} log
 * @property {string} [folder]  the fixture workspace when absent
 * @property {import('./ui/scenario.mjs').Scenario[]} scenarios
 */

/** @returns {Session[]} */
function sessions(options, stateDir) {
  /** @type {Session[]} */
  const list = THEMES.map((theme) => {
    const folder = copyWorkspace(stateDir, theme.name);
    return {
      settings: { user: userSettings(theme.colorTheme) },
      log: newPageLog(),
      folder,
      scenarios: [searchScenario(theme), treeScenario(theme), abstractScenario(theme), citationScenario(theme, folder)],
    };
  });
  // The Problems panel with a quick fix, for the README: in the two themes its screenshots show, each in a window
  // of its own, as a user opening a paper finds it (the citation scenario leaves editors and files behind).
  for (const theme of THEMES.slice(0, 2)) {
    const folder = copyWorkspace(stateDir, `bibliography-${theme.name}`);
    list.push({ settings: { user: userSettings(theme.colorTheme) }, log: newPageLog(), folder, scenarios: [bibliographyScenario(theme, folder)] });
  }
  const log = newPageLog();
  list.push({
    settings: {
      user: { ...userSettings(THEMES[0].colorTheme), 'paperLookup.citation.keyFormat': HOSTILE_KEY_FORMAT },
      machine: { 'paperLookup.datasets': [HOSTILE_DATASET] },
    },
    log,
    scenarios: [hostileScenario(log)],
  });
  if (options.only === undefined) return list;
  return list
    .map((session) => ({ ...session, scenarios: session.scenarios.filter((scenario) => scenario.name.includes(options.only)) }))
    .filter((session) => session.scenarios.length > 0);
}

async function runSessions(host, list, results) {
  const workbench = workbenchOn(host);
  for (const session of list) {
    let page;
    try {
      page = await workbench.openWorkbench(session.settings, session.log, session.folder);
    } catch (error) {
      failScenarios(session.scenarios, results, error);
      continue;
    }
    for (const scenario of session.scenarios) {
      await dismissOverlays(page);
      await runScenario(page, scenario, results);
    }
    await page.close();
  }
}

function parseArgs(argv) {
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  return {
    summaryFile: value('--summary'),
    only: value('--only'),
    updateDocs: argv.includes('--update-docs'),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = [];
  const started = Date.now();
  let fatal;
  if (!isHostInstalled()) fatal = 'the VS Code host is not installed: run `npm run host:install`';
  else if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) fatal = 'dist/extension.js is missing: run `node esbuild.mjs`';

  let planned = 0;
  if (!fatal) {
    fs.mkdirSync(testResultsDir, { recursive: true });
    for (const file of fs.readdirSync(testResultsDir)) {
      if (/^failure-.*\.png$/.test(file)) fs.rmSync(path.join(testResultsDir, file));
    }
    try {
      console.log('\n  Paper Lookup UI (the real workbench in code-server)');
      await withHost({ name: 'ui', timeoutMs: TIMEOUT_MS, prepare: linkExtension }, async (host) => {
        const list = sessions(options, host.stateDir);
        planned = list.flatMap((session) => session.scenarios).reduce((sum, scenario) => sum + scenario.checks.length, 0);
        await runSessions(host, list, results);
      });
    } catch (error) {
      fatal = error instanceof Error ? error.message : String(error);
    }
  }
  if (fatal) console.error(`ui: FAILED: ${fatal}`);
  const passed = results.filter((result) => result.ok).length;
  // A run that broke off fails every check it did not reach, and at least once.
  const failed = results.length - passed + (fatal ? Math.max(1, planned - results.length) : 0);
  if (options.updateDocs && !fatal) {
    try {
      for (const line of updateDocsScreenshots(started)) console.log(`ui: updated ${line}`);
    } catch (error) {
      console.error(`ui: docs/screenshots/ not fully updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeSummary(options.summaryFile, { passed, failed });
  console.log(`ui: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed > 0 ? 1 : 0;
}

exitOnSignals();
// Exit explicitly: after a timeout the page and server may still hold the event loop open.
process.exit(await main());
