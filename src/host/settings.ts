import * as os from 'node:os';
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../constants';
import { DisposableStore } from '../core/disposableStore';
import { datasetPaths } from '../core/import/datasetPaths';
import { parseSettings, type Settings } from '../core/settings';

/**
 * The one reader of `paperLookup.*`: the window's settings read once per change, so every command sees one
 * consistent snapshot, and the settings of one document on request.
 */
export class SettingsWatcher implements vscode.Disposable {
  private current: Settings = readSettings(undefined);
  private readonly disposables = new DisposableStore();
  private readonly changed = this.disposables.add(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** Fires once the snapshot is current; the event tells which settings changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.add(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
        this.current = readSettings(undefined);
        this.changed.fire(event);
      }),
    );
  }

  get settings(): Settings {
    return this.current;
  }

  /**
   * The settings that apply to one document: `citation.bibFile` is resource-scoped and the citation styles may be
   * set per language (`[markdown]`), which the window's snapshot cannot see. A document, not its URI: the
   * language overrides need its language.
   */
  forDocument(document: vscode.TextDocument): Settings {
    return readSettings(document);
  }

  /** The files the `paperLookup.datasets` setting lists, as URIs on the extension host's machine. */
  datasets(): vscode.Uri[] {
    const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('datasets');
    return datasetPaths(raw, os.homedir()).map((path) => vscode.Uri.file(path));
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function readSettings(scope: vscode.ConfigurationScope | undefined): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return parseSettings((key) => configuration.get(key), vscode.l10n.t);
}
