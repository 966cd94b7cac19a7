import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../constants';
import type { SettingsWatcher } from '../settings';

const KEY_FORMAT_SETTING = `${SETTINGS_SECTION}.citation.keyFormat`;

/**
 * Warns once when `paperLookup.citation.keyFormat` is invalid (at start, and after each change that
 * leaves it invalid), naming the problem; keys use the default format meanwhile.
 */
export function watchKeyFormat(settings: SettingsWatcher): vscode.Disposable {
  const check = (): void => {
    const problem = settings.settings.citation.keyFormatProblem;
    if (problem === undefined) return;
    const open = vscode.l10n.t('Open Setting');
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} Citation keys use the default format until it is fixed.', problem), open).then(async (choice) => {
      if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', KEY_FORMAT_SETTING);
    });
  };
  check();
  return settings.onDidChange((event) => {
    if (event.affectsConfiguration(KEY_FORMAT_SETTING)) check();
  });
}
