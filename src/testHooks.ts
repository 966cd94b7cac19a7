import type { AbstractPanel } from './host/abstractPanel';
import type { BibliographyService } from './host/citations/bibliographyService';
import type { CitationCatalog } from './host/citations/citationCatalog';
import type { CitationDiagnostics } from './host/citations/citationDiagnostics';
import type { DatasetService } from './host/import/datasetService';
import type { PaperLibrary } from './host/paperLibrary';
import type { PaperPickItem } from './host/searchQuickPick';
import type { PaperTreeProvider } from './host/tree/paperTreeProvider';

/**
 * What the integration tests reach inside the extension: `activate` returns it only when VS Code runs the
 * extension's tests (ExtensionMode.Test). Users and other extensions get no API, so none of this is a promise to them.
 */
export interface PaperLookupTestHooks {
  /** The rows the search command shows for a query, in order. */
  searchItems(query: string): Promise<readonly PaperPickItem[]>;
  /** The line the search command shows above those rows (in its title): the engine's hint, or that nothing matches. */
  searchMessage(query: string): Promise<string | undefined>;
  /** The paper on screen, and opening one as the search does. */
  readonly abstractPanel: Pick<AbstractPanel, 'current' | 'showFromQuery'>;
  /** The sidebar tree: its items, its model and its view. */
  readonly tree: Pick<PaperTreeProvider, 'getChildren' | 'getTreeItem' | 'resolveTreeItem' | 'model' | 'treeView'>;
  /** The active papers: tests reload through it and read which dataset is in use. */
  readonly library: Pick<PaperLibrary, 'index' | 'reload' | 'activeDataset'>;
  /** Imports and the index cache: its counters and folders. */
  readonly datasets: Pick<DatasetService, 'open' | 'cache' | 'builds' | 'cacheHits'>;
  /** Citation keys of the active papers: tests check inserted keys against it. */
  readonly citations: Pick<CitationCatalog, 'table'>;
  /** Parsed bibliographies: tests count reads and parses through it. */
  readonly bibliography: Pick<BibliographyService, 'bibliographyOf' | 'countsOf'>;
  /** The citation diagnostics: tests check a document at once instead of waiting for the typing delay. */
  readonly diagnostics: Pick<CitationDiagnostics, 'refresh'>;
}
