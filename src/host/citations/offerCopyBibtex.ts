import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import type { Paper } from '../../core/dataset/paper';

/** A message that ends in an offer to copy the paper's BibTeX, for when it cannot go into the document. */
export function offerCopyBibtex(message: string, paper: Paper | undefined, severity: 'info' | 'warning' = 'info'): void {
  const copy = vscode.l10n.t('Copy BibTeX');
  const show = severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message, copy).then(async (choice) => {
    if (choice === copy) await vscode.commands.executeCommand(COMMANDS.copyBibtex, paper?.id);
  });
}
