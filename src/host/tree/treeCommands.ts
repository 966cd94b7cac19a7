import * as vscode from 'vscode';
import { COMMANDS, VIEWS } from '../../constants';
import { treeFilterSummary } from '../../core/tree/treeFilterSummary';
import { knownPaper, paperArgument } from '../paperArgument';
import { textArgument } from '../rejectArgument';
import type { TreeNode } from '../../core/tree/paperTree';
import type { PaperTreeModel } from './paperTreeModel';

/** Shows a paper's abstract; `query` is the active filter, so its terms are highlighted. */
export type OpenAbstract = (paperId: string, query: string) => Promise<unknown>;

/** What the commands need of the Papers view; PaperTreeProvider is one. Declared here so the two modules do not import each other. */
export interface PapersView {
  readonly model: PaperTreeModel;
  readonly treeView: vscode.TreeView<TreeNode> | undefined;
  reveal(paperId: string): Promise<boolean>;
}

/** The sidebar's commands: open, group, filter, refresh and reveal. */
export function registerTreeCommands(provider: PapersView, openAbstract: OpenAbstract): vscode.Disposable {
  const model = provider.model;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openAbstract, async (target?: unknown) => {
      // A click passes the id, the context menu passes the node; a keybinding passes nothing, so use the selection.
      const given = paperArgument(COMMANDS.openAbstract, target);
      const selected = provider.treeView?.selection[0];
      const id = given.kind === 'id' ? given.id : given.kind === 'none' && selected?.kind === 'paper' ? selected.paperId : undefined;
      const paper = id === undefined ? undefined : knownPaper(await model.index(), id);
      if (paper) await openAbstract(paper.id, model.filter?.query ?? '');
    }),
    vscode.commands.registerCommand(COMMANDS.groupByDecision, () => model.setGrouping('tier-venue')),
    vscode.commands.registerCommand(COMMANDS.groupByVenue, () => model.setGrouping('venue-tier')),
    // Tests and other commands may pass the query; from the UI it comes from an input box.
    vscode.commands.registerCommand(COMMANDS.filterTree, async (query?: unknown) => {
      const given = textArgument(COMMANDS.filterTree, query);
      if (given === false) return undefined;
      const text = given ?? (await askForFilter(provider));
      if (text === undefined) return undefined;
      // A broad query on a large dataset takes a moment; show it in the view rather than freezing silently.
      const filter = await vscode.window.withProgress({ location: { viewId: VIEWS.papers } }, () => model.setFilter(text));
      return filter?.matches;
    }),
    vscode.commands.registerCommand(COMMANDS.clearTreeFilter, () => model.clearFilter()),
    vscode.commands.registerCommand(COMMANDS.refreshTree, () => model.refresh()),
    vscode.commands.registerCommand(COMMANDS.revealInTree, async (target?: unknown) => {
      const given = paperArgument(COMMANDS.revealInTree, target);
      const paperId = given.kind === 'id' ? knownPaper(await model.index(), given.id)?.id : undefined;
      if (paperId === undefined) return false;
      if (await provider.reveal(paperId)) return true;
      if (model.filter) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The tree filter hides this paper.'), vscode.l10n.t('Clear Filter and Reveal')).then(async (choice) => {
          if (choice === undefined) return;
          model.clearFilter();
          await provider.reveal(paperId);
        });
      }
      return false;
    }),
  );
}

/** Pause after a keystroke before counting matches, so typing a word does not search once per letter. */
const PREVIEW_DELAY_MS = 200;

async function askForFilter(provider: PapersView): Promise<string | undefined> {
  let latest = '';
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Filter Papers'),
    prompt: vscode.l10n.t('Show only the papers this search finds. Leave empty to show all.'),
    placeHolder: vscode.l10n.t('e.g. diffusion year:2022..2023 decision:oral'),
    value: provider.model.filter?.query ?? '',
    validateInput: async (value) => {
      latest = value;
      if (value.trim() === '') return undefined;
      await new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS));
      if (value !== latest) return undefined;
      const preview = await provider.model.preview(value).catch(() => undefined);
      if (!preview) return undefined;
      // Informational only: a filter that matches nothing is still accepted, and the view says so.
      return {
        message: treeFilterSummary(preview.matches, preview.hint, vscode.l10n.t),
        severity: preview.matches === 0 ? vscode.InputBoxValidationSeverity.Warning : vscode.InputBoxValidationSeverity.Info,
      };
    },
  });
}
