import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import { bibtexEntry } from '../../src/core/citations/bibtexEntry';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { eventually, extensionApi } from './extensionApi';

const SCHEME = 'paperlookup-memfs';
const citation = DEFAULT_SETTINGS.citation;
const MAIN_TEX = ['\\documentclass{article}', '\\begin{document}', 'As shown by prior work.', '\\bibliography{refs}', '\\end{document}', ''].join('\n');
const REFS_BIB = '@misc{existing2020,\n  title = {An Existing Entry},\n  year = {2020}\n}\n';

/**
 * Files kept in memory under their URI path, as a virtual workspace (vscode.dev, a remote repository) has
 * them: nothing on the local disk, reachable only through vscode.workspace.fs.
 */
class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file !== undefined) return { type: vscode.FileType.File, ctime: 0, mtime: Date.now(), size: file.byteLength };
    if (this.isFolder(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): Array<[string, vscode.FileType]> {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    return [...this.files.keys()].filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/')).map((path) => [path.slice(prefix.length), vscode.FileType.File]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (file === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const exists = this.files.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.files.set(uri.path, content);
    this.changed.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.files.set(to.path, this.readFile(from));
    this.delete(from);
  }

  createDirectory(): void {
    // Folders exist implicitly, as the parents of the files.
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  private isFolder(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.files.keys()].some((file) => file.startsWith(prefix));
  }
}

describe('Insert Citation in a virtual workspace (a file system that is not the disk)', () => {
  const memory = new MemoryFileSystem();
  let registration: vscode.Disposable;
  let key: string;
  let entry: string;
  let paperId: string;
  let runs = 0;
  let folder: string;

  before(async () => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory, { isCaseSensitive: true });
    const api = await extensionApi();
    const [item] = await api.searchItems('subspace regularizers few-shot class incremental');
    assert.ok(item, 'the bundled corpus has the paper');
    paperId = item.paper.id;
    key = (await api.citations.table(citation)).keyOf(item.paper);
    entry = bibtexEntry(item.paper, key, citation);
  });

  after(() => {
    registration.dispose();
  });

  beforeEach(() => {
    runs += 1;
    folder = `/paper-${runs}`;
    memory.files.set(`${folder}/main.tex`, new TextEncoder().encode(MAIN_TEX));
  });

  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty && candidate.uri.scheme === SCHEME)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const uri = (name: string): vscode.Uri => vscode.Uri.from({ scheme: SCHEME, path: `${folder}/${name}` });

  /** Opens main.tex with the cursor after "prior work" and runs Insert Citation with the paper's id, as the tree does. */
  async function citeInMainTex(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(uri('main.tex'));
    const editor = await vscode.window.showTextDocument(document);
    const position = document.positionAt(MAIN_TEX.indexOf('prior work') + 'prior work'.length);
    editor.selection = new vscode.Selection(position, position);
    assert.equal(await vscode.commands.executeCommand<boolean>(COMMANDS.insertCitation, paperId), true);
    return editor;
  }

  it('appends the entry to the refs.bib the document names, saves it there, and one undo reverts both', async () => {
    memory.files.set(`${folder}/refs.bib`, new TextEncoder().encode(REFS_BIB));
    const editor = await citeInMainTex();
    assert.ok(editor.document.getText().includes(`As shown by prior work\\cite{${key}}.`));
    const saved = await eventually(() => (memory.text(`${folder}/refs.bib`) !== REFS_BIB ? memory.text(`${folder}/refs.bib`) : undefined), 'refs.bib to be saved');
    assert.ok(saved.startsWith(REFS_BIB), 'the existing entry is kept as it was');
    assert.equal(saved.slice(REFS_BIB.length).trim(), entry);

    const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), MAIN_TEX);
    assert.equal(bib.getText(), REFS_BIB);
  });

  it('creates a missing refs.bib with the entry, and one undo removes citation and file', async () => {
    const editor = await citeInMainTex();
    assert.ok(editor.document.getText().includes(`As shown by prior work\\cite{${key}}.`));
    assert.equal(memory.text(`${folder}/refs.bib`)?.trim(), entry);
    assert.equal([...memory.files.keys()].filter((path) => path.startsWith(`${folder}/`)).length, 2, 'nothing but main.tex and refs.bib');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), MAIN_TEX);
    await eventually(() => !memory.files.has(`${folder}/refs.bib`), 'the undo to remove the created refs.bib');
  });
});
