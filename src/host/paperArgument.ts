import type { Paper } from '../core/dataset/paper';
import type { SearchIndex } from '../core/search/buildSearchIndex';

/**
 * Commands about one paper are called with a paper id (links, tests), a tree node or quick pick item
 * carrying `paperId`/`paper`, or nothing; this finds the paper in any of those shapes.
 */
export function paperFromArgument(index: SearchIndex, argument: unknown): Paper | undefined {
  if (typeof argument === 'string') return index.paperById.get(argument);
  if (typeof argument !== 'object' || argument === null) return undefined;
  const record = argument as { paperId?: unknown; paper?: { id?: unknown } };
  if (typeof record.paperId === 'string') return index.paperById.get(record.paperId);
  if (typeof record.paper?.id === 'string') return index.paperById.get(record.paper.id);
  return undefined;
}
