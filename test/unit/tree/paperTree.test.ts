import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { PaperTree } from '../../../src/core/tree/paperTree';
import type { TreeGrouping, TreeNode } from '../../../src/core/tree/paperTree';
import { DECISION_TIERS, decisionTier, parseConference } from '../../../src/core/venues';
import { makePaper } from '../makePaper';

const FIXTURE: readonly Paper[] = [
  makePaper({ id: 'p1', title: 'cherry', year: 2021, tier: 'poster' }),
  makePaper({ id: 'p2', title: 'Banana', year: 2023, tier: 'reject' }),
  makePaper({ id: 'p3', title: 'apple', year: 2023, tier: 'oral' }),
  makePaper({ id: 'p4', title: 'Model 10', year: 2023, tier: 'poster' }),
  makePaper({ id: 'p5', title: 'Model 2', year: 2023, tier: 'poster' }),
  makePaper({ id: 'p6', title: 'Échec', year: 2023, tier: 'poster' }),
  makePaper({ id: 'p7', title: 'delta', year: 2023, tier: 'poster' }),
  makePaper({ id: 'p8', title: 'same', year: 2019, tier: 'withdrawn' }),
  makePaper({ id: 'p0', title: 'Same', year: 2019, tier: 'withdrawn' }),
  makePaper({ id: 'p9', title: 'odd decision', year: 2021, tier: 'other' }),
];

function labels(nodes: readonly TreeNode[]): string[] {
  return nodes.map((node) => (node.kind === 'group' ? `${node.label} · ${node.count}` : node.paper.title));
}

function group(tree: PaperTree, ...path: string[]): TreeNode {
  let nodes = tree.roots();
  let found: TreeNode | undefined;
  for (const label of path) {
    found = nodes.find((node) => node.kind === 'group' && node.label === label);
    assert.ok(found, `no group ${label} in ${labels(nodes).join(', ')}`);
    nodes = tree.children(found);
  }
  assert.ok(found);
  return found;
}

function allNodes(tree: PaperTree): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (nodes: readonly TreeNode[]): void => {
    for (const node of nodes) {
      out.push(node);
      walk(tree.children(node));
    }
  };
  walk(tree.roots());
  return out;
}

