import type * as vscode from 'vscode';
import { AbstractPanel } from './host/abstractPanel';
import { registerFindSimilarCommand } from './host/findSimilarCommand';
import { createLogger } from './host/logger';
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
}

/** Registers everything and returns; no dataset or index work happens until a command needs it. */
export function activate(context: vscode.ExtensionContext): PaperLookupApi {
  const logger = createLogger(context);
  const settings = new SettingsWatcher();
  const library = new PaperLibrary(context.extensionUri, logger);
  const loadIndex = () => library.index();
  const abstractPanel = new AbstractPanel(context.extensionUri, loadIndex, logger);
  const tree = new PaperTreeProvider(library, context.globalState, logger);

  context.subscriptions.push(
    settings,
    library,
    abstractPanel,
    AbstractPanel.register(abstractPanel),
    tree,
    PaperTreeProvider.register(tree, (paperId, query) => abstractPanel.showFromQuery(paperId, query)),
    registerFindSimilarCommand(library, abstractPanel),
    registerSearchCommand(library, settings, async (picked) => {
      await abstractPanel.showFromQuery(picked.paper.id, picked.query);
    }),
  );

  return {
    searchItems: async (query) => pickItemsFor(await library.index(), query, settings.settings.search.maxResults).items,
    abstractPanel,
    tree,
  };
}

export function deactivate(): void {}
