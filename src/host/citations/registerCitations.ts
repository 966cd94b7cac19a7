import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import type { PaperLibrary } from '../paperLibrary';
import type { SettingsWatcher } from '../settings';
import { registerAppendBibEntryCommand } from './appendBibEntryCommand';
import type { CitationCatalog } from './citationCatalog';
import { CiteCompletionProvider } from './citeCompletionProvider';
import { CiteHoverProvider } from './citeHoverProvider';
import { registerCopyBibtexCommand } from './copyBibtexCommand';
import { registerInsertCitationCommand } from './insertCitationCommand';
import { watchKeyFormat } from './keyFormatWarning';
import { LastTextEditor } from './lastTextEditor';

/** Everything about citing: the two commands, completion and hover in LaTeX and Markdown, the key format check. */
export function registerCitations(
  catalog: CitationCatalog,
  library: PaperLibrary,
  settings: SettingsWatcher,
  workspaceState: vscode.Memento,
  logger: Logger,
): vscode.Disposable {
  const lastEditor = new LastTextEditor();
  const services = { catalog, workspaceState, logger };
  return vscode.Disposable.from(
    lastEditor,
    registerInsertCitationCommand(library, settings, lastEditor, services),
    registerCopyBibtexCommand(library, settings, catalog),
    registerAppendBibEntryCommand(library, services),
    CiteCompletionProvider.register(catalog),
    CiteHoverProvider.register(catalog),
    watchKeyFormat(),
  );
}
