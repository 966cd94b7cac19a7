// The abstract view: opened from the tree, its content and math, Find Similar, and its return after a reload.
import { describeViolations, scanAccessibility, seriousViolations } from './accessibilityScan.mjs';
import { abstractPageFrame, abstractViewClip, readAbstract, waitForAbstract } from './abstractView.mjs';
import { quickPickRows, rowText, runCommand } from './palette.mjs';
import { clearPapersViewFilter, clickTreeRow, expandGroup, filterPapersView, openPapersView } from './papersView.mjs';
import { bundledPapers, venueOf } from './bundledData.mjs';
import { expect, saveScreenshot } from './scenario.mjs';
import { waitForSavedState, waitForWorkbench } from './workbench.mjs';

// A poster of ICLR 2023 whose abstract has LaTeX ($\chi^2$, $\sqrt{n}$): its row is on screen once Poster is expanded.
const TITLE = 'Phase transition for detecting a small community in a large network';

/** @returns {import('./scenario.mjs').Scenario} */
export function abstractScenario(theme) {
  const paper = bundledPapers().find((candidate) => candidate.title === TITLE);
  if (!paper) throw new Error(`the bundled corpus has no paper titled "${TITLE}"`);
  let state = '';
  return {
    name: `Abstract view (${theme.name} theme)`,
    checks: [
      {
        title: 'filtering the tree and clicking a paper opens its title, authors, venue, decision badge, abstract, Find Similar and its OpenReview links',
        async run(page) {
          await openPapersView(page);
          // 16,556 papers: the tree is filtered to find one, as a user would.
          await filterPapersView(page, '"phase transition" "small community"');
          await expandGroup(page, 1, `${venueOf(paper)} ·`);
          await expandGroup(page, 2, 'Poster ·');
          await clickTreeRow(page, 3, TITLE);
          await clearPapersViewFilter(page);
          const shown = await readAbstract(await waitForAbstract(page, TITLE));
          expect(shown.title.trim() === TITLE, `the title reads "${shown.title.trim()}"`);
          expect(shown.venue.trim() === venueOf(paper), `the venue reads "${shown.venue.trim()}", not "${venueOf(paper)}"`);
          expect(shown.badge.trim() === paper.decision, `the badge reads "${shown.badge.trim()}", not "${paper.decision}"`);
          expect(/\btier-poster\b/.test(shown.badgeClass), `the badge is not styled as a poster: class "${shown.badgeClass}"`);
          const opening = paper.abstract.slice(0, 40);
          expect(shown.abstract.startsWith(opening), `the abstract starts "${shown.abstract.slice(0, 40)}", not "${opening}"`);
          expect(shown.buttons.includes('Find Similar Papers'), `buttons: ${shown.buttons.join(', ')}`);
          expect(shown.buttons.includes('Open on OpenReview') && shown.buttons.includes('Open PDF'), `no OpenReview links among ${shown.buttons.join(', ')}`);
          expect(shown.authors.trim() === paper.authors.join(', '), `the authors read "${shown.authors.trim()}", not "${paper.authors.join(', ')}"`);
          state = shown.state;
          return [`badge: ${shown.badge.trim()} · buttons: ${shown.buttons.join(', ')}`];
        },
      },
      {
        title: 'LaTeX in the abstract ($\\chi^2$, $\\sqrt{n}$) shows as rendered MathML, not as dollar-delimited source',
        async run(page) {
          const frame = await waitForAbstract(page, TITLE);
          const shown = await readAbstract(frame);
          expect(shown.mathElements >= 2, `${shown.mathElements} <math> elements in the abstract`);
          expect(!shown.abstract.includes('$'), 'a "$" is left in the abstract text');
          const shot = await saveScreenshot(page, `abstract-${theme.name}`, await abstractViewClip(page, frame));
          return [`<math> elements: ${shown.mathElements}`, `screenshot: ${shot}`];
        },
      },
      {
        title: 'the view passes an axe-core scan (WCAG 2.1 AA and best practices, colour contrast included) with no serious or critical violation',
        async run(page) {
          await waitForAbstract(page, TITLE);
          const { violations, passed } = await scanAccessibility(await abstractPageFrame(page));
          const serious = seriousViolations(violations);
          expect(serious.length === 0, `axe-core: ${describeViolations(serious).join('; ')}`);
          // A scan that found nothing to check (no text, wrong frame) would also report no violations.
          for (const rule of ['color-contrast', 'button-name', 'page-has-heading-one']) {
            expect(passed.includes(rule), `axe-core did not check ${rule}; it passed only ${passed.join(', ')}`);
          }
          const found = violations.length === 0 ? ['no violations'] : describeViolations(violations).map((line) => `not serious: ${line}`);
          return [`axe-core: ${passed.length} rules passed`, ...found.map((line) => `axe-core: ${line}`)];
        },
      },
      {
        title: 'Find Similar Papers in the view lists other papers in a quick pick',
        async run(page) {
          const frame = await waitForAbstract(page, TITLE);
          await frame.getByRole('button', { name: 'Find Similar Papers' }).click();
          const rows = quickPickRows(page);
          await rows.first().waitFor({ timeout: 30_000 });
          const labels = await rows.locator('.label-name').allTextContents();
          expect(!labels.some((label) => label.trim() === TITLE), 'the paper itself is listed as similar to itself');
          const first = await rowText(rows.first());
          await page.keyboard.press('Escape');
          await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
          return [`${labels.length} rows, first: ${first}`];
        },
      },
      {
        title: 'after Developer: Reload Window the abstract view comes back with the same paper and its math',
        async run(page) {
          // The webview's state sits in the editor's saved JSON, so its quotes may be escaped.
          await waitForSavedState(page, new RegExp(`paperId\\\\*":\\\\*"${JSON.parse(state).paperId}`));
          // Caught at once and rethrown below: left waiting when runCommand fails, its rejection would end the whole run.
          const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 60_000 }).catch((error) => error);
          await runCommand(page, 'Developer: Reload Window');
          const navigation = await reloaded;
          if (navigation instanceof Error) throw navigation;
          await waitForWorkbench(page);
          const shown = await readAbstract(await waitForAbstract(page, TITLE));
          expect(shown.state === state, `the restored view holds state ${shown.state}, before the reload ${state}`);
          expect(shown.mathElements >= 2, 'the restored view lost its rendered math');
          return [`state: ${shown.state}`];
        },
      },
    ],
  };
}
