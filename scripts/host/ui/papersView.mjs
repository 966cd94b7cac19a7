// The Papers tree in the Paper Lookup activity-bar container, read and clicked through the workbench's DOM.
import { runCommand } from './palette.mjs';

const SIDEBAR = '.part.sidebar';

/** Clicks the activity-bar entry (unless its container is already showing) and waits for the tree's first rows. */
export async function openPapersView(page) {
  const sidebarTitle = page.locator(`${SIDEBAR} .composite.title`, { hasText: 'Paper Lookup' });
  if (!(await sidebarTitle.isVisible())) {
    await page.locator('.activitybar .action-label[aria-label="Paper Lookup"]').click({ timeout: 60_000 });
  }
  await sidebarTitle.waitFor({ timeout: 30_000 });
  await treeRows(page).first().waitFor({ timeout: 60_000 });
}

/** Filters the tree with a search query that matches something, as a user does from the view's title bar or the palette. */
export async function filterPapersView(page, query) {
  await runCommand(page, 'Paper Lookup: Filter Papers View');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 30_000 });
  await page.keyboard.insertText(query);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30_000 });
  // The view's message says how many papers the filter shows.
  await page.locator(SIDEBAR, { hasText: /Showing \d+ of \d+ papers matching/ }).waitFor({ timeout: 30_000 });
}

/** Clears the tree's filter from the palette. */
export async function clearPapersViewFilter(page) {
  await runCommand(page, 'Paper Lookup: Clear Papers View Filter');
}

export function treeRows(page) {
  return page.locator(`${SIDEBAR} .monaco-list-row[aria-level]`);
}

/** The rows on screen: level, visible label (`ICLR 2023 · 36` or a title), description and expansion state. */
export function visibleTreeRows(page) {
  return treeRows(page).evaluateAll((rows) => rows.map((row) => ({
    level: Number(row.getAttribute('aria-level')),
    label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
    description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
    expanded: row.getAttribute('aria-expanded') === 'true',
    // The list is virtual: rows are absolutely placed, so their DOM order is not their screen order.
    top: row.getBoundingClientRect().top,
  })).sort((a, b) => a.top - b.top));
}

/** The row at `level` whose label starts with `prefix`. */
export function treeRow(page, level, prefix) {
  return treeRows(page)
    .and(page.locator(`[aria-level="${level}"]`))
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(prefix)}`) }) })
    .first();
}

/**
 * Clicks the row at `level` whose label starts with `prefix`, once no hover covers it: the tooltip of the
 * group just expanded can sit over the first rows below it.
 */
export async function clickTreeRow(page, level, prefix) {
  await page.mouse.move(0, 0);
  await page.locator('.workbench-hover').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  await treeRow(page, level, prefix).click();
}

/** Expands a group row (a click toggles it) and waits until its children are drawn below it. */
export async function expandGroup(page, level, prefix) {
  const row = treeRow(page, level, prefix);
  await row.waitFor({ timeout: 30_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  // Children arrive from the extension host after the row flips to expanded.
  await page.waitForFunction(
    ({ level: wanted, prefix: label }) => {
      const rows = [...document.querySelectorAll('.part.sidebar .monaco-list-row[aria-level]')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const at = rows.findIndex((candidate) => candidate.getAttribute('aria-level') === String(wanted)
        && candidate.getAttribute('aria-expanded') === 'true'
        && candidate.querySelector('.label-name')?.textContent?.trim().startsWith(label));
      return at >= 0 && rows[at + 1]?.getAttribute('aria-level') === String(wanted + 1);
    },
    { level, prefix },
    { timeout: 30_000 },
  );
}

/** The sidebar's area down to its last visible row, for a screenshot without empty space. */
export async function papersViewClip(page) {
  const sidebar = await page.locator(SIDEBAR).boundingBox();
  const bottom = await treeRows(page).evaluateAll((rows) => Math.max(...rows.map((row) => row.getBoundingClientRect().bottom)));
  if (!sidebar) throw new Error('the sidebar is not on screen');
  return { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: Math.min(sidebar.height, bottom - sidebar.y + 12) };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
