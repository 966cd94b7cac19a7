import type { Paper } from '../../core/dataset/paper';
import { knownPaper, type PaperArgument } from '../paperArgument';
import type { PaperLibrary } from '../paperLibrary';
import { showSearchQuickPick } from '../searchQuickPick';

/**
 * The paper a citation command is about: the one passed (id, tree node, pick item), or, when called
 * from the palette with nothing, the one the user picks in the search. Undefined: dismissed, unknown or unusable.
 */
export async function choosePaper(library: PaperLibrary, maxResults: number, given: PaperArgument): Promise<Paper | undefined> {
  if (given.kind === 'id') return knownPaper(await library.index(), given.id);
  if (given.kind === 'invalid') return undefined;
  return (await showSearchQuickPick(() => library.index(), maxResults))?.paper;
}
