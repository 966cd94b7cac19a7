import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import { entryIdentities } from '../../core/bibliography/entryIdentities';
import { lineIndex } from '../../core/bibliography/lineIndex';
import type { LineIndex } from '../../core/bibliography/lineIndex';
import { parseBibFile } from '../../core/bibliography/parseBibFile';
import type { ParsedBib } from '../../core/bibliography/parseBibFile';
import { scanBibFile } from '../../core/citations/scanBibFile';
import type { BibEntrySummary, BibScan } from '../../core/citations/scanBibFile';
import type { CiteLanguage } from '../../core/editing/citeLanguage';
import type { CitationSettings } from '../../core/settings';
import { citeLanguageOf } from './citeLanguageOf';
import { readTexRoot, type TexRoot } from './readTexRoot';
import { resolveBibFiles, type BibFiles } from './resolveBibFiles';

/** A parsed .bib, as it is in its open editor or on disk. */
export interface LoadedBib {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly parsed: ParsedBib;
  /** Keys, titles and years for duplicate checks, computed on first use. */
  readonly scan: BibScan;
  /** Entries by normalised title, computed on first use. */
  readonly byTitle: ReadonlyMap<string, readonly BibEntrySummary[]>;
  /** The range of offsets `start` to `end` in this text. */
  range(start: number, end: number): vscode.Range;
}

/** What a LaTeX or Markdown document cites from: its root, its .bib files and their parsed entries. */
export interface DocumentBibliography {
  readonly lang: CiteLanguage;
  readonly root: TexRoot | undefined;
  /** Undefined when there is no folder to look in (an untitled document without a workspace). */
  readonly files: BibFiles | undefined;
  /** The existing .bib files among `files`, parsed. */
  readonly bibs: readonly LoadedBib[];
}

/** The stamp of a parse of the file's saved text (on disk, or in an editor without unsaved changes). */
const DISK = 'disk';

interface Stamped<T> {
  readonly stamp: string;
  readonly value: T;
}

/**
 * The one place that reads and parses bibliographies. Files are read once and parsed once per version: an open
 * document by its version, a file on disk until a file watcher reports a change. Completion, hover, insertion,
 * diagnostics and navigation all ask here, so typing never re-reads or re-parses a .bib that did not change.
 */
export class BibliographyService implements vscode.Disposable {
  /** Disk reads (text, or undefined for a missing file) until the watcher reports a change. */
  private readonly disk = new Map<string, Promise<string | undefined>>();
  /** Files with a watcher; the watchers themselves are among `disposables`. */
  private readonly watched = new Set<string>();
  /** Size and modification time of each file when it was read. */
  private readonly stamps = new Map<string, string>();
  private readonly parsed = new Map<string, Stamped<LoadedBib>>();
  private readonly documents = new Map<string, Stamped<Promise<DocumentBibliography>>>();
  /** Every file read for a bibliography (roots and .bib files), open or not: their edits make bibliographies stale. */
  private readonly known = new Set<string>();
  private generation = 0;
  private readonly disposables = new DisposableStore();
  private readonly changed = this.disposables.add(new vscode.EventEmitter<vscode.Uri>());
  /** A .bib or root file changed (on disk or in an editor): bibliographies read before may be stale. */
  readonly onDidChange = this.changed.event;
  /** How often each file was read from disk and parsed, by URI: tests count them, timers would be flaky. */
  private readonly tallies = new Map<string, { reads: number; parses: number }>();

