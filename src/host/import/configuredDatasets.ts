import type * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../constants';
import type { PaperLibrary } from '../paperLibrary';
import type { SettingsWatcher } from '../settings';

export const DATASETS_SETTING = `${SETTINGS_SECTION}.datasets`;

/** Loads the newly listed files when the setting changes, once the library is in use; before that the first use reads them. */
export function reloadOnDatasetsChange(library: PaperLibrary, settings: SettingsWatcher): vscode.Disposable {
  return settings.onDidChange((event) => {
    if (event.affectsConfiguration(DATASETS_SETTING) && library.isLoaded) {
      library.reload().catch(() => undefined);
    }
  });
}
