import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import type { Paper } from '../core/dataset/paper';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { rankedLabel } from '../core/search/rankedLabel';
import { throttleLatest } from '../core/throttleLatest';
import { searchPapers, type SearchHit } from '../core/search/searchPapers';
import { paperDescription, resultDetail } from '../core/search/resultText';
import { errorText } from '../core/errorText';

export interface PaperPickItem extends vscode.QuickPickItem {
  readonly paper: Paper;
  readonly matchedTerms: readonly string[];
}

export interface PickedPaper {
  readonly paper: Paper;
  readonly query: string;
  readonly matchedTerms: readonly string[];
}

type ItemAction = vscode.QuickInputButton & { readonly command: string };

/**
 * Actions on one result without leaving the picker; each runs the command of the same name with the paper.
 * A paper with an OpenReview id also offers its forum and PDF. Built on first use, not at import, so the
 * tooltips come from the loaded l10n bundle.
 */
let itemActions: { readonly linked: readonly ItemAction[]; readonly unlinked: readonly ItemAction[] } | undefined;
/** The buttons of `paper`'s row; without a paper, every button there is (to find the one pressed). */
function itemActionButtons(paper?: Paper): readonly ItemAction[] {
  if (itemActions === undefined) {
    const unlinked: ItemAction[] = [
      { iconPath: new vscode.ThemeIcon('quote'), tooltip: vscode.l10n.t('Insert Citation'), command: COMMANDS.insertCitation },
      { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy BibTeX'), command: COMMANDS.copyBibtex },
      { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: vscode.l10n.t('Reveal in Papers View'), command: COMMANDS.revealInTree },
      { iconPath: new vscode.ThemeIcon('sparkle'), tooltip: vscode.l10n.t('Find Similar Papers'), command: COMMANDS.findSimilar },
    ];
    const linked: ItemAction[] = [
      ...unlinked,
      { iconPath: new vscode.ThemeIcon('link-external'), tooltip: vscode.l10n.t('Open on OpenReview'), command: COMMANDS.openOnOpenReview },
      { iconPath: new vscode.ThemeIcon('file-pdf'), tooltip: vscode.l10n.t('Open PDF on OpenReview'), command: COMMANDS.openPdf },
    ];
    itemActions = { linked, unlinked };
  }
  return paper !== undefined && paper.openreviewId === undefined ? itemActions.unlinked : itemActions.linked;
}

/** Long enough to coalesce a burst of keystrokes, short enough to feel instant. */
const SEARCH_INTERVAL_MS = 30;

/** Turns one query into quick pick rows; an empty hit list shows the engine's hint or a plain "no papers" row. */
export function pickItemsFor(index: SearchIndex, query: string, limit: number): { items: PaperPickItem[]; message: string | undefined } {
  const result = searchPapers(index, query, { limit, translate: vscode.l10n.t });
  const items = hitItems(result.hits);
  const message = result.hint ?? (query.trim() !== '' && items.length === 0 ? vscode.l10n.t('No papers match. Try fewer words or another spelling.') : undefined);
  return { items, message };
}

/** Quick pick rows for ranked hits: title, `ICLR 2023 · Poster`, the start of the abstract. */
export function hitItems(hits: readonly SearchHit[]): PaperPickItem[] {
  return hits.map((hit) => ({
    label: hit.paper.title,
    description: paperDescription(hit.paper, vscode.l10n.t),
    detail: resultDetail(hit.paper, vscode.l10n.t),
    // Lunr ranked these; VS Code's own filter must not hide them (see rankedLabel for its sorting).
    alwaysShow: true,
    buttons: itemActionButtons(hit.paper),
    paper: hit.paper,
    matchedTerms: hit.matchedTerms,
  }));
}

/** How a picker fills itself: once, or again on every change of what the user types. */
type FillPicker = (picker: vscode.QuickPick<PaperPickItem>, disposables: vscode.Disposable[]) => void;

/** One picker for every list of papers: Enter resolves with the item, the row buttons run their command. */
async function runPaperPicker(title: string, placeholder: string, fill: FillPicker): Promise<PickedPaper | undefined> {
  const quickPick = vscode.window.createQuickPick<PaperPickItem>();
  quickPick.title = title;
  quickPick.placeholder = placeholder;
  const disposables: vscode.Disposable[] = [quickPick];
  try {
    return await new Promise<PickedPaper | undefined>((resolve) => {
      disposables.push(
        quickPick.onDidAccept(() => {
          const [item] = quickPick.selectedItems;
          if (item) resolve({ paper: item.paper, query: quickPick.value, matchedTerms: item.matchedTerms });
        }),
        quickPick.onDidHide(() => resolve(undefined)),
        quickPick.onDidTriggerItemButton(({ button, item }) => {
          const action = itemActionButtons().find((candidate) => candidate === button);
          if (!action) return;
          quickPick.hide();
          void vscode.commands.executeCommand(action.command, item.paper.id);
        }),
      );
      fill(quickPick, disposables);
      quickPick.show();
    });
  } finally {
    for (const disposable of disposables) disposable.dispose();
  }
}

/**
 * The palette search: results replace on every keystroke, ranked by the index.
 * Resolves with the chosen paper, or undefined when the user closes the picker.
 */
export function showSearchQuickPick(loadIndex: () => Promise<SearchIndex>, limit: number, initialQuery = ''): Promise<PickedPaper | undefined> {
  return runPaperPicker('Paper Lookup', vscode.l10n.t('Search papers by title or abstract words, e.g. diffusion year:2022..2023 decision:oral'), (quickPick, disposables) => {
    quickPick.value = initialQuery;
    quickPick.busy = true;
    let index: SearchIndex | undefined;
    const update = (): void => {
      if (!index) return;
      let found: ReturnType<typeof pickItemsFor>;
      try {
        found = pickItemsFor(index, quickPick.value, limit);
      } catch (error) {
        // A damaged block of the index, found as this search read it: the library is rebuilding the index.
        quickPick.items = [];
        quickPick.title = vscode.l10n.t('Paper Lookup — the paper index could not be searched: {0}', errorText(error));
        return;
      }
      quickPick.items = found.items.map((item) => ({ ...item, label: rankedLabel(item.label) }));
      quickPick.title = found.message ? vscode.l10n.t('Paper Lookup — {0}', found.message) : 'Paper Lookup';
    };
    // A keystroke after a pause is answered at once; a fast burst is searched every SEARCH_INTERVAL_MS with the latest text.
    const typed = throttleLatest<void>(update, SEARCH_INTERVAL_MS);
    disposables.push(quickPick.onDidChangeValue(() => typed.push()), { dispose: () => typed.dispose() });
    loadIndex().then(
      (loaded) => {
        index = loaded;
        quickPick.busy = false;
        update();
      },
      (error: unknown) => {
        quickPick.busy = false;
        quickPick.title = vscode.l10n.t('Paper Lookup — the paper index could not be loaded: {0}', errorText(error));
      },
    );
  });
}

/** A fixed list of ranked papers (e.g. similar papers) in the same picker; typing narrows it. */
export function showPaperList(title: string, items: readonly PaperPickItem[]): Promise<PickedPaper | undefined> {
  return runPaperPicker(title, vscode.l10n.t('Type to narrow the list; Enter opens the abstract'), (quickPick) => {
    quickPick.matchOnDetail = true;
    quickPick.items = items.map((item) => ({ ...item, alwaysShow: false }));
  });
}
