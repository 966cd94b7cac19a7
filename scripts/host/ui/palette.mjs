import * as path from 'node:path';
// The command palette and the extension's own quick picks, driven with the keyboard as a person would.

/** Rows of whichever quick pick is open. */
export function quickPickRows(page) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
}

/**
 * F1, the command title, Enter. The palette lists only the commands known when it opened, and right after
 * load the extension may not be scanned yet: then close it and try again.
 */
export async function runCommand(page, title) {
  await openPalette(page, title);
  await page.keyboard.press('Enter');
}

/** F1 and the command title, until the palette lists the command (ready for Enter). */
async function openPalette(page, title) {
  const rows = quickPickRows(page);
  const deadline = Date.now() + 90_000;
  for (;;) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.type(title);
    try {
      await rows.filter({ hasText: title }).first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the command palette never listed "${title}"`, { cause: error });
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }
}

/** Waits until a command's own quick pick has replaced the palette: its input no longer holds the `>` prefix. */
export async function waitForCommandQuickPick(page) {
  await page.waitForFunction(() => {
    const input = document.querySelector('.quick-input-widget .quick-input-box input');
    return input instanceof HTMLInputElement && input.offsetParent !== null && !input.value.startsWith('>');
  }, undefined, { timeout: 30_000 });
}

/** Runs "Paper Lookup: Search Papers…", types the query and returns the first row matching `expected`. */
export async function searchPapers(page, query, expected) {
  await runCommand(page, 'Paper Lookup: Search Papers');
  await waitForCommandQuickPick(page);
  // One input event, so the rows come from this query alone, not from a slower answer to a prefix of it.
  await page.keyboard.insertText(query);
  const hit = quickPickRows(page).filter({ hasText: typeof expected === 'string' ? shownAsLabel(expected) : expected }).first();
  // The first search loads the index in the extension host: slow on a loaded machine.
  await hit.waitFor({ timeout: 60_000 });
  return hit;
}

/**
 * "Paper Lookup: Search Papers…" from the palette, timed as a user sees it: from Enter on the command to its
 * picker being open, and from the query being typed to the first row for `expected` on screen (the first
 * search of a session includes loading the index). Wall-clock times measured from the test driver, so they
 * include a few milliseconds of its own; a record for the note, never an assertion.
 */
export async function timedSearch(page, query, expected) {
  await openPalette(page, 'Paper Lookup: Search Papers');
  const started = Date.now();
  await page.keyboard.press('Enter');
  await waitForCommandQuickPick(page);
  const opened = Date.now();
  await page.keyboard.insertText(query);
  const hit = quickPickRows(page).filter({ hasText: typeof expected === 'string' ? shownAsLabel(expected) : expected }).first();
  await hit.waitFor({ timeout: 60_000 });
  return { hit, openMs: opened - started, rowsMs: Date.now() - opened };
}

/** Matches `title` in a row whose label carries word joiners between its characters (see rankedLabel). */
export function shownAsLabel(title) {
  return new RegExp([...title].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\u2060?'));
}

/** A row's title as a reader sees it (without the invisible word joiners that keep VS Code from re-sorting). */
export async function rowLabel(row) {
  return ((await row.locator('.label-name').first().textContent()) ?? '').replace(/\u2060/g, '').trim();
}

/** One line of a row's visible text. */
export async function rowText(row) {
  return (await row.innerText()).replace(/\s+/g, ' ').trim();
}

/** Ctrl+P, the text (a file name or path, or `:line:column`), then `accept` (Enter opens in the active group, Control+Enter to the side). */
export async function quickOpen(page, text, accept = 'Enter') {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.insertText(text);
  // Enter before the rows for this text are listed does nothing; ":4:60" lists "Go to line 4…".
  const row = text.startsWith(':') ? /line \d+/ : path.basename(text);
  await quickPickRows(page).filter({ hasText: row }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press(accept);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}
