import * as vscode from 'vscode';
import { parseSettings, type Settings } from '../core/settings';
import { SETTINGS_SECTION } from '../constants';

/** Reads the settings once per change, so every command sees one consistent snapshot. */
export class SettingsWatcher implements vscode.Disposable {
  private current: Settings = readSettings();
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SETTINGS_SECTION)) this.current = readSettings();
  });

  get settings(): Settings {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function readSettings(): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return parseSettings((key) => configuration.get(key));
}
