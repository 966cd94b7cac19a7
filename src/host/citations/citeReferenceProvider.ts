import * as vscode from 'vscode';
import type { BibliographyService } from './bibliographyService';
import { CITATION_AND_BIB_SELECTOR } from './citationAndBibSelector';
import { citationKeyAtPosition, definitionsOf } from './citationKeyAtPosition';
import type { WorkspaceCitations } from './workspaceCitations';
import type { SettingsWatcher } from '../settings';

/** Find All References on a key, in a citation or on a .bib entry: every citation of it in the workspace's .tex and .md files. */
export class CiteReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly bibliography: BibliographyService,
    private readonly workspace: WorkspaceCitations,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(bibliography: BibliographyService, workspace: WorkspaceCitations, settings: SettingsWatcher): vscode.Disposable {
    return vscode.languages.registerReferenceProvider(CITATION_AND_BIB_SELECTOR, new CiteReferenceProvider(bibliography, workspace, settings));
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const found = await citationKeyAtPosition(document, position, this.bibliography, this.settings);
    if (found === undefined) return undefined;
    const citations = (await this.workspace.referencesTo(found.key)).map((reference) => new vscode.Location(reference.uri, reference.range));
    return context.includeDeclaration ? [...definitionsOf(found.key, found.bibs), ...citations] : citations;
  }
}
