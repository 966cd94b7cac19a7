// The real workbench for UI tests: the repo linked into code-server's extensions dir as an installed
// extension, Chromium pages opened on the fixture workspace, and settings written before each load.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionManifest, fixtureWorkspace, repoRoot } from '../hostPaths.mjs';

const VIEWPORT = { width: 1280, height: 800 };

/** A fresh copy of the fixture workspace under `stateDir`, for a window whose scenarios change files. */
export function copyWorkspace(stateDir, name) {
  const copy = path.join(stateDir, 'workspaces', name);
  fs.cpSync(fixtureWorkspace, copy, { recursive: true });
  return copy;
}

/** Settings that keep the workbench quiet and the same on every machine, with the given colour theme. */
export function userSettings(colorTheme) {
  return {
    'workbench.colorTheme': colorTheme,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    // The fixture sits inside the repo's git checkout; VS Code would offer to open that repository.
    'git.openRepositoryInParentFolders': 'never',
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    // Screenshots of editors show whole lines.
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
  };
}

/** What a page printed to its console and which dialogs it opened, from every frame, from before it loaded. */
export function newPageLog() {
  return { console: [], dialogs: [] };
}

/** Links the repository into the extensions dir of a host's state, as an installed extension's folder. */
export function linkExtension(stateDir) {
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(repoRoot, path.join(extensionsDir, extensionManifest().folderName), 'dir');
}

/**
 * Pages on a host started by withHost (with linkExtension as its `prepare`): `openWorkbench(settings, log,
 * folder)` writes the settings (read when a window loads) and opens a page on `folder` (the fixture workspace
 * unless given) in a fresh browser context, so no window restores another's state.
 * `settings.user` are user settings; `settings.machine` are machine-scoped ones (such as `paperLookup.datasets`),
 * which a remote window like code-server's reads only from the server's Machine/settings.json.
 * @param {import('../withHost.mjs').Host} host
 */
export function workbenchOn({ server, browser, stateDir }) {
  const writeSettings = (scope, settings) => {
    const file = path.join(stateDir, 'user-data', scope, 'settings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  };
  return {
    async openWorkbench(settings, log, folder = fixtureWorkspace) {
      if (browser === undefined) throw new Error('the UI scenarios need a host started with a browser');
      writeSettings('User', settings.user);
      writeSettings('Machine', settings.machine ?? {});
      const page = await browser.newPage({ viewport: VIEWPORT });
      page.on('console', (message) => log.console.push(message.text()));
      page.on('dialog', (dialog) => {
        log.dialogs.push(dialog.message());
        void dialog.dismiss().catch(() => {});
      });
      try {
        await page.goto(`${server.origin}/?folder=${encodeURIComponent(folder)}`);
        await waitForWorkbench(page);
        return page;
      } catch (error) {
        await page.close();
        throw error;
      }
    },
  };
}

/** After a load or reload: the workbench is drawn and the activity bar holds its view containers. */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await page.locator('.activitybar .action-label').first().waitFor({ timeout: 60_000 });
}

/** Closes whatever quick input or menu a failed step left open, so the next scenario starts from the workbench. */
export async function dismissOverlays(page) {
  for (let i = 0; i < 3; i++) {
    if (!(await page.locator('.quick-input-widget').isVisible())) return;
    await page.keyboard.press('Escape');
  }
}

/**
 * Waits until the workbench's saved state (IndexedDB in a browser window) matches `pattern`. VS Code in a
 * browser saves its state every few seconds when idle and cannot finish an asynchronous save while the page
 * unloads, so a reload before that save would start from older state.
 */
export async function waitForSavedState(page, pattern) {
  await page.waitForFunction(async (source) => {
    const wanted = new RegExp(source);
    const readAll = (name) => new Promise((resolve) => {
      const opening = indexedDB.open(name);
      opening.onerror = () => resolve([]);
      opening.onsuccess = () => {
        const db = opening.result;
        try {
          const request = db.transaction('ItemTable', 'readonly').objectStore('ItemTable').getAll();
          request.onsuccess = () => { db.close(); resolve(request.result); };
          request.onerror = () => { db.close(); resolve([]); };
        } catch {
          db.close();
          resolve([]);
        }
      };
    });
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('vscode-web-state-db-')) continue;
      if ((await readAll(name)).some((value) => typeof value === 'string' && wanted.test(value))) return true;
    }
    return false;
  }, pattern.source, { timeout: 60_000, polling: 500 });
}
