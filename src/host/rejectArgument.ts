import * as vscode from 'vscode';
import { previewValue } from '../core/previewValue';

/**
 * Tells the user that `command` was run with an argument it cannot use (from a keybinding, a link or another
 * extension) rather than failing with a stack trace; the command then does nothing.
 */
export function rejectArgument(command: string, expected: string, argument: unknown): void {
  void vscode.window.showWarningMessage(vscode.l10n.t('{0} needs {1}, not {2}. Nothing was done.', command, expected, previewValue(argument)));
}

/** An optional text argument (a query): the text, undefined when none was given, false when something else was. */
export function textArgument(command: string, argument: unknown): string | undefined | false {
  if (argument === undefined || argument === null || typeof argument === 'string') return argument ?? undefined;
  rejectArgument(command, vscode.l10n.t('a search text'), argument);
  return false;
}
