import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import type { OpenReviewLinks } from '../core/openReviewLinks';
import { openReviewLinks } from '../core/openReviewLinks';
import type { AbstractPanel } from './abstractPanel';
import { knownPaper, paperArgument } from './paperArgument';
import type { PaperLibrary } from './paperLibrary';

/**
 * `paperLookup.openOnOpenReview` and `paperLookup.openPdf`: the paper's OpenReview forum or PDF in the
 * browser, for a paper id, a tree node or a search result, else the paper in the abstract view. Only papers
 * whose dataset row has an OpenReview id have links; the browser is the only thing that goes online.
 */
export function registerOpenReviewCommands(library: PaperLibrary, abstractPanel: AbstractPanel): vscode.Disposable {
  const open = (command: string, page: keyof OpenReviewLinks) => async (argument?: unknown): Promise<boolean> => {
    const given = paperArgument(command, argument);
    if (given.kind === 'invalid') return false;
    const paper = given.kind === 'id' ? knownPaper(await library.index(), given.id) : abstractPanel.current?.paper;
    if (paper === undefined) {
      if (given.kind === 'none') void vscode.window.showWarningMessage(vscode.l10n.t('Open a paper first: from the search, the Papers view or the abstract view.'));
      return false;
    }
    const links = openReviewLinks(paper);
    if (links === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The dataset has no OpenReview id for "{0}", so there is no link to open.', paper.title));
      return false;
    }
    return vscode.env.openExternal(vscode.Uri.parse(links[page]));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openOnOpenReview, open(COMMANDS.openOnOpenReview, 'forum')),
    vscode.commands.registerCommand(COMMANDS.openPdf, open(COMMANDS.openPdf, 'pdf')),
  );
}
