import * as vscode from 'vscode';
import { DisposableStore } from '../../core/disposableStore';
import { checkBibliography } from '../../core/bibliography/checkBibliography';
import type { Finding } from '../../core/bibliography/checkBibliography';
import { findCitations } from '../../core/bibliography/findCitations';
import type { Logger } from '../../core/log';
import type { SettingsWatcher } from '../settings';
import type { BibliographyService } from './bibliographyService';
import type { CitationCatalog } from './citationCatalog';
import { citeLanguageOf } from './citeLanguageOf';
import { fileLabel } from './fileLabel';
import type { WorkspaceCitations } from './workspaceCitations';
import { errorText } from '../../core/errorText';

/** Typing pauses this long before a document is checked again. */
const DELAY_MS = 300;

/** A finding with its range, for the quick fixes of the diagnostic shown for it. */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  /** `same-work`: the entry that is kept. */
  readonly kept?: vscode.Location;
}

const SEVERITIES: Readonly<Record<Finding['severity'], vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * The Problems panel for citations: every open LaTeX and Markdown document is checked (checkBibliography) a
 * moment after it changes, and again when one of its .bib files changes; the .bib's own findings show on the
 * .bib. Diagnostics never edit anything; their quick fixes do, each as one undoable edit.
 */
export class CitationDiagnostics implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  private readonly collection = this.disposables.add(vscode.languages.createDiagnosticCollection('paperLookup'));
  private readonly byDocument = new Map<string, readonly PlacedFinding[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly catalog: CitationCatalog,
    private readonly bibliography: BibliographyService,
    private readonly workspace: WorkspaceCitations,
    private readonly settings: SettingsWatcher,
    private readonly logger: Logger,
  ) {
    this.disposables.add(vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document)));
    this.disposables.add(vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)));
    this.disposables.add(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
    this.disposables.add(bibliography.onDidChange(() => this.scheduleAll()));
    this.disposables.add(settings.onDidChange(() => this.scheduleAll()));
    this.scheduleAll();
  }

  /** Checks a document now (tests, and the first check of a document); resolves once its diagnostics are set. */
  refresh(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const previous = this.running.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.check(document)).catch((error: unknown) => this.logger.warn(`Citation check of ${key} failed: ${errorText(error)}`));
    this.running.set(key, run);
    return run;
  }

  /** The findings whose diagnostics touch `range` of the file at `uri` (a document or one of its .bib files). */
  findingsAt(uri: vscode.Uri, range: vscode.Range): PlacedFinding[] {
    const key = uri.toString();
    const seen = new Set<string>();
    return [...this.byDocument.values()]
      .flat()
      .filter((placed) => placed.uri.toString() === key && placed.range.intersection(range) !== undefined)
      .filter((placed) => {
        const id = `${placed.finding.code}:${placed.finding.start}`;
        return !seen.has(id) && seen.add(id) !== undefined;
      });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.disposables.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    if (citeLanguageOf(document) === undefined || document.uri.scheme === 'output') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.refresh(document), DELAY_MS),
    );
  }

  private scheduleAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const lang = citeLanguageOf(document);
    if (lang === undefined || document.isClosed || !this.settings.settings.diagnostics.enabled) {
      this.forget(document.uri);
      return;
    }
    const settings = this.settings.forDocument(document).citation;
    const bibliography = await this.bibliography.bibliographyOf(document, settings);
    if (bibliography === undefined) return;
    const table = await this.catalog.table(settings).catch(() => undefined);
    const citedKeys = this.settings.settings.diagnostics.uncitedEntries ? await this.workspace.citedKeys() : undefined;
    if (document.isClosed) return;
    const findings = checkBibliography(
      {
        document: { file: key, citations: findCitations(document.getText(), lang) },
        bibs: bibliography.bibs.map((bib) => ({ file: bib.uri.toString(), bib: bib.parsed, label: fileLabel(bib.uri) })),
        ...(table === undefined ? {} : { table }),
        ...(citedKeys === undefined ? {} : { citedKeys }),
      },
      vscode.l10n.t,
    );
    const bibs = new Map(bibliography.bibs.map((bib) => [bib.uri.toString(), bib]));
    this.byDocument.set(
      key,
      findings.map((finding) => {
        const bib = bibs.get(finding.file);
        const range = bib ? bib.range(finding.start, finding.end) : new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
        const keptBib = finding.keep === undefined ? undefined : bibs.get(finding.keep.file);
        const kept = keptBib && finding.keep ? new vscode.Location(keptBib.uri, keptBib.range(finding.keep.start, finding.keep.end)) : undefined;
        return { finding, uri: bib?.uri ?? document.uri, range, ...(kept === undefined ? {} : { kept }) };
      }),
    );
    this.publish();
  }

  private forget(uri: vscode.Uri): void {
    if (this.byDocument.delete(uri.toString())) this.publish();
  }

  /** Sets every file's diagnostics from all documents' findings; a .bib used by two documents shows each finding once. */
  private publish(): void {
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: Map<string, vscode.Diagnostic> }>();
    for (const placed of [...this.byDocument.values()].flat()) {
      const file = placed.uri.toString();
      let entry = byFile.get(file);
      if (entry === undefined) byFile.set(file, (entry = { uri: placed.uri, diagnostics: new Map() }));
      const id = `${placed.finding.code}:${placed.finding.start}:${placed.finding.message}`;
      if (!entry.diagnostics.has(id)) entry.diagnostics.set(id, diagnosticOf(placed));
    }
    this.collection.clear();
    for (const { uri, diagnostics } of byFile.values()) this.collection.set(uri, [...diagnostics.values()]);
  }
}

function diagnosticOf(placed: PlacedFinding): vscode.Diagnostic {
  const { finding } = placed;
  const diagnostic = new vscode.Diagnostic(placed.range, finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = 'Paper Lookup';
  diagnostic.code = finding.code;
  if (finding.code === 'uncited-entry') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  if (placed.kept !== undefined && finding.keep !== undefined) {
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(placed.kept, vscode.l10n.t('{0} is defined here.', finding.keep.key))];
  }
  return diagnostic;
}
