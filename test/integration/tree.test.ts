import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import type { TreeNode } from '../../src/core/tree/paperTree';
import { DECISION_TIERS, decisionTier, parseConference, tierLabel } from '../../src/core/venues';
import type { PaperLookupTestHooks } from '../../src/testHooks';
import { extensionApi, extensionId } from './extensionApi';

type PaperTreeHooks = PaperLookupTestHooks['tree'];

interface SampleRow {
  readonly year: number | undefined;
  readonly tierLabel: string;
  readonly tierRank: number;
  readonly title: string;
  readonly decision: string;
}

/** The bundled corpus as the tree should group it, read straight from the compressed JSONL file. */
function sampleRows(extensionPath: string): SampleRow[] {
  const text = gunzipSync(fs.readFileSync(path.join(extensionPath, 'data', 'iclr-2018-2023.jsonl.gz'))).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { conference: string; title: string; decision: string };
      const tier = decisionTier(row.decision);
      return {
        year: parseConference(row.conference).year,
        tierLabel: tierLabel(tier),
        tierRank: DECISION_TIERS.indexOf(tier),
        title: row.title,
        decision: row.decision,
      };
    });
}

/** `label · count` for each distinct key, in the order `rank` gives. */
function expectedLabels<T>(rows: readonly SampleRow[], key: (row: SampleRow) => T, label: (value: T) => string, rank: (value: T) => number): string[] {
  const counts = new Map<T, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([value, count]) => `${label(value)} · ${count}`);
}

const byYearNewestFirst = (year: number | undefined): number => -(year ?? 0);
const tierRankOf = (rows: readonly SampleRow[]) => (label: string) => rows.find((row) => row.tierLabel === label)?.tierRank ?? 99;

