import type { Paper } from '../src/core/dataset/paper';
import { PaperTree } from '../src/core/tree/paperTree';
import type { TreeNode } from '../src/core/tree/paperTree';

export interface TreeMeasurement {
  readonly papers: number;
  readonly twoLevelsMs: number;
  readonly openGroupMs: number;
  readonly groupSize: number;
  readonly baselineTwoLevelsMs: number;
  readonly baselineOpenGroupMs: number;
}

/** Size of the group the bench opens: the biggest venue/decision groups of ICLR are about this large. */
const GROUP_SIZE = 3000;

/**
 * The sidebar's work on a large dataset: showing the first two levels (venues, then tiers with counts)
 * and opening the group nearest 3,000 papers; against filtering the plain paper array for each.
 */
export function measureTree(papers: readonly Paper[]): TreeMeasurement {
  let start = performance.now();
  const tree = new PaperTree(papers);
  const groups: TreeNode[] = tree.roots().flatMap((root) => tree.children(root));
  const twoLevelsMs = performance.now() - start;
  const target = groups.reduce((best, node) => (Math.abs(count(node) - GROUP_SIZE) < Math.abs(count(best) - GROUP_SIZE) ? node : best));
  start = performance.now();
  const opened = tree.children(target);
  const openGroupMs = performance.now() - start;

  start = performance.now();
  const venues = [...new Set(papers.map((paper) => `${paper.venue} ${paper.year ?? ''}`))];
  const baselineGroups = venues.map((venue) => {
    const inVenue = papers.filter((paper) => `${paper.venue} ${paper.year ?? ''}` === venue);
    return [...new Set(inVenue.map((paper) => paper.tier))].map((tier) => inVenue.filter((paper) => paper.tier === tier).length);
  });
  const baselineTwoLevelsMs = performance.now() - start;
  const sample = opened[0]?.kind === 'paper' ? opened[0].paper : papers[0]!;
  start = performance.now();
  const collator = new Intl.Collator('en');
  papers
    .filter((paper) => paper.venue === sample.venue && paper.year === sample.year && paper.tier === sample.tier)
    .sort((a, b) => collator.compare(a.title, b.title));
  const baselineOpenGroupMs = performance.now() - start;
  if (baselineGroups.length === 0) throw new Error('no groups');
  return { papers: papers.length, twoLevelsMs, openGroupMs, groupSize: opened.length, baselineTwoLevelsMs, baselineOpenGroupMs };
}

function count(node: TreeNode): number {
  return node.kind === 'group' ? node.count : 0;
}
