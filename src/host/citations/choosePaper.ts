import type { Paper } from '../../core/dataset/paper';
import { paperFromArgument } from '../paperArgument';
import type { PaperLibrary } from '../paperLibrary';
import { showSearchQuickPick } from '../searchQuickPick';

/**
 * The paper a citation command is about: the one passed (id, tree node, pick item), or, when called
 * from the palette with nothing, the one the user picks in the search. Undefined: dismissed or unknown.
 */
export async function choosePaper(library: PaperLibrary, maxResults: number, argument: unknown): Promise<Paper | undefined> {
  if (argument !== undefined && argument !== null) return paperFromArgument(await library.index(), argument);
  return (await showSearchQuickPick(() => library.index(), maxResults))?.paper;
}
