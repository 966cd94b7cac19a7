import * as vscode from 'vscode';
import type { BibliographyService } from './bibliographyService';
import { CITATION_AND_BIB_SELECTOR } from './citationAndBibSelector';
import { citationKeyAtPosition, definitionsOf } from './citationKeyAtPosition';
import type { WorkspaceCitations } from './workspaceCitations';
import type { SettingsWatcher } from '../settings';

/** Characters BibTeX, biblatex and Pandoc all accept in a key. */
const VALID_KEY = /^[A-Za-z0-9_:.+\-/]+$/;

/**
 * Rename Symbol on a citation key: the key of its .bib entry and every citation of it in the workspace, in one
 * WorkspaceEdit (VS Code previews it on Shift+Enter; one undo reverts it).
 */
export class CiteRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly bibliography: BibliographyService,
    private readonly workspace: WorkspaceCitations,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(bibliography: BibliographyService, workspace: WorkspaceCitations, settings: SettingsWatcher): vscode.Disposable {
    return vscode.languages.registerRenameProvider(CITATION_AND_BIB_SELECTOR, new CiteRenameProvider(bibliography, workspace, settings));
  }

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Range> {
    const found = await citationKeyAtPosition(document, position, this.bibliography, this.settings);
    if (found === undefined) throw new Error(vscode.l10n.t('Place the cursor on a citation key or a .bib entry’s key to rename it.'));
    return found.range;
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const found = await citationKeyAtPosition(document, position, this.bibliography, this.settings);
    if (found === undefined) return undefined;
    const name = newName.trim();
    if (!VALID_KEY.test(name)) throw new Error(vscode.l10n.t('"{0}" cannot be a citation key: use letters, digits and _ : . + - /', name));
    const taken = found.bibs.find((bib) => name.toLowerCase() !== found.key.toLowerCase() && bib.parsed.byKey.has(name.toLowerCase()));
    if (taken !== undefined) throw new Error(vscode.l10n.t('{0} already has an entry {1}.', vscode.workspace.asRelativePath(taken.uri, false), name));
    const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('Rename {0} to {1}', found.key, name), needsConfirmation: false };
    const edit = new vscode.WorkspaceEdit();
    for (const location of definitionsOf(found.key, found.bibs)) edit.replace(location.uri, location.range, name, metadata);
    for (const reference of await this.workspace.referencesTo(found.key)) edit.replace(reference.uri, reference.range, name, metadata);
    return edit;
  }
}