  constructor() {
    // A change that leaves no unsaved edits (a reload from disk, an undo back to the saved text) replaces the
    // saved text the parse stamped DISK was made from.
    this.disposables.add(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isKnown(event.document.uri)) this.invalidate(event.document.uri, !event.document.isDirty);
      }),
    );
    // Saved text is the file's text now, and a closed editor's unsaved text is gone: the file counts again.
    const reread = (document: vscode.TextDocument): void => {
      if (this.isKnown(document.uri)) this.invalidate(document.uri, true);
    };
    this.disposables.add(vscode.workspace.onDidSaveTextDocument(reread));
    this.disposables.add(vscode.workspace.onDidCloseTextDocument(reread));
  }

  /** The bibliography of a LaTeX or Markdown document; undefined for other languages. */
  bibliographyOf(document: vscode.TextDocument, settings: Pick<CitationSettings, 'bibFile'>): Promise<DocumentBibliography> | undefined {
    const lang = citeLanguageOf(document);
    if (lang === undefined) return undefined;
    const key = document.uri.toString();
    const stamp = `${document.version}:${this.generation}:${settings.bibFile}`;
    const cached = this.documents.get(key);
    if (cached?.stamp === stamp) return cached.value;
    const value = this.resolve(document, lang, settings);
    this.documents.set(key, { stamp, value });
    return value;
  }

  /** The text of a file as the user sees it: the open document (unsaved edits included), else the file on disk. */
  readText(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    this.known.add(key);
    const open = openDocument(uri);
    if (open) return Promise.resolve(open.getText());
    let read = this.disk.get(key);
    if (read === undefined) {
      this.watch(uri);
      this.tally(uri).reads += 1;
      read = (async () => {
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          this.stamps.set(key, fileStamp(stat));
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          this.stamps.delete(key);
          return undefined;
        }
      })();
      this.disk.set(key, read);
    }
    return read;
  }

  /** The parsed .bib at `uri`, parsed again only when its open document or its file changed. */
  async loadBib(uri: vscode.Uri): Promise<LoadedBib | undefined> {
    const open = openDocument(uri);
    if (open) return this.bibOfDocument(open);
    const key = uri.toString();
    const cached = this.parsed.get(key);
    if (cached?.stamp === DISK) return cached.value;
    const text = await this.readText(uri);
    if (text === undefined) return undefined;
    // Another request may have parsed it while this one was reading.
    const again = this.parsed.get(key);
    return again?.stamp === DISK ? again.value : this.parse(uri, text, DISK);
  }

  /**
   * The parsed .bib of an open document, synchronously (insertion plans its edit without awaiting). A document
   * without unsaved changes holds the file's text, so it shares the file's parse.
   */
  bibOfDocument(document: vscode.TextDocument): LoadedBib {
    this.known.add(document.uri.toString());
    const stamp = document.isDirty ? `open:${document.version}` : DISK;
    const cached = this.parsed.get(document.uri.toString());
    return cached?.stamp === stamp ? cached.value : this.parse(document.uri, document.getText(), stamp);
  }

  dispose(): void {
    this.disposables.dispose();
  }

  private async resolve(document: vscode.TextDocument, lang: CiteLanguage, settings: Pick<CitationSettings, 'bibFile'>): Promise<DocumentBibliography> {
    const read = (uri: vscode.Uri): Promise<string | undefined> => this.readText(uri);
    const root = lang === 'latex' ? await readTexRoot(document, read) : undefined;
    const files = await resolveBibFiles(document, lang, root, settings, async (uri) => (await this.readText(uri)) !== undefined);
    const loaded = await Promise.all((files?.files ?? []).filter((file) => file.exists).map((file) => this.loadBib(file.uri)));
    return { lang, root, files, bibs: loaded.filter((bib): bib is LoadedBib => bib !== undefined) };
  }

  /** One watcher per file read from disk (inside the workspace or not), so its changes reach the cache. */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watched.has(key)) return;
    this.watched.add(key);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? ''));
    // A watcher can report a change late, or twice for one write: only a file that really changed since it
    // was read is read again (its size and time), so a 10,000-entry .bib is never parsed for nothing.
    const onChange = async (): Promise<void> => {
      const read = this.stamps.get(key);
      const now = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(fileStamp, () => undefined);
      if (read === undefined || now !== read) this.invalidate(uri, true);
    };
    const changed = (): void => void onChange();
    this.disposables.add(vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
  }

  private parse(uri: vscode.Uri, text: string, stamp: string): LoadedBib {
    this.tally(uri).parses += 1;
    const parsed = parseBibFile(text, vscode.l10n.t);
    // Read now, while parsing, so the first check after a keystroke does not pay for 10,000 titles.
    entryIdentities(parsed);
    const loaded = loadedBib(uri, text, parsed);
    this.parsed.set(uri.toString(), { stamp, value: loaded });
    return loaded;
  }

  /** How often `uri` was read from disk and parsed so far. */
  countsOf(uri: vscode.Uri): { reads: number; parses: number } {
    return { ...this.tally(uri) };
  }

  private tally(uri: vscode.Uri): { reads: number; parses: number } {
    let tally = this.tallies.get(uri.toString());
    if (tally === undefined) this.tallies.set(uri.toString(), (tally = { reads: 0, parses: 0 }));
    return tally;
  }

  private isKnown(uri: vscode.Uri): boolean {
    return this.known.has(uri.toString());
  }

  private invalidate(uri: vscode.Uri, onDisk: boolean): void {
    const key = uri.toString();
    if (onDisk) {
      this.disk.delete(key);
      if (this.parsed.get(key)?.stamp === DISK) this.parsed.delete(key);
    }
    this.generation += 1;
    this.changed.fire(uri);
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

function loadedBib(uri: vscode.Uri, text: string, parsed: ParsedBib): LoadedBib {
  let scan: BibScan | undefined;
  let byTitle: Map<string, BibEntrySummary[]> | undefined;
  let lines: LineIndex | undefined;
  const position = (offset: number): vscode.Position => {
    lines ??= lineIndex(text);
    const { line, character } = lines.position(offset);
    return new vscode.Position(line, character);
  };
  return {
    range: (start, end) => new vscode.Range(position(start), position(end)),
    uri,
    text,
    parsed,
    get scan() {
      scan ??= scanBibFile(text, vscode.l10n.t, parsed);
      return scan;
    },
    get byTitle() {
      if (byTitle === undefined) {
        byTitle = new Map();
        for (const entry of this.scan.entries) {
          if (entry.title === '') continue;
          const group = byTitle.get(entry.title);
          if (group) group.push(entry);
          else byTitle.set(entry.title, [entry]);
        }
      }
      return byTitle;
    },
  };
}

function fileStamp(stat: vscode.FileStat): string {
  return `${stat.size}:${stat.mtime}`;
}
