// Citing while writing, as a user does it: a natbib LaTeX file open, Insert Citation from the palette, a search,
// the \citep/\citet choice, and the result in the document and in the .bib on disk. It changes files, so its
// window must be on a copy of the fixture workspace (copyWorkspace in workbench.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { quickOpen, quickPickRows, runCommand, shownAsLabel, waitForCommandQuickPick } from './palette.mjs';
import { expect, saveScreenshot, waitFor } from './scenario.mjs';
import { terminalCompanion } from './terminalCompanion.mjs';
import { bundledPapers } from './bundledData.mjs';

const TITLE = 'Subspace Regularizers for Few-Shot Class Incremental Learning';
const QUERY = 'subspace regularizers few-shot';
const TEX = 'natbib.tex';
const BIB = 'refs.bib';
// Line 4 of natbib.tex and line 3 of no-front-matter.md end "…as shown by prior work."; citations go before the full stop.
const CITE_LINE = 'Few-shot learners forget old classes as shown by prior work';
// The Markdown notes name no bibliography, so the first citation asks to create references.bib in the workspace.
const MARKDOWN = 'no-front-matter.md';
const SECOND_TITLE = 'GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding';
const SECOND_QUERY = 'glue multi-task benchmark';

/** @returns {import('./scenario.mjs').Scenario} */
export function citationScenario(theme, workspace) {
  const texFile = path.join(workspace, 'citations', TEX);
  const texBefore = fs.readFileSync(texFile, 'utf8').split('\n');
  const bibFile = path.join(workspace, 'citations', BIB);
  const bibBefore = fs.readFileSync(bibFile, 'utf8');
  const markdownFile = path.join(workspace, 'citations', MARKDOWN);
  const markdownBefore = fs.readFileSync(markdownFile, 'utf8').split('\n');
  const defaultBib = path.join(workspace, 'references.bib');
  // The keys the core computes, asked of the terminal companion, so the UI is checked against them independently.
  const key = expectedKey(TITLE);
  const secondKey = expectedKey(SECOND_TITLE);
  return {
    name: `Insert Citation (${theme.name} theme)`,
    checks: [
      {
        title: `Insert Citation from the palette in a natbib file searches, asks \\citep or \\citet, and puts \\citep{${key}} at the cursor`,
        async run(page) {
          // Room for the document and the .bib side by side: no other editors, no side bar.
          await runCommand(page, 'View: Close All Editor Groups');
          await runCommand(page, 'View: Close Primary Side Bar');
          await openFile(page, TEX);
          // Quick Open's ":line:column" goes to the full stop after "prior work".
          await goTo(page, 4, CITE_LINE.length + 1);
          await page.keyboard.type(' ');
          await citeFromPalette(page, QUERY, TITLE);
          // The second quick pick: parenthetical (\citep, first) or textual.
          await quickPickRows(page).filter({ hasText: '\\citet{…}' }).waitFor({ timeout: 30_000 });
          await page.keyboard.press('Enter');
          await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
          const line = `${CITE_LINE} \\citep{${key}}.`;
          const saved = await saveUntil(page, texFile, (lines) => lines[3]?.includes('\\cite'));
          expect(saved[3] === line, `line 4 reads "${saved[3]}", not "${line}"`);
          expect(sameExcept(saved, texBefore, 3), `other lines of ${TEX} changed`);
          return [`line 4: ${line}`];
        },
      },
      {
        title: `${BIB} on disk keeps its entries and gains one @inproceedings entry for the paper, with its authors and OpenReview link`,
        async run(page) {
          const bib = await settledFile(bibFile, (text) => text !== bibBefore, `${BIB} was not saved with a new entry`);
          expect(bib.startsWith(bibBefore), `the existing entries of ${BIB} were changed`);
          const added = bib.slice(bibBefore.length);
          expect((added.match(/^@/gm) ?? []).length === 1, `expected one new entry, got:\n${added}`);
          expect(added.includes(`@inproceedings{${key},`), `the new entry is not @inproceedings{${key}: ${added}`);
          expect(added.includes('Few-Shot'), `the new entry's title is missing: ${added}`);
          const paper = bundledPapers().find((candidate) => candidate.title === TITLE);
          // Compared without accents: the entry writes them as LaTeX (Aky{\"u}rek), the data as Unicode (Akyürek).
          const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\{\\.([A-Za-z])\}/g, '$1');
          const lastNames = (paper?.authors ?? []).map((name) => plain(name.split(' ').at(-1)));
          const authorField = plain(/^\s*author\s*=\s*\{(.*)\},$/m.exec(added)?.[1] ?? '');
          expect(lastNames.length > 0 && lastNames.every((name) => authorField.includes(name)), `the author field "${authorField}" does not name ${lastNames.join(', ')}`);
          expect(added.includes(`https://openreview.net/forum?id=${paper?.openreview_id}`), `the entry has no OpenReview link: ${added}`);
          // Show both files side by side for the README: the document left, the .bib scrolled to its new entry.
          await openFile(page, BIB, 'Control+Enter');
          await page.keyboard.press('Control+End');
          const editors = await page.locator('.part.editor').boundingBox();
          const shot = await saveScreenshot(page, `citation-${theme.name}`, editors ?? undefined);
          return [`added ${added.trim().split('\n').length} lines`, `screenshot: ${shot}`];
        },
      },
      {
        title: `completion: typing ", glue benchmark" after the key suggests ${secondKey} first; Enter cites it and appends its entry to ${BIB}`,
        async run(page) {
          const bibBeforeCompletion = fs.readFileSync(bibFile, 'utf8');
          // The document is in the first group, the .bib beside it.
          await runCommand(page, 'View: Focus First Editor Group');
          await page.locator('.editor-group-container.active .tab.active', { hasText: TEX }).waitFor({ timeout: 30_000 });
          await goTo(page, 4, `${CITE_LINE} \\citep{${key}`.length + 1);
          // Two words typed after the comma are one search; Ctrl+Space asks, as quick suggestions may be off.
          await page.keyboard.type(', glue benchmark', { delay: 50 });
          await page.keyboard.press('Control+Space');
          const rows = page.locator('.suggest-widget .monaco-list-row');
          await rows.first().waitFor({ timeout: 30_000 });
          const focused = page.locator('.suggest-widget .monaco-list-row.focused');
          await focused.filter({ hasText: secondKey }).waitFor({ timeout: 30_000 }).catch(async (error) => {
            throw new Error(`the focused suggestion is not ${secondKey}; rows: ${(await rows.allInnerTexts()).join(' | ')}`, { cause: error });
          });
          await page.keyboard.press('Enter');
          const cited = `${CITE_LINE} \\citep{${key}, ${secondKey}}.`;
          const saved = await saveUntil(page, texFile, (lines) => lines[3]?.includes(secondKey));
          expect(saved[3] === cited, `line 4 reads "${saved[3]}", not "${cited}"`);
          const bib = await settledFile(bibFile, (text) => text.includes(`{${secondKey},`), `${BIB} never gained ${secondKey}`);
          expect(bib.startsWith(bibBeforeCompletion), `${BIB} changed above the new entry`);
          return [`cited: ${saved[3]}`];
        },
      },
      {
        title: `in Markdown notes that name no bibliography, the first citation asks to create references.bib; Create writes [@${key}] and the file`,
        async run(page) {
          expect(!fs.existsSync(defaultBib), 'references.bib exists before the test');
          await openFile(page, MARKDOWN);
          await goTo(page, 3, CITE_LINE.length + 1);
          await page.keyboard.type(' ');
          await citeFromPalette(page, QUERY, TITLE);
          const dialog = page.locator('.monaco-dialog-box');
          await dialog.waitFor({ timeout: 30_000 });
          const message = (await dialog.locator('.dialog-message-text').innerText()).trim();
          expect(/Create references\.bib/.test(message), `the dialog asks "${message}"`);
          await dialog.getByRole('button', { name: 'Create references.bib' }).click();
          const saved = await saveUntil(page, markdownFile, (lines) => lines[2]?.includes('[@'));
          expect(saved[2] === `${CITE_LINE} [@${key}].`, `line 3 reads "${saved[2]}"`);
          expect(sameExcept(saved, markdownBefore, 2), `other lines of ${MARKDOWN} changed`);
          const bib = await settledFile(defaultBib, (text) => text.includes(`{${key},`), 'references.bib was not written');
          expect(bib.includes(`@inproceedings{${key},`), `references.bib holds:\n${bib}`);
          return [`line 3: ${saved[2]}`];
        },
      },
      {
        title: `a second citation in the same notes asks nothing and appends its entry to references.bib: [@${key}; @${secondKey}]`,
        async run(page) {
          // The cursor just after the first key, inside its brackets: the second key joins that citation.
          await goTo(page, 3, `${CITE_LINE} [@${key}`.length + 1);
          await citeFromPalette(page, SECOND_QUERY, SECOND_TITLE);
          const saved = await saveUntil(page, markdownFile, (lines) => lines[2]?.includes(secondKey));
          expect(!(await page.locator('.monaco-dialog-box').isVisible()), 'a dialog asked again');
          expect(saved[2] === `${CITE_LINE} [@${key}; @${secondKey}].`, `line 3 reads "${saved[2]}"`);
          const bib = await settledFile(defaultBib, (text) => text.includes(`{${secondKey},`), `references.bib never gained ${secondKey}`);
          const entries = bib.match(/^@\w+\{[^,]+,/gm) ?? [];
          expect(JSON.stringify(entries) === JSON.stringify([`@inproceedings{${key},`, `@inproceedings{${secondKey},`]), `references.bib entries: ${entries.join(' ')}`);
          return [`line 3: ${saved[2]}`];
        },
      },
    ],
  };
}

