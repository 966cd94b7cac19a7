import type { Paper } from '../dataset/paper';
import type { Translate } from '../translate';
import { DECISION_TIERS, tierLabel, venueLabel } from '../venues';
import type { DecisionTier } from '../venues';

/** Which level comes first: venue then decision tier (the default), or tier then venue. */
export type TreeGrouping = 'venue-tier' | 'tier-venue';

interface GroupNodeBase {
  readonly kind: 'group';
  /** Stable and unique across both groupings, e.g. `venue:ICLR-2023/tier:poster`. */
  readonly id: string;
  /** Undefined for a root group. */
  readonly parentId: string | undefined;
  /** Shown text without the count, e.g. `ICLR 2023` or `Poster`. */
  readonly label: string;
  /** Papers under this group (after the filter). Never 0: empty groups are left out. */
  readonly count: number;
}

export interface VenueGroupNode extends GroupNodeBase {
  readonly level: 'venue';
  readonly venue: string;
  readonly year: number | undefined;
}

export interface TierGroupNode extends GroupNodeBase {
  readonly level: 'tier';
  readonly tier: DecisionTier;
}

export type GroupNode = VenueGroupNode | TierGroupNode;

export interface PaperNode {
  readonly kind: 'paper';
  /** The parent group's id plus `/paper:<id>`, so the same paper has different ids in the two groupings. */
  readonly id: string;
  readonly parentId: string;
  readonly paperId: string;
  readonly paper: Paper;
}

export type TreeNode = GroupNode | PaperNode;

export interface PaperTreeOptions {
  readonly grouping?: TreeGrouping;
  /** Only these paper ids are shown (the result of a filter query); counts reflect it. */
  readonly allowedIds?: ReadonlySet<string>;
  /** Locale for sorting titles; fixed by default so the order does not depend on the machine. */
  readonly locale?: string;
  /** The language of the tier group labels; English when absent. */
  readonly translate?: Translate;
}

/**
 * The sidebar tree as plain data: venue and tier groups with counts, then papers sorted by title.
 * Building buckets the papers once (O(n)); a group's papers are sorted only when it is first opened,
 * so a 16,000-paper dataset shows its first two levels without sorting anything. Immutable: a new
 * grouping or filter means a new tree, which keeps group ids (and so the expansion state) stable.
 */
export class PaperTree {
  readonly grouping: TreeGrouping;
  /** Papers shown in the tree; 0 when the filter matched nothing or there is no data. */
  readonly paperCount: number;

  private readonly rootNodes: readonly GroupNode[];
  private readonly innerGroups = new Map<string, readonly GroupNode[]>();
  private readonly unsortedPapers = new Map<string, Paper[]>();
  private readonly sortedPapers = new Map<string, readonly PaperNode[]>();
  private readonly nodesById = new Map<string, TreeNode>();
  private readonly groupOfPaper = new Map<string, string>();
  private readonly collator: Intl.Collator;

