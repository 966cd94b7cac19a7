import { english } from '../translate';
import type { Translate } from '../translate';
import { venueLabel } from '../venues';
import type { DecisionTier } from '../venues';
import type { TreeNode } from './paperTree';

/** What a tree row shows, as plain text; the host turns it into a `TreeItem`. */
export interface TreeNodeDescription {
  /** `Poster · 588` for a group, the title for a paper. */
  readonly label: string;
  /** The raw decision for a paper; groups have none. */
  readonly description: string | undefined;
  /** What a screen reader says; spells out what the label's layout only implies. */
  readonly accessibilityLabel: string;
  /** A product icon (codicon) id. */
  readonly iconId: string;
}

/** One icon per tier, so the decision is visible at a glance in a mixed list. */
export const TIER_ICON_IDS: Readonly<Record<DecisionTier, string>> = {
  oral: 'star-full',
  spotlight: 'star-half',
  poster: 'note',
  workshop: 'beaker',
  reject: 'close',
  withdrawn: 'discard',
  'desk-rejected': 'circle-slash',
  other: 'question',
};

export const VENUE_ICON_ID = 'calendar';

export function describeTreeNode(node: TreeNode, t: Translate = english): TreeNodeDescription {
  if (node.kind === 'group') {
    return {
      label: `${node.label} · ${node.count}`,
      description: undefined,
      accessibilityLabel: node.count === 1 ? t('{0}, 1 paper', node.label) : t('{0}, {1} papers', node.label, node.count),
      iconId: node.level === 'venue' ? VENUE_ICON_ID : TIER_ICON_IDS[node.tier],
    };
  }
  const { paper } = node;
  // A title with a newline or tab would break the row's single line.
  const title = paper.title.replace(/\s+/g, ' ').trim() || t('(untitled)');
  const decision = paper.decision.replace(/\s+/g, ' ').trim();
  return {
    label: title,
    description: decision === '' ? undefined : decision,
    accessibilityLabel: [title, decision, venueLabel(paper)].filter((part) => part !== '').join(', '),
    iconId: TIER_ICON_IDS[paper.tier],
  };
}
