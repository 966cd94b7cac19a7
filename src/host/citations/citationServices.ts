import type * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import type { SettingsWatcher } from '../settings';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';

/** What the citation commands share: the papers' keys, the .bib files, remembered choices, the log and the settings. */
export interface CitationServices {
  readonly catalog: CitationCatalog;
  readonly bibliography: BibliographyService;
  readonly workspaceState: vscode.Memento;
  readonly logger: Logger;
  readonly settings: SettingsWatcher;
}
