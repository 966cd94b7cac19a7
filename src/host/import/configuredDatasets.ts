import * as os from 'node:os';
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../constants';
import { datasetPaths } from '../../core/import/datasetPaths';
import type { PaperLibrary } from '../paperLibrary';

export const DATASETS_SETTING = `${SETTINGS_SECTION}.datasets`;

/** The files the `paperLookup.datasets` setting lists, as URIs on the extension host's machine. */
export function configuredDatasets(): vscode.Uri[] {
  const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('datasets');
  return datasetPaths(raw, os.homedir()).map((path) => vscode.Uri.file(path));
}

/** Loads the newly listed files when the setting changes, once the library is in use; before that the first use reads them. */
export function reloadOnDatasetsChange(library: PaperLibrary): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(DATASETS_SETTING) && library.isLoaded) {
      library.reload().catch(() => undefined);
    }
  });
}
