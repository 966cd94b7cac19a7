import assert from 'node:assert/strict';
import type { Paper } from '../../../src/core/dataset/paper';
import { describeTreeNode, TIER_ICON_IDS } from '../../../src/core/tree/describeTreeNode';
import { PaperTree } from '../../../src/core/tree/paperTree';
import type { PaperNode } from '../../../src/core/tree/paperTree';
import { DECISION_TIERS } from '../../../src/core/venues';
import { makePaper } from '../makePaper';

const PAPERS: readonly Paper[] = [
  makePaper({ id: 'a', tier: 'poster', title: 'Diffusion Models Beat GANs', abstract: 'An abstract.', decision: 'Accept: poster' }),
  makePaper({ id: 'b', tier: 'poster', title: 'Another Poster', abstract: 'An abstract.', decision: 'Accept (Poster)' }),
  makePaper({ id: 'c', tier: 'oral', title: 'Line\nbreak\tand  tabs', abstract: 'An abstract.', decision: 'Accept: notable-top-5%' }),
  makePaper({ id: 'd', tier: 'other', title: '   ', abstract: 'An abstract.', decision: '' }),
];

function paperNode(tree: PaperTree, id: string): PaperNode {
  const node = tree.nodeForPaper(id);
  assert.ok(node, `no node for ${id}`);
  return node;
}

describe('describeTreeNode', () => {
  const tree = new PaperTree(PAPERS);
  const venue = tree.roots()[0]!; // PAPERS has papers, so the tree has a root

  it('labels a group with its name and count, and spells the count out for screen readers', () => {
    const poster = tree.children(venue).find((node) => node.kind === 'group' && node.level === 'tier' && node.tier === 'poster');
    assert.ok(poster);
    assert.deepEqual(describeTreeNode(poster), {
      label: 'Poster · 2',
      description: undefined,
      accessibilityLabel: 'Poster, 2 papers',
      iconId: 'note',
    });
  });

  it('uses the singular for a group of one paper and a calendar icon for a venue', () => {
    const oral = tree.children(venue).find((node) => node.kind === 'group' && node.level === 'tier' && node.tier === 'oral');
    assert.ok(oral);
    assert.equal(describeTreeNode(oral).accessibilityLabel, 'Oral, 1 paper');
    assert.equal(describeTreeNode(venue).label, 'ICLR 2023 · 4');
    assert.equal(describeTreeNode(venue).iconId, 'calendar');
  });

  it('shows a paper as its title with the raw decision, and reads title, decision and venue aloud', () => {
    assert.deepEqual(describeTreeNode(paperNode(tree, 'a')), {
      label: 'Diffusion Models Beat GANs',
      description: 'Accept: poster',
      accessibilityLabel: 'Diffusion Models Beat GANs, Accept: poster, ICLR 2023',
      iconId: 'note',
    });
  });

  it('keeps a title with newlines and tabs on one line', () => {
    assert.equal(describeTreeNode(paperNode(tree, 'c')).label, 'Line break and tabs');
  });

  it('names an untitled paper and leaves out an empty decision', () => {
    const text = describeTreeNode(paperNode(tree, 'd'));
    assert.equal(text.label, '(untitled)');
    assert.equal(text.description, undefined);
    assert.equal(text.accessibilityLabel, '(untitled), ICLR 2023');
  });

  it('gives every tier its own icon', () => {
    assert.equal(new Set(DECISION_TIERS.map((tier) => TIER_ICON_IDS[tier])).size, DECISION_TIERS.length);
  });
});
