import * as vscode from 'vscode';
import type { Paper } from '../core/dataset/paper';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { rejectArgument } from './rejectArgument';

/** What a command about one paper was given: nothing, a paper id, or something it cannot use. */
export type PaperArgument = { readonly kind: 'none' } | { readonly kind: 'id'; readonly id: string } | { readonly kind: 'invalid' };

/**
 * Commands about one paper are called with a paper id (links, tests), a tree node or quick pick item carrying
 * `paperId`/`paper`, or nothing: from the palette, or with the document's URI from an editor menu. Anything
 * else is reported to the user here, so the command only has to stop.
 */
export function paperArgument(command: string, argument: unknown): PaperArgument {
  if (argument === undefined || argument === null || argument instanceof vscode.Uri) return { kind: 'none' };
  const id = paperIdOf(argument);
  if (id !== undefined) return { kind: 'id', id };
  rejectArgument(command, vscode.l10n.t('a paper (its id, a row of the Papers view or a search result)'), argument);
  return { kind: 'invalid' };
}

/** The paper with this id in the active dataset; says so when there is none (the dataset may have changed). */
export function knownPaper(index: SearchIndex, id: string): Paper | undefined {
  const paper = index.paperById.get(id);
  if (!paper) void vscode.window.showWarningMessage(vscode.l10n.t('That paper is not in the current dataset.'));
  return paper;
}

function paperIdOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (typeof argument !== 'object' || argument === null) return undefined;
  const record = argument as { paperId?: unknown; paper?: { id?: unknown } | null };
  if (typeof record.paperId === 'string') return record.paperId;
  if (typeof record.paper?.id === 'string') return record.paper.id;
  return undefined;
}