  constructor(papers: readonly Paper[], options: PaperTreeOptions = {}) {
    this.grouping = options.grouping ?? 'venue-tier';
    this.collator = new Intl.Collator(options.locale ?? 'en', { sensitivity: 'base', numeric: true });

    const venues = new Map<string, { venue: string; year: number | undefined }>();
    // Encoding ids is the costliest step per paper, and there are only a handful of venues.
    const venueKeys = new Map<string, string>();
    const buckets = new Map<string, Map<string, Paper[]>>();
    const seen = new Set<string>();
    for (const paper of papers) {
      if (options.allowedIds !== undefined && !options.allowedIds.has(paper.id)) continue;
      // Tree item ids must be unique; a repeated paper id (a duplicated row) is shown once.
      if (seen.has(paper.id)) continue;
      seen.add(paper.id);
      const rawVenueKey = `${paper.venue}\u0000${paper.year}`;
      let venueKey = venueKeys.get(rawVenueKey);
      if (venueKey === undefined) {
        venueKey = `venue:${encodeIdPart(paper.venue)}-${paper.year ?? 'none'}`;
        venueKeys.set(rawVenueKey, venueKey);
        venues.set(venueKey, { venue: paper.venue, year: paper.year });
      }
      const tierKey = `tier:${paper.tier}`;
      const [outerKey, innerKey] = this.grouping === 'venue-tier' ? [venueKey, tierKey] : [tierKey, venueKey];
      let inner = buckets.get(outerKey);
      if (inner === undefined) {
        inner = new Map();
        buckets.set(outerKey, inner);
      }
      let bucket = inner.get(innerKey);
      if (bucket === undefined) {
        bucket = [];
        inner.set(innerKey, bucket);
      }
      bucket.push(paper);
    }
    this.paperCount = seen.size;

    const compareKeys = (a: string, b: string): number =>
      a.startsWith('tier:') ? compareTiers(a, b) : this.compareVenues(venues.get(a), venues.get(b));
    const groupNode = (key: string, parentId: string | undefined, count: number): GroupNode => {
      const id = parentId === undefined ? key : `${parentId}/${key}`;
      const venue = venues.get(key);
      const node: GroupNode =
        venue === undefined
          ? { kind: 'group', level: 'tier', id, parentId, label: tierLabel(tierOfKey(key), options.translate), count, tier: tierOfKey(key) }
          : { kind: 'group', level: 'venue', id, parentId, label: venueLabel(venue), count, venue: venue.venue, year: venue.year };
      this.nodesById.set(id, node);
      return node;
    };

    const roots: GroupNode[] = [];
    for (const [outerKey, inner] of [...buckets].sort(([a], [b]) => compareKeys(a, b))) {
      let total = 0;
      for (const bucket of inner.values()) total += bucket.length;
      const outerNode = groupNode(outerKey, undefined, total);
      roots.push(outerNode);
      const children: GroupNode[] = [];
      for (const [innerKey, bucket] of [...inner].sort(([a], [b]) => compareKeys(a, b))) {
        const innerNode = groupNode(innerKey, outerNode.id, bucket.length);
        children.push(innerNode);
        this.unsortedPapers.set(innerNode.id, bucket);
        for (const paper of bucket) this.groupOfPaper.set(paper.id, innerNode.id);
      }
      this.innerGroups.set(outerNode.id, children);
    }
    this.rootNodes = roots;
  }

  roots(): TreeNode[] {
    return [...this.rootNodes];
  }

  children(node: TreeNode): TreeNode[] {
    if (node.kind === 'paper') return [];
    const groups = this.innerGroups.get(node.id);
    return groups !== undefined ? [...groups] : [...this.papersOf(node.id)];
  }

  /** The node's parent as the same object `roots()`/`children()` returned; undefined for a root. */
  parent(node: TreeNode): TreeNode | undefined {
    return node.parentId === undefined ? undefined : this.nodesById.get(node.parentId);
  }

  /** The paper's node, for revealing it; undefined when the paper is not in this (filtered) tree. */
  nodeForPaper(paperId: string): PaperNode | undefined {
    const groupId = this.groupOfPaper.get(paperId);
    if (groupId === undefined) return undefined;
    return this.papersOf(groupId).find((node) => node.paperId === paperId);
  }

  /** The papers of an innermost group, sorted and turned into nodes on first use. */
  private papersOf(groupId: string): readonly PaperNode[] {
    const cached = this.sortedPapers.get(groupId);
    if (cached !== undefined) return cached;
    const papers = [...(this.unsortedPapers.get(groupId) ?? [])].sort(
      (a, b) => this.collator.compare(a.title, b.title) || compareStrings(a.id, b.id),
    );
    const nodes = papers.map((paper): PaperNode => {
      const node: PaperNode = { kind: 'paper', id: `${groupId}/paper:${encodeIdPart(paper.id)}`, parentId: groupId, paperId: paper.id, paper };
      this.nodesById.set(node.id, node);
      return node;
    });
    this.sortedPapers.set(groupId, nodes);
    return nodes;
  }

  /** Newest year first, unknown years last, then by venue name. */
  private compareVenues(a: { venue: string; year: number | undefined } | undefined, b: { venue: string; year: number | undefined } | undefined): number {
    const yearA = a?.year ?? Number.NEGATIVE_INFINITY;
    const yearB = b?.year ?? Number.NEGATIVE_INFINITY;
    if (yearA !== yearB) return yearB > yearA ? 1 : -1;
    return this.collator.compare(a?.venue ?? '', b?.venue ?? '') || compareStrings(a?.venue ?? '', b?.venue ?? '');
  }
}

function tierOfKey(key: string): DecisionTier {
  return key.slice('tier:'.length) as DecisionTier;
}

function compareTiers(a: string, b: string): number {
  return DECISION_TIERS.indexOf(tierOfKey(a)) - DECISION_TIERS.indexOf(tierOfKey(b));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Percent-encodes everything but letters, digits, `.` and `_`, so `-`, `/` and `:` can separate id parts. */
function encodeIdPart(text: string): string {
  return encodeURIComponent(text).replace(/[-!~*'()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
