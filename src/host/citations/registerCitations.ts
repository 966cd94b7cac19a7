import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import type { PaperLibrary } from '../paperLibrary';
import type { SettingsWatcher } from '../settings';
import { registerAppendBibEntryCommand } from './appendBibEntryCommand';
import { BibliographyCodeActions } from './bibliographyCodeActions';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';
import type { CitationDiagnostics } from './citationDiagnostics';
import { CitedPapersProvider } from './citedPapersView';
import { CiteCompletionProvider } from './citeCompletionProvider';
import { CiteDefinitionProvider } from './citeDefinitionProvider';
import { CiteHoverProvider } from './citeHoverProvider';
import { CiteReferenceProvider } from './citeReferenceProvider';
import { CiteRenameProvider } from './citeRenameProvider';
import { registerCopyBibtexCommand } from './copyBibtexCommand';
import { registerInsertCitationCommand } from './insertCitationCommand';
import { watchKeyFormat } from './keyFormatWarning';
import { LastTextEditor } from './lastTextEditor';
import { registerSearchForKeyCommand } from './searchForKeyCommand';
import { registerSuggestCitationsCommand } from './suggestCitationsCommand';
import type { WorkspaceCitations } from './workspaceCitations';

/** The services citations share: keys, bibliographies, the workspace's citations and the diagnostics over them. */
export interface CitationParts {
  readonly catalog: CitationCatalog;
  readonly bibliography: BibliographyService;
  readonly workspace: WorkspaceCitations;
  readonly diagnostics: CitationDiagnostics;
}

/**
 * Everything about citing: the commands, completion, hover, definition, references and rename in LaTeX and
 * Markdown, the quick fixes of the citation diagnostics, the Cited Papers view, and the key format check.
 */
export function registerCitations(parts: CitationParts, library: PaperLibrary, settings: SettingsWatcher, workspaceState: vscode.Memento, logger: Logger): vscode.Disposable {
  const { catalog, bibliography, workspace, diagnostics } = parts;
  const lastEditor = new LastTextEditor();
  const services = { catalog, bibliography, workspaceState, logger, settings };
  return vscode.Disposable.from(
    lastEditor,
    registerInsertCitationCommand(library, settings, lastEditor, services),
    registerCopyBibtexCommand(library, settings, catalog),
    registerAppendBibEntryCommand(library, services),
    registerSearchForKeyCommand(library, settings),
    registerSuggestCitationsCommand(library, lastEditor, services),
    CiteCompletionProvider.register(catalog, bibliography, settings),
    CiteHoverProvider.register(catalog, bibliography, settings),
    CiteDefinitionProvider.register(bibliography, settings),
    CiteReferenceProvider.register(bibliography, workspace, settings),
    CiteRenameProvider.register(bibliography, workspace, settings),
    BibliographyCodeActions.register(new BibliographyCodeActions(diagnostics, library, bibliography, workspace, settings)),
    CitedPapersProvider.register(new CitedPapersProvider(catalog, bibliography, settings)),
    watchKeyFormat(settings),
  );
}
