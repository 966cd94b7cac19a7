// Search through the command palette, as a user first meets the extension.
import { abstractFrame, readAbstract } from './abstractView.mjs';
import { quickPickRows, rowText, searchPapers } from './palette.mjs';
import { expect, saveScreenshot } from './scenario.mjs';

// A prefix of a word, as a user types it: the bundled sample has a paper with "Diffusion" in its title.
const QUERY = 'diffus';
const EXPECTED_ROW = /iffusion/i;

/** @returns {import('./scenario.mjs').Scenario} */
export function searchScenario(theme) {
  let pickedTitle = '';
  return {
    name: `Search Papers (${theme.name} theme)`,
    checks: [
      {
        title: `typing "${QUERY}" in "Paper Lookup: Search Papers…" shows a row matching ${EXPECTED_ROW}`,
        async run(page) {
          const hit = await searchPapers(page, QUERY, EXPECTED_ROW);
          pickedTitle = (await hit.locator('.label-name').first().textContent())?.trim() ?? '';
          expect(EXPECTED_ROW.test(pickedTitle), `the first matching row's label is "${pickedTitle}"`);
          const widget = await page.locator('.quick-input-widget').boundingBox();
          const shot = await saveScreenshot(page, `search-${theme.name}`, widget && around(widget, page.viewportSize()));
          return [`row: ${await rowText(hit)}`, `screenshot: ${shot}`];
        },
      },
      {
        title: 'Enter on the highlighted row opens that paper in the abstract view',
        async run(page) {
          // The first row is highlighted; make sure it is the paper we read.
          const first = (await quickPickRows(page).first().locator('.label-name').first().textContent())?.trim();
          expect(first === pickedTitle, `the highlighted row is "${first}", not "${pickedTitle}"`);
          await page.keyboard.press('Enter');
          const frame = abstractFrame(page);
          await frame.locator('main#paper h1.title').waitFor({ timeout: 60_000 });
          const shown = await readAbstract(frame);
          expect(shown.title.trim() === pickedTitle, `the abstract view shows "${shown.title.trim()}"`);
          return [`title: ${shown.title.trim()}`];
        },
      },
    ],
  };
}

/** The quick pick with some of the workbench around it, inside the viewport. */
function around(box, viewport) {
  const margin = 24;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 2 * margin),
    height: Math.min(viewport.height - y, box.height + 2 * margin),
  };
}
