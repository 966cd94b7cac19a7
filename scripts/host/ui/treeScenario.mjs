// The Papers tree: opened from the activity bar, grouped by venue then decision, every group with its count.
import { expandGroup, openPapersView, papersViewClip, visibleTreeRows } from './papersView.mjs';
import { expectedVenueLabels, bundledPapers, venueOf } from './bundledData.mjs';
import { expect, saveScreenshot } from './scenario.mjs';

const VENUE = 'ICLR 2023';
// The order the issue asks for.
const TIER_ORDER = ['Oral', 'Spotlight', 'Poster', 'Workshop', 'Reject', 'Withdrawn', 'Desk Rejected', 'Other'];
const GROUP_LABEL = /^(.+) · (\d+)$/;
// Sorting as a reader expects: case and accents ignored, numbers by value.
const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** @returns {import('./scenario.mjs').Scenario} */
export function treeScenario(theme) {
  const papers = bundledPapers();
  const venuePapers = papers.filter((paper) => venueOf(paper) === VENUE);
  const posters = venuePapers.filter((paper) => /poster/i.test(paper.decision));
  return {
    name: `Papers tree (${theme.name} theme)`,
    checks: [
      {
        title: 'the Paper Lookup activity-bar entry shows one group per venue, newest first, each with its count',
        async run(page) {
          await openPapersView(page);
          const labels = (await visibleTreeRows(page)).map((row) => row.label);
          const expected = expectedVenueLabels(papers);
          expect(JSON.stringify(labels) === JSON.stringify(expected), `the tree shows ${JSON.stringify(labels)}, expected ${JSON.stringify(expected)}`);
          return [`groups: ${labels.join(', ')}`];
        },
      },
      {
        title: `expanding ${VENUE} shows its decision tiers in order, their counts adding up to ${venuePapers.length}`,
        async run(page) {
          await expandGroup(page, 1, `${VENUE} ·`);
          const tiers = (await visibleTreeRows(page)).filter((row) => row.level === 2).map((row) => row.label);
          const parsed = tiers.map((label) => GROUP_LABEL.exec(label));
          expect(parsed.every(Boolean), `tier rows without a count: ${JSON.stringify(tiers)}`);
          const names = parsed.map((match) => match[1]);
          const ranks = names.map((name) => TIER_ORDER.indexOf(name));
          expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank > ranks[i - 1])), `tiers out of order: ${names.join(', ')}`);
          const sum = parsed.reduce((total, match) => total + Number(match[2]), 0);
          expect(sum === venuePapers.length, `tier counts add up to ${sum}, not ${venuePapers.length}`);
          expect(tiers.includes(`Poster · ${posters.length}`), `no "Poster · ${posters.length}" among ${tiers.join(', ')}`);
          return [`tiers: ${tiers.join(', ')}`];
        },
      },
      {
        title: `expanding Poster lists its ${posters.length} papers sorted by title, each with its decision`,
        async run(page) {
          await expandGroup(page, 2, 'Poster ·');
          const rows = (await visibleTreeRows(page)).filter((row) => row.level === 3);
          const titles = rows.map((row) => row.label);
          // The list is virtual: the rows on screen are the first of the sorted papers.
          const expected = posters.map((paper) => paper.title).sort(byTitle.compare).slice(0, titles.length);
          expect(titles.length >= 5, `only ${titles.length} paper rows on screen`);
          expect(JSON.stringify(titles) === JSON.stringify(expected), `the papers shown are ${JSON.stringify(titles)}, expected ${JSON.stringify(expected)}`);
          const undecided = rows.filter((row, i) => row.description !== posters.find((paper) => paper.title === titles[i])?.decision);
          expect(undecided.length === 0, `rows without their decision: ${undecided.map((row) => row.label).join('; ')}`);
          const shot = await saveScreenshot(page, `tree-${theme.name}`, await papersViewClip(page));
          return [`first: ${titles[0]}`, `screenshot: ${shot}`];
        },
      },
    ],
  };
}
