import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import { findCitations } from '../../core/bibliography/findCitations';
import type { DocumentCitations } from '../../core/bibliography/findCitations';
import { lineIndex } from '../../core/bibliography/lineIndex';
import type { KeyRange } from '../../core/editing/keyRange';
import { citeLanguageOf } from './citeLanguageOf';

/** The citations of one LaTeX or Markdown file of the workspace, as it is in its editor or on disk. */
export interface FileCitations {
  readonly uri: vscode.Uri;
  readonly citations: DocumentCitations;
  /** The range of a key in this file. */
  rangeOf(key: KeyRange): vscode.Range;
}

const CITING_FILES = '**/*.{tex,ltx,latex,md,markdown}';
const EXCLUDE = '**/{node_modules,.git}/**';

/**
 * Every citation in the workspace's .tex and .md files, for Find All References, Rename and the uncited-entry
 * hint. Files are listed and read once; a watcher and editor changes keep them current, so a lookup reads nothing.
 */
export class WorkspaceCitations implements vscode.Disposable {
  private files: Promise<vscode.Uri[]> | undefined;
  private readonly onDisk = new Map<string, Promise<FileCitations | undefined>>();
  private readonly open = new Map<string, { readonly version: number; readonly value: FileCitations }>();
  private readonly disposables = new DisposableStore();

  constructor() {
    const watcher = this.disposables.add(vscode.workspace.createFileSystemWatcher(CITING_FILES));
    this.disposables.add(watcher.onDidCreate(() => (this.files = undefined)));
    this.disposables.add(
      watcher.onDidDelete((uri) => {
        this.files = undefined;
        this.onDisk.delete(uri.toString());
      }),
    );
    this.disposables.add(watcher.onDidChange((uri) => this.onDisk.delete(uri.toString())));
  }

  /** Every citing file's citations: open editors as they are, other files as saved. */
  async all(): Promise<FileCitations[]> {
    this.files ??= Promise.resolve(vscode.workspace.findFiles(CITING_FILES, EXCLUDE));
    const uris = new Map((await this.files).map((uri) => [uri.toString(), uri]));
    for (const document of vscode.workspace.textDocuments) if (citeLanguageOf(document) !== undefined && document.uri.scheme !== 'output') uris.set(document.uri.toString(), document.uri);
    const found = await Promise.all([...uris.values()].map((uri) => this.citationsOf(uri)));
    return found.filter((file): file is FileCitations => file !== undefined);
  }

  /** Lowercase keys cited anywhere; undefined when some file cites every entry (`\nocite{*}`). */
  async citedKeys(): Promise<Set<string> | undefined> {
    const keys = new Set<string>();
    for (const file of await this.all()) {
      if (file.citations.citesAll) return undefined;
      for (const key of file.citations.keys) keys.add(key.key.toLowerCase());
    }
    return keys;
  }

  /**
   * Where `key` is cited (any case, as BibTeX matches keys). A file deleted since it was read (its watcher event may
   * come late) is left out, so a rename never edits a file that is gone.
   */
  async referencesTo(key: string): Promise<Array<{ readonly uri: vscode.Uri; readonly range: vscode.Range; readonly key: KeyRange }>> {
    const lower = key.toLowerCase();
    const files = (await this.all()).filter((file) => file.citations.keys.some((cited) => cited.key.toLowerCase() === lower));
    const present = await Promise.all(files.map((file) => this.stillThere(file.uri)));
    return files
      .filter((_, index) => present[index])
      .flatMap((file) => file.citations.keys.filter((cited) => cited.key.toLowerCase() === lower).map((cited) => ({ uri: file.uri, range: file.rangeOf(cited), key: cited })));
  }

  private async stillThere(uri: vscode.Uri): Promise<boolean> {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && !document.isClosed)) return true;
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      this.onDisk.delete(uri.toString());
      this.files = undefined;
      return false;
    }
  }

  dispose(): void {
    this.disposables.dispose();
  }

  private citationsOf(uri: vscode.Uri): Promise<FileCitations | undefined> {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
    const lang = document ? citeLanguageOf(document) : /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'latex';
    if (lang === undefined) return Promise.resolve(undefined);
    if (document) {
      const cached = this.open.get(key);
      if (cached?.version === document.version) return Promise.resolve(cached.value);
      const value: FileCitations = { uri, citations: findCitations(document.getText(), lang), rangeOf: (cited) => new vscode.Range(document.positionAt(cited.start), document.positionAt(cited.end)) };
      this.open.set(key, { version: document.version, value });
      return Promise.resolve(value);
    }
    let read = this.onDisk.get(key);
    if (read === undefined) {
      read = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => fileCitations(uri, new TextDecoder().decode(bytes), lang),
        () => undefined,
      );
      this.onDisk.set(key, read);
    }
    return read;
  }
}

function fileCitations(uri: vscode.Uri, text: string, lang: 'latex' | 'markdown'): FileCitations {
  const lines = lineIndex(text);
  const position = (offset: number): vscode.Position => {
    const { line, character } = lines.position(offset);
    return new vscode.Position(line, character);
  };
  return { uri, citations: findCitations(text, lang), rangeOf: (cited) => new vscode.Range(position(cited.start), position(cited.end)) };
}
