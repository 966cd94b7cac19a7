import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../constants';
import { parseSettings, type CitationSettings } from '../../core/settings';

/**
 * The citation settings that apply to one document: `bibFile` is resource-scoped and the styles may be
 * set per language (`[markdown]`), which the window-wide snapshot cannot see.
 */
export function citationSettingsFor(document: vscode.TextDocument): CitationSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, document);
  return parseSettings((key) => configuration.get(key)).citation;
}
