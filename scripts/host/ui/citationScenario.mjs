// Citing while writing, as a user does it: a natbib LaTeX file open, Insert Citation from the palette, a search,
// the \citep/\citet choice, and the result in the document and in the .bib on disk. It changes files, so its
// window must be on a copy of the fixture workspace (copyWorkspace in workbench.mjs).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../hostPaths.mjs';
import { quickPickRows, runCommand, waitForCommandQuickPick } from './palette.mjs';
import { expect, saveScreenshot } from './scenario.mjs';

const TITLE = 'Subspace Regularizers for Few-Shot Class Incremental Learning';
const QUERY = 'subspace regularizers few-shot';
const TEX = 'natbib.tex';
const BIB = 'refs.bib';
// Line 4 of natbib.tex ends "…as shown by prior work."; the citation goes before the full stop.
const CITE_LINE = 'Few-shot learners forget old classes as shown by prior work';

/** @returns {import('./scenario.mjs').Scenario} */
export function citationScenario(theme, workspace) {
  const texFile = path.join(workspace, 'citations', TEX);
  const texBefore = fs.readFileSync(texFile, 'utf8').split('\n');
  const bibFile = path.join(workspace, 'citations', BIB);
  const bibBefore = fs.readFileSync(bibFile, 'utf8');
  // The key the core computes, asked of the terminal companion, so the UI is checked against it independently.
  const key = expectedKey();
  return {
    name: `Insert Citation (${theme.name} theme)`,
    checks: [
      {
        title: `Insert Citation from the palette in a natbib file searches, asks \\citep or \\citet, and puts \\citep{${key}} at the cursor`,
        async run(page) {
          // Room for the document and the .bib side by side: no other editors, no side bar.
          await runCommand(page, 'View: Close All Editor Groups');
          await runCommand(page, 'View: Close Primary Side Bar');
          await quickOpen(page, TEX);
          await page.locator('.tab.active', { hasText: TEX }).waitFor({ timeout: 30_000 });
          // Quick Open's ":line:column" goes to the full stop after "prior work".
          await quickOpen(page, `:4:${CITE_LINE.length + 1}`);
          await page.keyboard.type(' ');
          await runCommand(page, 'Paper Lookup: Insert Citation');
          await waitForCommandQuickPick(page);
          await page.keyboard.insertText(QUERY);
          await quickPickRows(page).first().filter({ hasText: TITLE }).waitFor({ timeout: 60_000 });
          await page.keyboard.press('Enter');
          // The second quick pick: parenthetical (\citep, first) or textual.
          await quickPickRows(page).filter({ hasText: '\\citet{…}' }).waitFor({ timeout: 30_000 });
          await page.keyboard.press('Enter');
          await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
          // Saved as a user would (again until the citation has landed), so the check reads the file, not Monaco's rendering.
          const line = `${CITE_LINE} \\citep{${key}}.`;
          const saved = await waitFor(async () => {
            await page.keyboard.press('Control+S');
            const lines = fs.readFileSync(texFile, 'utf8').split('\n');
            return lines[3].includes('\\cite') ? lines : undefined;
          }, `${TEX} was not saved with a citation`);
          expect(saved[3] === line, `line 4 reads "${saved[3]}", not "${line}"`);
          expect(saved.filter((text, i) => i !== 3).join('\n') === texBefore.filter((text, i) => i !== 3).join('\n'), `other lines of ${TEX} changed`);
          return [`line 4: ${line}`];
        },
      },
      {
        title: `${BIB} on disk keeps its entries and gains one @inproceedings entry for the paper, with no invented author`,
        async run(page) {
          const bib = await waitFor(() => {
            const text = fs.readFileSync(bibFile, 'utf8');
            return text !== bibBefore ? text : undefined;
          }, `${BIB} was not saved with a new entry`);
          expect(bib.startsWith(bibBefore), `the existing entries of ${BIB} were changed`);
          const added = bib.slice(bibBefore.length);
          expect((added.match(/^@/gm) ?? []).length === 1, `expected one new entry, got:\n${added}`);
          expect(added.includes(`@inproceedings{${key},`), `the new entry is not @inproceedings{${key}: ${added}`);
          expect(added.includes('Few-Shot'), `the new entry's title is missing: ${added}`);
          expect(!/^\s*author\s*=/m.test(added), 'the entry invents an author');
          // Show both files side by side for the README: the document left, the .bib scrolled to its new entry.
          await quickOpen(page, BIB, 'Control+Enter');
          await page.locator('.tab.active', { hasText: BIB }).waitFor({ timeout: 30_000 });
          await page.keyboard.press('Control+End');
          const editors = await page.locator('.part.editor').boundingBox();
          const shot = await saveScreenshot(page, `citation-${theme.name}`, editors ?? undefined);
          return [`added ${added.trim().split('\n').length} lines`, `screenshot: ${shot}`];
        },
      },
    ],
  };
}

function expectedKey() {
  const cli = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'cite', TITLE, '--format', 'latex'], { encoding: 'utf8' });
  const key = /\\cite\{([^}]+)\}/.exec(cli.stdout)?.[1];
  if (cli.status !== 0 || !key) throw new Error(`paper-lookup cite failed: ${cli.stderr || cli.stdout}`);
  return key;
}

/** Ctrl+P, the text, then `accept` (Enter opens in the active group, Control+Enter to the side). */
async function quickOpen(page, text, accept = 'Enter') {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.insertText(text);
  // Enter before the rows for this text are listed does nothing; ":4:60" lists "Go to line 4…".
  const row = text.startsWith(':') ? /line \d+/ : text;
  await quickPickRows(page).filter({ hasText: row }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press(accept);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

async function waitFor(probe, message, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
