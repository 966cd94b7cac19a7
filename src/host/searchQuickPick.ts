import * as vscode from 'vscode';
import type { Paper } from '../core/dataset/paper';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { searchPapers, type SearchHit } from '../core/search/searchPapers';
import { abstractSnippet, paperDescription } from '../core/search/resultText';

export interface PaperPickItem extends vscode.QuickPickItem {
  readonly paper: Paper;
  readonly matchedTerms: readonly string[];
}

export interface PickedPaper {
  readonly paper: Paper;
  readonly query: string;
  readonly matchedTerms: readonly string[];
}

const PLACEHOLDER = 'Search papers by title or abstract words, e.g. diffusion year:2022..2023 decision:oral';

/** Turns one query into quick pick rows; an empty hit list shows the engine's hint or a plain "no papers" row. */
export function pickItemsFor(index: SearchIndex, query: string, limit: number): { items: PaperPickItem[]; message: string | undefined } {
  const result = searchPapers(index, query, { limit });
  const items = hitItems(result.hits);
  const message = result.hint ?? (query.trim() !== '' && items.length === 0 ? 'No papers match. Try fewer words or another spelling.' : undefined);
  return { items, message };
}

/** Quick pick rows for ranked hits: title, `ICLR 2023 · Poster`, the start of the abstract. */
export function hitItems(hits: readonly SearchHit[]): PaperPickItem[] {
  return hits.map((hit) => ({
    label: hit.paper.title,
    description: paperDescription(hit.paper),
    detail: abstractSnippet(hit.paper),
    // Lunr ranked these; VS Code's own fuzzy filter must neither hide nor reorder them.
    alwaysShow: true,
    paper: hit.paper,
    matchedTerms: hit.matchedTerms,
  }));
}

/**
 * The palette search: results replace on every keystroke, ranked by the index.
 * Resolves with the chosen paper, or undefined when the user closes the picker.
 */
export async function showSearchQuickPick(loadIndex: () => Promise<SearchIndex>, limit: number, initialQuery = ''): Promise<PickedPaper | undefined> {
  const quickPick = vscode.window.createQuickPick<PaperPickItem>();
  quickPick.title = 'Paper Lookup';
  quickPick.placeholder = PLACEHOLDER;
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  quickPick.value = initialQuery;
  quickPick.busy = true;
  const disposables: vscode.Disposable[] = [quickPick];
  try {
    return await new Promise<PickedPaper | undefined>((resolve) => {
      let index: SearchIndex | undefined;
      const update = (): void => {
        if (!index) return;
        const { items, message } = pickItemsFor(index, quickPick.value, limit);
        quickPick.items = items;
        quickPick.title = message ? `Paper Lookup — ${message}` : 'Paper Lookup';
      };
      disposables.push(
        quickPick.onDidChangeValue(update),
        quickPick.onDidAccept(() => {
          const [item] = quickPick.selectedItems;
          if (item) resolve({ paper: item.paper, query: quickPick.value, matchedTerms: item.matchedTerms });
        }),
        quickPick.onDidHide(() => resolve(undefined)),
      );
      quickPick.show();
      loadIndex().then(
        (loaded) => {
          index = loaded;
          quickPick.busy = false;
          update();
        },
        (error: unknown) => {
          quickPick.busy = false;
          quickPick.title = `Paper Lookup — the paper index could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        },
      );
    });
  } finally {
    for (const disposable of disposables) disposable.dispose();
  }
}

/** A fixed list of ranked papers (e.g. similar papers) in the same picker the search uses. */
export async function showPaperList(title: string, items: readonly PaperPickItem[]): Promise<PaperPickItem | undefined> {
  return vscode.window.showQuickPick(items, { title, placeHolder: 'Pick a paper to open its abstract', matchOnDetail: true });
}
