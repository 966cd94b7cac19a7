import * as vscode from 'vscode';
import type { HostLogger } from './logger';

/** A short warning or error whose "Show Log" action reveals the details the caller logged. */
export function notifyWithLog(logger: HostLogger, severity: 'warning' | 'error', message: string): void {
  const show = severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void show(message, vscode.l10n.t('Show Log')).then((choice) => {
    if (choice) logger.show();
  });
}
