// The bibliography assistant as a user meets it: a natbib document whose citations the Problems panel lists as
// they are (undefined keys, a rejected paper typed as published, two entries of one paper), and the quick fix that
// adds an undefined key's entry from the dataset. It changes files, so its window must be on a copy of the fixture
// workspace (copyWorkspace in workbench.mjs); the bibliography fixtures are copied into it here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../hostPaths.mjs';
import { quickOpen, runCommand } from './palette.mjs';
import { expect, saveScreenshot, waitFor } from './scenario.mjs';

const FOLDER = 'bibliography';
const TEX = 'natbib.tex';
const BIB = 'refs.bib';
const UNDEFINED_KEY = 'subspaceRegularizers2022';

/** @returns {import('./scenario.mjs').Scenario} */
export function bibliographyScenario(theme, workspace) {
  const folder = path.join(workspace, FOLDER);
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'bibliography'), folder, { recursive: true });
  const bibFile = path.join(folder, BIB);
  const bibBefore = fs.readFileSync(bibFile, 'utf8');
  const texLines = fs.readFileSync(path.join(folder, TEX), 'utf8').split('\n');
  const line = texLines.findIndex((text) => text.includes(UNDEFINED_KEY)) + 1;
  const keyLine = texLines[line - 1];
  if (keyLine === undefined) throw new Error(`${TEX} no longer cites ${UNDEFINED_KEY}`);
  const column = keyLine.indexOf(UNDEFINED_KEY) + 3;
  return {
    name: `Bibliography diagnostics (${theme.name} theme)`,
    checks: [
      {
        title: 'the Problems panel lists the undefined keys of a natbib document and the .bib entries whose venue the decision contradicts',
        async run(page) {
          // The side bar may be open or closed (an earlier scenario in the window closes it): the screenshot is
          // of the editor and the panel only.
          await runCommand(page, 'View: Close All Editor Groups');
          await quickOpen(page, `${FOLDER}/${TEX}`);
          await page.locator('.editor-group-container.active .tab.active', { hasText: TEX }).waitFor({ timeout: 30_000 });
          await runCommand(page, 'View: Focus Problems');
          const rows = page.locator('.markers-panel .monaco-list-row');
          for (const text of [`${UNDEFINED_KEY} is not defined`, 'noSuchPaper1999 is not defined', 'peng2021awr is an @inproceedings entry with an ICLR booktitle']) {
            await rows.filter({ hasText: text }).first().waitFor({ timeout: 60_000 }).catch((error) => {
              throw new Error(`the Problems panel has no row "${text}"`, { cause: error });
            });
          }
          return [`${await rows.count()} rows`];
        },
      },
      {
        title: `Ctrl+. on ${UNDEFINED_KEY} offers to add the dataset's entry; choosing it appends @inproceedings{${UNDEFINED_KEY}, …} to ${BIB}`,
        async run(page) {
          await quickOpen(page, `:${line}:${column}`);
          await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
          await page.keyboard.press('Control+Period');
          const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Add the entry for "Subspace Regularizers' });
          await fix.first().waitFor({ timeout: 30_000 });
          const editor = await page.locator('.part.editor').boundingBox();
          const panel = await page.locator('.part.panel').boundingBox();
          const clip = editor && panel ? { x: editor.x, y: editor.y, width: editor.width, height: panel.y + panel.height - editor.y } : undefined;
          const shot = await saveScreenshot(page, `bibliography-${theme.name}`, clip);
          // The first fix is the focused row of the menu.
          await page.keyboard.press('Enter');
          const bib = await waitFor(() => {
            const text = fs.readFileSync(bibFile, 'utf8');
            return text.includes(`{${UNDEFINED_KEY},`) ? text : undefined;
          }, `${BIB} never gained ${UNDEFINED_KEY}`);
          expect(bib.startsWith(bibBefore), `${BIB} changed above the new entry`);
          expect(bib.slice(bibBefore.length).includes(`@inproceedings{${UNDEFINED_KEY},`), `the new entry is not @inproceedings{${UNDEFINED_KEY}`);
          const rows = page.locator('.markers-panel .monaco-list-row', { hasText: `${UNDEFINED_KEY} is not defined` });
          await rows.first().waitFor({ state: 'detached', timeout: 30_000 });
          return [`screenshot: ${shot}`];
        },
      },
    ],
  };
}
