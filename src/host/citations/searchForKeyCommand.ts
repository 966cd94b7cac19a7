import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../../constants';
import type { PaperLibrary } from '../paperLibrary';
import { rejectArgument } from '../rejectArgument';
import { showSearchQuickPick } from '../searchQuickPick';
import type { SettingsWatcher } from '../settings';
import type { AppendBibEntryArguments } from './appendBibEntryCommand';

/** An undefined citation key where it stands in a document. */
export interface SearchForKeyArguments {
  readonly uri: string;
  readonly offset: number;
  readonly key: string;
}

function isSearchForKeyArguments(value: unknown): value is SearchForKeyArguments {
  const args = value as Partial<SearchForKeyArguments> | null;
  return typeof args === 'object' && args !== null && typeof args.uri === 'string' && typeof args.offset === 'number' && typeof args.key === 'string';
}

/**
 * The quick fix "Search Papers for KEY…": the search, opened on the key's words (`smith2020graph` → `smith 2020
 * graph`); the paper picked gets its entry under that key, so the citation resolves as written.
 */
export function registerSearchForKeyCommand(library: PaperLibrary, settings: SettingsWatcher): vscode.Disposable {
  return vscode.commands.registerCommand(INTERNAL_COMMANDS.searchForKey, async (args: unknown) => {
    if (!isSearchForKeyArguments(args)) {
      rejectArgument(INTERNAL_COMMANDS.searchForKey, vscode.l10n.t('the document URI, offset and key of a citation'), args);
      return false;
    }
    const words = args.key.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/).filter((word) => word !== '').join(' ');
    const picked = await showSearchQuickPick(() => library.index(), settings.settings.search.maxResults, words);
    if (!picked) return false;
    const append: AppendBibEntryArguments = { paperId: picked.paper.id, uri: args.uri, offset: args.offset, key: args.key };
    return vscode.commands.executeCommand<boolean>(INTERNAL_COMMANDS.appendBibEntry, append);
  });
}