/** Insert Citation from the palette: the query typed in its search, Enter on the row titled `title`. */
async function citeFromPalette(page, query, title) {
  await runCommand(page, 'Paper Lookup: Insert Citation');
  await waitForCommandQuickPick(page);
  await page.keyboard.insertText(query);
  await quickPickRows(page).first().filter({ hasText: shownAsLabel(title) }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
}

/**
 * Saves the active editor as a user would, again until the file on disk satisfies `landed` (the citation
 * arrives a moment after the pick), and returns its lines: the checks read the file, not Monaco's rendering.
 */
function saveUntil(page, file, landed) {
  return waitFor(async () => {
    await page.keyboard.press('Control+S');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return landed(lines) ? lines : undefined;
  }, `${path.basename(file)} was not saved with the citation`);
}

function sameExcept(lines, before, changed) {
  return lines.length === before.length && lines.every((line, i) => i === changed || line === before[i]);
}

function expectedKey(title) {
  const output = terminalCompanion(['cite', title, '--format', 'latex']);
  const key = /\\cite\{([^}]+)\}/.exec(output)?.[1];
  if (!key) throw new Error(`paper-lookup cite printed no \\cite{…}: ${output}`);
  return key;
}

/** Opens a workspace file with Quick Open and waits until it is the active editor, where typing goes. */
async function openFile(page, name, accept = 'Enter') {
  await quickOpen(page, name, accept);
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

/**
 * Puts the cursor at `line`:`column` with Quick Open's ":line:column", then waits for the status bar to show it:
 * right after a dialog closes, the keystrokes can reach the workbench before the editor has focus again.
 */
async function goTo(page, line, column) {
  const position = page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` });
  for (let attempt = 1; ; attempt++) {
    await quickOpen(page, `:${line}:${column}`);
    try {
      await position.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`the cursor never reached line ${line}, column ${column}`, { cause: error });
    }
  }
}

/**
 * The file's text once `wanted` holds and two reads a moment apart agree: a save that is still being
 * written can be read half-way (seen under load as "the existing entries were changed").
 */
function settledFile(file, wanted, message) {
  let previous;
  return waitFor(() => {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    const settled = text !== undefined && wanted(text) && text === previous;
    previous = text;
    return settled ? text : undefined;
  }, message);
}