describe('PaperTree', () => {
  describe('grouped by venue, then tier', () => {
    const tree = new PaperTree(FIXTURE);

    it('lists venues newest first with their paper counts', () => {
      assert.deepEqual(labels(tree.roots()), ['ICLR 2023 · 6', 'ICLR 2021 · 2', 'ICLR 2019 · 2']);
    });

    it('shows a workshop apart from its conference, and a venue written in any case as one', () => {
      const rows = [
        { conference: 'ICLR.cc/2023/Conference', title: 'Main', abstract: '', decision: 'Accept (Poster)' },
        { conference: 'ICLR.cc/2023/Workshop/ME-FoMo', title: 'At a workshop', abstract: '', decision: 'Accept (Poster)' },
        { conference: 'iclr.cc/2023/conference', title: 'Lower case', abstract: '', decision: 'Reject' },
      ];
      const papers = parseDataset(rows.map((row) => JSON.stringify(row)).join('\n'), 'w.jsonl').papers;
      const split = new PaperTree(papers);
      assert.deepEqual(labels(split.roots()), ['ICLR 2023 · 2', 'ICLR Workshop ME-FoMo 2023 · 1']);
      assert.deepEqual(labels(split.children(group(split, 'ICLR Workshop ME-FoMo 2023'))), ['Poster · 1']);
    });

    it('lists tiers in decision order and leaves out empty ones', () => {
      assert.deepEqual(labels(tree.children(group(tree, 'ICLR 2023'))), ['Oral · 1', 'Poster · 4', 'Reject · 1']);
      assert.deepEqual(labels(tree.children(group(tree, 'ICLR 2021'))), ['Poster · 1', 'Other · 1']);
    });

    it('sorts papers by title, ignoring case and accents, with numbers in numeric order', () => {
      assert.deepEqual(labels(tree.children(group(tree, 'ICLR 2023', 'Poster'))), ['delta', 'Échec', 'Model 2', 'Model 10']);
    });

    it('orders papers with equal titles by id', () => {
      const papers = tree.children(group(tree, 'ICLR 2019', 'Withdrawn'));
      assert.deepEqual(
        papers.map((node) => (node.kind === 'paper' ? node.paperId : '')),
        ['p0', 'p8'],
      );
    });

    it('returns the same paper node objects each time a group is opened', () => {
      const poster = group(tree, 'ICLR 2023', 'Poster');
      const first = tree.children(poster);
      tree.children(poster).forEach((node, index) => assert.equal(node, first[index]));
    });

    it('counts every paper once', () => {
      assert.equal(tree.paperCount, FIXTURE.length);
    });
  });

  describe('grouped by tier, then venue', () => {
    const tree = new PaperTree(FIXTURE, { grouping: 'tier-venue' });

    it('lists tiers in decision order with counts, then venues newest first', () => {
      assert.deepEqual(labels(tree.roots()), ['Oral · 1', 'Poster · 5', 'Reject · 1', 'Withdrawn · 2', 'Other · 1']);
      assert.deepEqual(labels(tree.children(group(tree, 'Poster'))), ['ICLR 2023 · 4', 'ICLR 2021 · 1']);
      assert.deepEqual(labels(tree.children(group(tree, 'Poster', 'ICLR 2023'))), ['delta', 'Échec', 'Model 2', 'Model 10']);
    });

    it('gives no node an id used by the other grouping', () => {
      const venueFirst = new Set(allNodes(new PaperTree(FIXTURE)).map((node) => node.id));
      for (const node of allNodes(tree)) assert.ok(!venueFirst.has(node.id), node.id);
    });
  });

  describe('with a filter', () => {
    it('shows only the allowed papers and counts only them', () => {
      const tree = new PaperTree(FIXTURE, { allowedIds: new Set(['p3', 'p5', 'p9']) });
      assert.deepEqual(labels(tree.roots()), ['ICLR 2023 · 2', 'ICLR 2021 · 1']);
      assert.deepEqual(labels(tree.children(group(tree, 'ICLR 2023'))), ['Oral · 1', 'Poster · 1']);
      assert.equal(tree.paperCount, 3);
    });

    it('is empty when the filter matches nothing', () => {
      const tree = new PaperTree(FIXTURE, { allowedIds: new Set() });
      assert.deepEqual(tree.roots(), []);
      assert.equal(tree.paperCount, 0);
    });

    it('keeps group ids the same as without a filter, so expanded groups stay expanded', () => {
      const filtered = new PaperTree(FIXTURE, { allowedIds: new Set(['p5']) });
      assert.equal(group(filtered, 'ICLR 2023', 'Poster').id, group(new PaperTree(FIXTURE), 'ICLR 2023', 'Poster').id);
    });
  });

  describe('ids and parents', () => {
    for (const grouping of ['venue-tier', 'tier-venue'] as const) {
      it(`makes parent(child) the node that listed the child (${grouping})`, () => {
        const tree = new PaperTree(FIXTURE, { grouping });
        for (const root of tree.roots()) assert.equal(tree.parent(root), undefined);
        for (const node of allNodes(tree)) {
          for (const child of tree.children(node)) assert.equal(tree.parent(child), node);
        }
      });
    }

    it('keeps ids unique when venue names contain the id separators', () => {
      const papers = [
        makePaper({ id: 'a', title: 'x', year: 2020, tier: 'poster', venue: 'A' }),
        makePaper({ id: 'b', title: 'y', year: undefined, tier: 'poster', venue: 'A-2020' }),
        makePaper({ id: 'c', title: 'z', year: 2020, tier: 'poster', venue: 'A/tier:poster' }),
        makePaper({ id: 'd/paper:e', title: 'w', year: 2020, tier: 'poster', venue: 'A' }),
        makePaper({ id: 'd', title: 'v', year: 2020, tier: 'poster', venue: 'A' }),
      ];
      const expectedNodes = { 'venue-tier': 3 + 3 + papers.length, 'tier-venue': 1 + 3 + papers.length };
      for (const grouping of ['venue-tier', 'tier-venue'] as const) {
        const ids = allNodes(new PaperTree(papers, { grouping })).map((node) => node.id);
        assert.equal(new Set(ids).size, ids.length, ids.join('\n'));
        assert.equal(ids.length, expectedNodes[grouping]);
      }
    });

    it('shows a repeated paper id once, as VS Code requires unique item ids', () => {
      const tree = new PaperTree([...FIXTURE, makePaper({ id: 'p1', title: 'cherry again', year: 2021, tier: 'poster' })]);
      assert.deepEqual(labels(tree.children(group(tree, 'ICLR 2021', 'Poster'))), ['cherry']);
    });
  });

  describe('nodeForPaper', () => {
    it('returns the node children() lists, whose parents lead up to a root', () => {
      const tree = new PaperTree(FIXTURE, { grouping: 'tier-venue' });
      const node = tree.nodeForPaper('p6');
      assert.ok(node);
      assert.equal(node.paper.title, 'Échec');
      const venue = tree.parent(node);
      assert.ok(venue);
      assert.ok(tree.children(venue).includes(node));
      const tier = tree.parent(venue);
      assert.ok(tier && tree.roots().includes(tier));
      assert.deepEqual(labels([tier, venue]), ['Poster · 5', 'ICLR 2023 · 4']);
    });

    it('returns undefined for a paper the filter hides or that does not exist', () => {
      const tree = new PaperTree(FIXTURE, { allowedIds: new Set(['p1']) });
      assert.equal(tree.nodeForPaper('p2'), undefined);
      assert.equal(tree.nodeForPaper('nope'), undefined);
    });
  });

  describe('on the bundled sample', () => {
    const rows = readFileSync(join(__dirname, '../../../data/iclr-sample.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { conference: string; title: string; abstract: string; decision: string });
    const papers: Paper[] = rows.map((row, index) => {
      const { venue, year } = parseConference(row.conference);
      return makePaper({ id: `sample-${index}`, conference: row.conference, venue, year, title: row.title, abstract: row.abstract, decision: row.decision, tier: decisionTier(row.decision) });
    });

    // Counted straight from the raw rows, without the tree's bucketing.
    function expectedCounts(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const row of rows) {
        const year = /\/(\d{4})\//.exec(row.conference)?.[1] ?? '';
        const key = `ICLR ${year}|${decisionTier(row.decision)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    }

    for (const grouping of ['venue-tier', 'tier-venue'] satisfies TreeGrouping[]) {
      it(`has a group for every venue and tier with the right count (${grouping})`, () => {
        const tree = new PaperTree(papers, { grouping });
        const counts = new Map<string, number>();
        let total = 0;
        for (const outer of tree.roots()) {
          assert.ok(outer.kind === 'group');
          let sum = 0;
          for (const inner of tree.children(outer)) {
            assert.ok(inner.kind === 'group');
            const [venue, tier] = outer.level === 'venue' ? [outer, inner] : [inner, outer];
            assert.ok(venue.level === 'venue' && tier.level === 'tier');
            counts.set(`${venue.label}|${tier.tier}`, inner.count);
            assert.equal(tree.children(inner).length, inner.count);
            sum += inner.count;
          }
          assert.equal(outer.count, sum);
          total += sum;
        }
        assert.equal(total, rows.length);
        assert.deepEqual(new Map([...counts].sort()), new Map([...expectedCounts()].sort()));
      });
    }

    it('lists the sample venues from 2023 down to 2018', () => {
      const tree = new PaperTree(papers);
      assert.deepEqual(
        tree.roots().map((node) => (node.kind === 'group' ? node.label : '')),
        ['ICLR 2023', 'ICLR 2022', 'ICLR 2021', 'ICLR 2020', 'ICLR 2019', 'ICLR 2018'],
      );
    });

    it('lists tiers in DECISION_TIERS order under every venue', () => {
      const tree = new PaperTree(papers);
      for (const venue of tree.roots()) {
        const order = tree.children(venue).map((node) => (node.kind === 'group' && node.level === 'tier' ? DECISION_TIERS.indexOf(node.tier) : -1));
        assert.deepEqual(order, [...order].sort((a, b) => a - b));
        assert.ok(order.every((index) => index >= 0));
      }
    });

    it('gives every node of the whole tree a unique id in both groupings together', () => {
      const ids = [...allNodes(new PaperTree(papers)), ...allNodes(new PaperTree(papers, { grouping: 'tier-venue' }))].map((node) => node.id);
      assert.equal(new Set(ids).size, ids.length);
    });
  });
});
