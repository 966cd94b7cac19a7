import * as vscode from 'vscode';
import type { BibliographyService } from './bibliographyService';
import { citationKeyAtPosition, definitionsOf } from './citationKeyAtPosition';
import { CITE_DOCUMENT_SELECTOR } from './citeLanguageOf';
import type { SettingsWatcher } from '../settings';

/** Go to Definition on a cited key: its entry in the document's .bib. */
export class CiteDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly bibliography: BibliographyService,
    private readonly settings: SettingsWatcher,
  ) {}

  static register(bibliography: BibliographyService, settings: SettingsWatcher): vscode.Disposable {
    return vscode.languages.registerDefinitionProvider(CITE_DOCUMENT_SELECTOR, new CiteDefinitionProvider(bibliography, settings));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const found = await citationKeyAtPosition(document, position, this.bibliography, this.settings);
    return found === undefined ? undefined : definitionsOf(found.key, found.bibs);
  }
}
