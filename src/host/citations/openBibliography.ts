import * as vscode from 'vscode';
import { fileLabel } from './fileLabel';
import type { BibFile, BibFiles } from './resolveBibFiles';
import { DEFAULT_BIB_NAME } from './resolveBibFiles';
import { errorText } from '../../core/errorText';

/** The .bib the entry goes into: an open document, or a file to create in the same edit. */
export interface BibTarget {
  readonly uri: vscode.Uri;
  /** Undefined when the file does not exist yet. */
  readonly document: vscode.TextDocument | undefined;
}

export type OpenedBibliography =
  | {
      readonly kind: 'ready';
      /** Every existing file, live: duplicates are looked for in all of them. */
      readonly documents: readonly vscode.TextDocument[];
      /** Undefined when the user chose not to have a bibliography file. */
      readonly target: BibTarget | undefined;
    }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'cancelled' };

/** workspaceState key remembering the answer about creating `references.bib`: `create` or `never`. */
const CREATE_DEFAULT_KEY = 'paperLookup.citation.createDefaultBib';

/**
 * Opens the bibliography files as text documents (unsaved edits included) and picks the one to append to:
 * the first existing file, else the first named one (created). Creating the default `references.bib` is
 * asked once per workspace. Read-only files, schemes without a writable file system and bibliographies that
 * are not BibTeX are refused here, before anything is edited.
 */
export async function openBibliography(bibFiles: BibFiles, workspaceState: vscode.Memento): Promise<OpenedBibliography> {
  // A CSL JSON or YAML bibliography is never written to; a .bib named beside it is used.
  if (bibFiles.files.length === 0 && bibFiles.otherFormats.length > 0) {
    const names = bibFiles.otherFormats.map((uri) => fileLabel(uri)).join(', ');
    return { kind: 'problem', message: vscode.l10n.t('{0} is not a BibTeX file (.bib), and Paper Lookup writes only BibTeX entries.', names) };
  }
  const documents: vscode.TextDocument[] = [];
  for (const file of bibFiles.files.filter((candidate) => candidate.exists)) {
    try {
      documents.push(await vscode.workspace.openTextDocument(file.uri));
    } catch (error) {
      return { kind: 'problem', message: vscode.l10n.t('{0} could not be read ({1}).', fileLabel(file.uri), errorText(error)) };
    }
  }
  const chosen: BibFile | undefined = bibFiles.files.find((file) => file.exists) ?? bibFiles.files[0];
  if (!chosen) return { kind: 'ready', documents, target: undefined };

  if (!chosen.exists && bibFiles.source === 'default') {
    const answer = await askToCreate(chosen.uri, workspaceState);
    if (answer === 'cancel') return { kind: 'cancelled' };
    if (answer === 'never') return { kind: 'ready', documents, target: undefined };
  }
  const problem = await writeProblem(chosen);
  if (problem !== undefined) return { kind: 'problem', message: problem };
  const document = documents.find((candidate) => candidate.uri.toString() === chosen.uri.toString());
  return { kind: 'ready', documents, target: { uri: chosen.uri, document } };
}

async function askToCreate(uri: vscode.Uri, workspaceState: vscode.Memento): Promise<'create' | 'never' | 'cancel'> {
  const remembered = workspaceState.get<string>(CREATE_DEFAULT_KEY);
  if (remembered === 'create' || remembered === 'never') return remembered;
  const create = vscode.l10n.t('Create {0}', DEFAULT_BIB_NAME);
  const never = vscode.l10n.t('Cite Without a .bib');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('This document names no bibliography. Create {0} for the BibTeX entries?', fileLabel(uri)),
    {
      modal: true,
      detail: vscode.l10n.t(
        'Paper Lookup will remember your answer for this workspace. To use another file, add \\bibliography{…} or \\addbibresource{…} (LaTeX) or `bibliography:` front matter (Markdown), or set paperLookup.citation.bibFile.',
      ),
    },
    create,
    never,
  );
  if (choice === undefined) return 'cancel';
  const answer = choice === create ? 'create' : 'never';
  await workspaceState.update(CREATE_DEFAULT_KEY, answer);
  return answer;
}

async function writeProblem(file: BibFile): Promise<string | undefined> {
  const writable = vscode.workspace.fs.isWritableFileSystem(file.uri.scheme);
  if (writable === false) return vscode.l10n.t('{0} is on a read-only file system, so the BibTeX entry cannot be added to it.', fileLabel(file.uri));
  if (writable === undefined) return vscode.l10n.t('{0} is not in a file system Paper Lookup can write to ({1}:).', fileLabel(file.uri), file.uri.scheme);
  if (!file.exists) return undefined;
  try {
    const stat = await vscode.workspace.fs.stat(file.uri);
    if (((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0) return vscode.l10n.t('{0} is read-only, so the BibTeX entry cannot be added to it.', fileLabel(file.uri));
  } catch {
    // An open document whose file is gone is still editable; saving recreates the file.
  }
  return undefined;
}
