import type * as vscode from 'vscode';
import { AbstractPanel } from './host/abstractPanel';
import { BibliographyService } from './host/citations/bibliographyService';
import { CitationCatalog } from './host/citations/citationCatalog';
import { CitationDiagnostics } from './host/citations/citationDiagnostics';
import { registerCitations } from './host/citations/registerCitations';
import { WorkspaceCitations } from './host/citations/workspaceCitations';
import { registerFindSimilarCommand } from './host/findSimilarCommand';
import { reloadOnDatasetsChange } from './host/import/configuredDatasets';
import { DatasetService } from './host/import/datasetService';
import { registerImportDatasetCommand } from './host/import/importDatasetCommand';
import { registerUseBundledDatasetCommand } from './host/import/useBundledDatasetCommand';
import { createLogger } from './host/logger';
import { registerOpenReviewCommands } from './host/openReviewCommands';
import { PaperLibrary } from './host/paperLibrary';
import { registerSearchCommand } from './host/searchCommand';
import { SettingsWatcher } from './host/settings';
import { PaperTreeProvider } from './host/tree/paperTreeProvider';
import { pickItemsFor, type PaperPickItem } from './host/searchQuickPick';

/** What `activate` hands to tests and to other extensions. */
export interface PaperLookupApi {
  /** The rows the search command shows for a query, in order. */
  searchItems(query: string): Promise<readonly PaperPickItem[]>;
  readonly abstractPanel: AbstractPanel;
  /** The sidebar tree: its model, nodes and view. */
  readonly tree: PaperTreeProvider;
  /** The active papers: tests switch datasets and reload through it. */
  readonly library: PaperLibrary;
  /** Imports and the index cache: tests read its cache counters and folder. */
  readonly datasets: DatasetService;
  /** Citation keys of the active papers: tests check inserted keys against it. */
  readonly citations: CitationCatalog;
  /** Parsed bibliographies: tests count reads and parses through it. */
  readonly bibliography: BibliographyService;
  /** The citation diagnostics: tests check a document at once instead of waiting for the typing delay. */
  readonly diagnostics: CitationDiagnostics;
}

/** Registers everything and returns; no dataset or index work happens until a command needs it. */
export function activate(context: vscode.ExtensionContext): PaperLookupApi {
  const logger = createLogger(context);
  const settings = new SettingsWatcher();
  const datasets = DatasetService.create(context, logger);
  const library = new PaperLibrary(context.extensionUri, logger, { datasets, memento: context.globalState, configuredDatasets: () => settings.datasets() });
  const loadIndex = () => library.index();
  const abstractPanel = new AbstractPanel(context.extensionUri, loadIndex, logger, context.workspaceState);
  const tree = new PaperTreeProvider(library, context.globalState, logger);
  const citations = new CitationCatalog(library);
  const bibliography = new BibliographyService();
  const workspaceCitations = new WorkspaceCitations();
  const diagnostics = new CitationDiagnostics(citations, bibliography, workspaceCitations, settings, logger);

  context.subscriptions.push(
    settings,
    library,
    abstractPanel,
    AbstractPanel.register(abstractPanel),
    tree,
    PaperTreeProvider.register(tree, (paperId, query) => abstractPanel.showFromQuery(paperId, query)),
    registerFindSimilarCommand(library, abstractPanel, settings),
    registerOpenReviewCommands(library, abstractPanel),
    registerImportDatasetCommand(library, datasets, logger),
    registerUseBundledDatasetCommand(library, () => settings.datasets().length, logger),
    reloadOnDatasetsChange(library, settings),
    bibliography,
    workspaceCitations,
    diagnostics,
    registerCitations({ catalog: citations, bibliography, workspace: workspaceCitations, diagnostics }, library, settings, context.workspaceState, logger),
    registerSearchCommand(library, settings, async (picked) => {
      await abstractPanel.showFromQuery(picked.paper.id, picked.query);
    }),
  );

  return {
    searchItems: async (query) => pickItemsFor(await library.index(), query, settings.settings.search.maxResults).items,
    abstractPanel,
    tree,
    library,
    datasets,
    citations,
    bibliography,
    diagnostics,
  };
}

export function deactivate(): void {}
