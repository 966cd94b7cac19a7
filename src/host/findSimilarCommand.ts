import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import type { Paper } from '../core/dataset/paper';
import { findSimilarPapers } from '../core/similarity/findSimilarPapers';
import type { AbstractPanel } from './abstractPanel';
import { knownPaper, paperArgument } from './paperArgument';
import type { PaperLibrary } from './paperLibrary';
import { hitItems, showPaperList, showSearchQuickPick } from './searchQuickPick';
import type { SettingsWatcher } from './settings';

/**
 * `paperLookup.findSimilar`: papers like the given one, else the one in the abstract view, else one the user
 * picks in the search (from the palette with nothing open), in a picker.
 */
export function registerFindSimilarCommand(library: PaperLibrary, abstractPanel: AbstractPanel, settings: SettingsWatcher): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.findSimilar, async (argument?: unknown) => {
    const given = paperArgument(COMMANDS.findSimilar, argument);
    if (given.kind === 'invalid') return;
    const index = await library.index();
    const paper =
      given.kind === 'id' ? knownPaper(index, given.id)
      : abstractPanel.current?.paper ?? (await showSearchQuickPick(() => Promise.resolve(index), settings.settings.search.maxResults))?.paper;
    if (!paper) return;
    const hits = findSimilarPapers(index, paper);
    if (hits.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No papers in the dataset are similar enough to "{0}".', paper.title));
      return;
    }
    const picked = await showPaperList(vscode.l10n.t('Papers similar to: {0}', paper.title), hitItems(hits));
    if (picked) showSimilar(abstractPanel, picked.paper, hits.map((hit) => hit.paper), picked.matchedTerms);
  });
}

function showSimilar(abstractPanel: AbstractPanel, paper: Paper, results: readonly Paper[], highlightTerms: readonly string[]): void {
  abstractPanel.show({ paper, query: '', highlightTerms, results });
}