function labelOf(tree: PaperTreeHooks, node: TreeNode): string {
  const label = tree.getTreeItem(node).label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

async function labels(tree: PaperTreeHooks, parent?: TreeNode): Promise<string[]> {
  return (await tree.getChildren(parent)).map((node) => labelOf(tree, node));
}

async function child(tree: PaperTreeHooks, parent: TreeNode | undefined, labelPrefix: string): Promise<TreeNode> {
  const children = await tree.getChildren(parent);
  const found = children.find((node) => labelOf(tree, node).startsWith(labelPrefix));
  assert.ok(found, `no child starting with "${labelPrefix}" among ${children.map((node) => labelOf(tree, node)).join(', ')}`);
  return found;
}

/** Resolves once the view's selection satisfies `test`; the selection arrives from the workbench after reveal. */
function selectionWhere(view: vscode.TreeView<TreeNode>, test: (selection: readonly TreeNode[]) => boolean): Promise<readonly TreeNode[]> {
  if (test(view.selection)) return Promise.resolve(view.selection);
  return new Promise((resolve) => {
    const subscription = view.onDidChangeSelection((event) => {
      if (!test(event.selection)) return;
      subscription.dispose();
      resolve(event.selection);
    });
  });
}

describe('The papers tree in a real VS Code', () => {
  let tree: PaperTreeHooks;
  let rows: SampleRow[];

  before(async () => {
    tree = (await extensionApi()).tree;
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    rows = sampleRows(extension.extensionPath);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand(COMMANDS.clearTreeFilter);
    await vscode.commands.executeCommand(COMMANDS.groupByVenue);
  });

  it('lists the bundled venues newest first with their paper counts', async () => {
    const expected = expectedLabels(rows, (row) => row.year, (year) => `ICLR ${year}`, byYearNewestFirst);
    assert.deepEqual(await labels(tree), expected);
    assert.equal(expected.length, 6, 'the corpus spans ICLR 2018 to 2023');
    assert.equal(rows.length, 16_556, 'every submission is bundled');
  });

  it('groups a venue by decision tier in tier order, with counts that match the data', async () => {
    const venue = await child(tree, undefined, 'ICLR 2022 ');
    const in2022 = rows.filter((row) => row.year === 2022);
    assert.deepEqual(await labels(tree, venue), expectedLabels(in2022, (row) => row.tierLabel, (label) => label, tierRankOf(rows)));
  });

  it('lists a group\'s papers by title, each showing its raw decision and opening its abstract', async () => {
    const group = await child(tree, await child(tree, undefined, 'ICLR 2023 '), 'Reject ');
    const papers = await tree.getChildren(group);
    const expectedTitles = rows
      .filter((row) => row.year === 2023 && row.tierLabel === 'Reject')
      .map((row) => row.title)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
    assert.deepEqual(papers.map((node) => labelOf(tree, node)), expectedTitles);

    const first = papers[0];
    assert.ok(first);
    assert.ok(first.kind === 'paper');
    const item = tree.getTreeItem(first);
    assert.equal(item.description, 'Reject');
    assert.equal(item.contextValue, 'paperWithLinks', 'the bundled papers have OpenReview ids');
    assert.equal(item.accessibilityInformation?.label, `${first.paper.title}, Reject, ICLR 2023`);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    assert.equal((await extensionApi()).abstractPanel.current?.paper.id, first.paperId);
  });

  it('fills a paper\'s hover with its venue, decision and abstract as inert Markdown', async () => {
    const group = await child(tree, await child(tree, undefined, 'ICLR 2021 '), 'Poster ');
    const [paper] = await tree.getChildren(group);
    assert.ok(paper);
    const resolved = tree.resolveTreeItem(tree.getTreeItem(paper), paper);
    const tooltip = resolved.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString, 'the tooltip is Markdown');
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
    assert.match(tooltip.value, /ICLR 2021 · Accept \\\(Poster\\\)/);
  });

  it('switches to decision first, then venue, and back', async () => {
    await vscode.commands.executeCommand(COMMANDS.groupByDecision);
    assert.deepEqual(await labels(tree), expectedLabels(rows, (row) => row.tierLabel, (label) => label, tierRankOf(rows)));
    const posters = rows.filter((row) => row.tierLabel === 'Poster');
    assert.deepEqual(
      await labels(tree, await child(tree, undefined, 'Poster ')),
      expectedLabels(posters, (row) => row.year, (year) => `ICLR ${year}`, byYearNewestFirst),
    );
    assert.equal(tree.model.grouping, 'tier-venue');

    await vscode.commands.executeCommand(COMMANDS.groupByVenue);
    assert.deepEqual(await labels(tree), expectedLabels(rows, (row) => row.year, (year) => `ICLR ${year}`, byYearNewestFirst));
  });

  it('filters the tree with a search query, updating counts and the view description', async () => {
    const matches = await vscode.commands.executeCommand<number>(COMMANDS.filterTree, 'year:2020..2021 decision:accepted');
    const kept = rows.filter((row) => (row.year === 2020 || row.year === 2021) && ['Oral', 'Spotlight', 'Poster'].includes(row.tierLabel));
    assert.equal(matches, kept.length);
    assert.deepEqual(await labels(tree), expectedLabels(kept, (row) => row.year, (year) => `ICLR ${year}`, byYearNewestFirst));
    assert.equal(tree.treeView?.description, `year:2020..2021 decision:accepted · ${kept.length} of ${rows.length}`);
    assert.equal(tree.treeView?.message, `Showing ${kept.length} of ${rows.length} papers matching “year:2020..2021 decision:accepted”.`);

    await vscode.commands.executeCommand(COMMANDS.clearTreeFilter);
    assert.equal(tree.treeView?.description, undefined);
    assert.equal(tree.treeView?.message, undefined);
    assert.equal((await tree.getChildren()).length, 6);
  });

  it('shows an empty tree without a message when the filter matches nothing, so the welcome content appears', async () => {
    const matches = await vscode.commands.executeCommand<number>(COMMANDS.filterTree, 'year:1999');
    assert.equal(matches, 0);
    assert.deepEqual(await tree.getChildren(), []);
    assert.equal(tree.treeView?.message, undefined);
    assert.equal(tree.treeView?.description, `year:1999 · 0 of ${rows.length}`);
  });

  it('leaves out the decision a negated filter names, and ignores one named like an object property', async () => {
    const matches = await vscode.commands.executeCommand<number>(COMMANDS.filterTree, '-decision:reject');
    const kept = rows.filter((row) => row.tierLabel !== 'Reject');
    assert.ok(kept.length < rows.length);
    assert.equal(matches, kept.length);
    assert.deepEqual(await labels(tree), expectedLabels(kept, (row) => row.year, (year) => `ICLR ${year}`, byYearNewestFirst));
    for (const query of ['decision:constructor', '-decision:__proto__']) {
      assert.equal(await vscode.commands.executeCommand<number>(COMMANDS.filterTree, query), 0, query);
      assert.match((await tree.model.preview(query)).hint ?? '', /^Ignored decision:(constructor|__proto__) — try oral/, query);
    }
  });

  it('keeps the filter when the grouping changes', async () => {
    await vscode.commands.executeCommand(COMMANDS.filterTree, 'year:2022');
    await vscode.commands.executeCommand(COMMANDS.groupByDecision);
    const in2022 = rows.filter((row) => row.year === 2022);
    assert.deepEqual(await labels(tree), expectedLabels(in2022, (row) => row.tierLabel, (label) => label, tierRankOf(rows)));
  });

  it('reveals, selects and focuses a paper by its id', async () => {
    const index = await tree.model.index();
    const target = index.papers.find((paper) => paper.year === 2019 && paper.tier === 'reject');
    assert.ok(target);
    const view = tree.treeView;
    assert.ok(view);
    const selected = selectionWhere(view, (selection) => selection.some((node) => node.kind === 'paper' && node.paperId === target.id));
    assert.equal(await vscode.commands.executeCommand<boolean>(COMMANDS.revealInTree, target.id), true);
    const [node] = await selected;
    assert.ok(node);
    assert.equal(node.kind === 'paper' ? node.paper.title : undefined, target.title);
    assert.equal(view.visible, true);
  });

  it('does not reveal a paper the filter hides', async () => {
    const index = await tree.model.index();
    const target = index.papers.find((paper) => paper.year === 2023);
    assert.ok(target);
    await vscode.commands.executeCommand(COMMANDS.filterTree, 'year:2022');
    assert.equal(await vscode.commands.executeCommand<boolean>(COMMANDS.revealInTree, target.id), false);
  });
});
