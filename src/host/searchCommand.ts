import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import type { PaperLibrary } from './paperLibrary';
import { textArgument } from './rejectArgument';
import type { SettingsWatcher } from './settings';
import { showSearchQuickPick, type PickedPaper } from './searchQuickPick';

/** `paperLookup.search`: the palette search; what happens with the chosen paper is up to `onPick`. */
export function registerSearchCommand(
  library: PaperLibrary,
  settings: SettingsWatcher,
  onPick: (picked: PickedPaper) => Promise<void>,
): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.search, async (initialQuery?: unknown) => {
    const query = textArgument(COMMANDS.search, initialQuery);
    if (query === false) return;
    const picked = await showSearchQuickPick(() => library.index(), settings.settings.search.maxResults, query ?? '');
    if (picked) await onPick(picked);
  });
}
