import { normaliseTitle } from '../citations/normaliseTitle';
import { preferredVersion } from '../citations/preferredVersion';
import type { Paper } from '../dataset/paper';
import { searchPapers } from '../search/searchPapers';
import type { CitationKeyTable } from './citationKeyTable';

const YEAR = /^(?:19|20)\d\d$/;

/**
 * The dataset paper an undefined citation key most likely means: the paper whose key it is, else one whose key
 * it could be in a common format (`subspaceRegularizers2022`, OpenReview's `yoon2023esd`): of that year, with
 * every word of the key starting a title word or being an author's surname, one of them a title word.
 * Undefined when nothing fits that well: a wrong entry is worse than none.
 */
export function paperForKey(key: string, table: Pick<CitationKeyTable, 'index' | 'paperOfKey'>): Paper | undefined {
  const exact = table.paperOfKey(key);
  if (exact !== undefined) return exact;
  const parts = key.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/).filter((part) => part !== '');
  const year = parts.find((part) => YEAR.test(part));
  const words = parts.filter((part) => /^[A-Za-z]{3,}$/.test(part)).map((part) => part.toLowerCase());
  if (year === undefined || words.length === 0) return undefined;
  const hits = searchPapers(table.index, `${words.join(' ')} year:${year}`, { limit: 20, withMatchedTerms: false }).hits.map((hit) => hit.paper);
  return preferredVersion(hits.filter((paper) => fitsKey(paper, words)));
}

function fitsKey(paper: Paper, words: readonly string[]): boolean {
  const titleWords = normaliseTitle(paper.title).split(' ');
  const surnames = new Set(paper.authors.map((name) => normaliseTitle(name).split(' ').at(-1) ?? ''));
  const inTitle = (word: string): boolean => titleWords.some((titleWord) => titleWord.startsWith(word));
  return words.some(inTitle) && words.every((word) => inTitle(word) || surnames.has(word));
}
