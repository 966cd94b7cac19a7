import * as vscode from 'vscode';
import type { Paper } from '../../core/dataset/paper';
import type { Logger } from '../../core/log';
import { fileLabel } from './fileLabel';
import { offerCopyBibtex } from './offerCopyBibtex';
import type { BibliographyPlan } from './planBibliographyEdit';
import { errorText } from '../../core/errorText';

const STATUS_MS = 6000;

/**
 * Applies one WorkspaceEdit holding the citation and the .bib entry, so one undo reverts both, then tells
 * the user what happened. A .bib that had no unsaved changes is saved, so LaTeX and Pandoc see the entry;
 * one with unsaved changes is left for the user to save (never written behind their back).
 */
export async function applyCitationEdit(edit: vscode.WorkspaceEdit, plan: BibliographyPlan, paper: Paper, logger: Logger): Promise<boolean> {
  const append = plan.append;
  const bibWasDirty = append?.target.document?.isDirty ?? false;
  if (edit.size > 0 && !(await vscode.workspace.applyEdit(edit))) {
    logger.warn(`Could not apply the citation edit for ${plan.key}.`);
    const message = append
      ? vscode.l10n.t('The citation could not be inserted (the document or {0} may be read-only). Nothing was changed.', fileLabel(append.target.uri))
      : vscode.l10n.t('The citation could not be inserted (the document or the bibliography may be read-only). Nothing was changed.');
    offerCopyBibtex(message, paper, 'warning');
    return false;
  }
  // A created file is written by the edit itself.
  if (append?.target.document && !bibWasDirty) {
    try {
      await (await vscode.workspace.openTextDocument(append.target.uri)).save();
    } catch (error) {
      logger.warn(`Could not save ${append.target.uri.toString()}: ${errorText(error)}`);
    }
  }
  report(plan, paper);
  return true;
}

function report(plan: BibliographyPlan, paper: Paper): void {
  if (plan.existing?.reason === 'same-title') {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is already in {1} as {2}; cited that key.', paper.title, fileLabel(plan.existing.uri), plan.key));
  } else if (plan.existing) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Cited {0}, already in {1}.', plan.key, fileLabel(plan.existing.uri)), STATUS_MS);
  } else if (plan.append) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Cited {0} and added its BibTeX entry to {1}.', plan.key, fileLabel(plan.append.target.uri)), STATUS_MS);
    if (plan.append.warning !== undefined) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} does not parse cleanly: {1} The entry for {2} was added at the end; nothing else in the file was changed.',
          fileLabel(plan.append.target.uri),
          plan.append.warning,
          plan.key,
        ),
      );
    }
  } else {
    offerCopyBibtex(vscode.l10n.t('Cited {0}. No bibliography file is in use, so its BibTeX entry was not saved anywhere.', plan.key), paper);
  }
}
