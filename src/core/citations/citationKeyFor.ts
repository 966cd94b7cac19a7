import type { Paper } from '../dataset/paper';
import type { KeyFormat, KeyToken } from './parseKeyFormat';
import { significantWords } from './significantWords';

/** Used for `{title1}` when a title has no usable word (only math, only stop words, empty). */
const FALLBACK_WORD = 'paper';

/**
 * The base citation key of a paper for a format, before clashes with other papers are resolved:
 * title words in lowerCamel (`subspaceRegularizers2022`), ASCII `[A-Za-z0-9_:-]` only, first character a letter.
 */
export function citationKeyFor(paper: Pick<Paper, 'title' | 'year' | 'venue'>, format: KeyFormat): string {
  const words = significantWords(paper.title);
  let key = '';
  for (const part of format) {
    // A word opens the key or follows a separator (`iclr22:deepResidual`) in lowercase, else it is capitalised.
    key += 'token' in part ? renderToken(part.token, words, paper, key === '' || /[_:-]$/.test(key)) : part.literal;
  }
  // A format like `{title2}{year}` can still start with a digit when the title is short.
  return /^[A-Za-z]/.test(key) ? key : FALLBACK_WORD + capitalise(key);
}

function renderToken(token: KeyToken, words: readonly string[], paper: Pick<Paper, 'year' | 'venue'>, lowerFirst: boolean): string {
  switch (token) {
    case 'title1':
      return camelWord(words[0] ?? FALLBACK_WORD, lowerFirst);
    case 'title2':
      return words[1] === undefined ? '' : camelWord(words[1], lowerFirst);
    case 'title3':
      return words[2] === undefined ? '' : camelWord(words[2], lowerFirst);
    case 'year':
      return paper.year === undefined ? '' : String(paper.year);
    case 'shortyear':
      return paper.year === undefined ? '' : String(paper.year % 100).padStart(2, '0');
    case 'venue': {
      const venue = paper.venue.replace(/[^A-Za-z0-9]/g, '');
      return lowerFirst ? venue.toLowerCase() : venue;
    }
  }
}

/** `Few-Shot` becomes `fewShot` where a key or one of its parts starts, `FewShot` elsewhere. */
function camelWord(word: string, lowerFirst: boolean): string {
  const parts = word.split('-').filter((part) => part !== '');
  return parts.map((part, index) => (lowerFirst && index === 0 ? part.toLowerCase() : capitalise(part.toLowerCase()))).join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
