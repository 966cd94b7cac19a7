import * as vscode from 'vscode';
import type { CitationKeyTable } from '../../core/bibliography/citationKeyTable';
import type { CiteLanguage } from '../../core/editing/citeLanguage';
import type { CitationSettings } from '../../core/settings';
import { chooseLatexCommand } from './chooseLatexCommand';
import type { CitationServices } from './citationServices';
import { citeLanguageOf } from './citeLanguageOf';
import { openBibliography, type OpenedBibliography } from './openBibliography';

/** Everything a citation command needs before it plans its edit. */
export type PreparedCitation =
  | {
      readonly kind: 'ready';
      readonly lang: CiteLanguage;
      readonly settings: CitationSettings;
      /** For LaTeX: the command chosen (setting, cite package, or the user's pick). */
      readonly latexCommand: string | undefined;
      readonly table: CitationKeyTable;
      readonly opened: Extract<OpenedBibliography, { kind: 'ready' }>;
    }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'cancelled' };

/**
 * The settings, LaTeX command, key table and open bibliography for citing in `editor`, asking what has to be
 * asked (natbib's \citep or \citet, creating references.bib). Cancelled: the user dismissed a question, or the
 * editor is not LaTeX or Markdown.
 */
export async function prepareCitation(editor: vscode.TextEditor, services: CitationServices): Promise<PreparedCitation> {
  const document = editor.document;
  const lang = citeLanguageOf(document);
  if (lang === undefined) return { kind: 'cancelled' };
  const settings = services.settings.forDocument(document).citation;
  const bibliography = await services.bibliography.bibliographyOf(document, settings);
  const latexCommand = lang === 'latex' ? await chooseLatexCommand(editor, settings, bibliography?.root) : undefined;
  if (lang === 'latex' && latexCommand === undefined) return { kind: 'cancelled' };
  const table = await services.catalog.table(settings);
  const opened = bibliography?.files ? await openBibliography(bibliography.files, services.workspaceState) : ({ kind: 'ready', documents: [], target: undefined } as const);
  if (opened.kind !== 'ready') return opened.kind === 'problem' ? { kind: 'problem', message: vscode.l10n.t('{0} Nothing was changed.', opened.message) } : { kind: 'cancelled' };
  return { kind: 'ready', lang, settings, latexCommand, table, opened };
}
