import * as vscode from 'vscode';
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
import { pickItemsFor } from './host/searchQuickPick';
import type { PaperLookupTestHooks } from './testHooks';

/**
 * Registers everything and returns; no dataset or index work happens until a command needs it. Returns the
 * test hooks in an extension test host, else nothing: the extension offers no API.
 */
export function activate(context: vscode.ExtensionContext): PaperLookupTestHooks | undefined {
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
    datasets,
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

  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    searchItems: async (query) => pickItemsFor(await library.index(), query, settings.settings.search.maxResults).items,
    searchMessage: async (query) => pickItemsFor(await library.index(), query, settings.settings.search.maxResults).message,
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
