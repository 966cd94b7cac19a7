import type { Paper } from '../dataset/paper';
import { foldToAscii } from './foldToAscii';
import { lastName } from './lastName';
import { AUTHOR_TOKENS, AUTHORLESS_KEY_FORMAT } from './parseKeyFormat';
import type { KeyFormat, KeyToken } from './parseKeyFormat';
import { significantWords } from './significantWords';

/** Used for `{title1}` when a title has no usable word (only math, only stop words, empty). */
const FALLBACK_WORD = 'paper';
const TITLE_WORD_TOKENS: ReadonlySet<KeyToken> = new Set(['title1', 'title2', 'title3']);
/** `{authors2}` names two authors; no token names more. */
const NAMED_AUTHORS = 2;

type KeyedPaper = Pick<Paper, 'title' | 'year' | 'venue' | 'authors'>;

/**
 * The base citation key of a paper for a format, before clashes with other papers are resolved:
 * `yoon2023esd`, `subspaceRegularizers2022`; ASCII `[A-Za-z0-9_:-]` only, first character a letter, never a
 * `-` or `:` at the end or twice in a row (Pandoc would end the key there). A format that names authors
 * gives a paper without them (or whose first author's name has no Latin letter) the key of
 * `{title1}{title2}{year}`.
 */
export function citationKeyFor(paper: KeyedPaper, format: KeyFormat): string {
  // Only what the format uses is worked out: the key table of 16,556 papers is built on the first completion.
  const namesAuthors = format.some((part) => 'token' in part && AUTHOR_TOKENS.has(part.token));
  const authors = namesAuthors ? firstFamilyNames(paper.authors) : [];
  const parts = namesAuthors && !authors[0] ? AUTHORLESS_KEY_FORMAT : format;
  const words = parts.some((part) => 'token' in part && TITLE_WORD_TOKENS.has(part.token)) ? significantWords(paper.title) : [];
  let key = '';
  for (const part of parts) {
    // A word opens the key or follows a separator or a digit (`iclr22:deepResidual`, `yoon2023esd`) in lowercase, else it is capitalised.
    key += 'token' in part ? renderToken(part.token, { paper, words, authors }, key === '' || /[_:0-9-]$/.test(key)) : part.literal;
  }
  key = key.replace(/([:-])[:-]+/g, '$1').replace(/[:-]+$/, '').replace(/^[_:-]+/, '');
  // A format like `{title2}{year}` can still start with a digit when the title is short.
  return /^[A-Za-z]/.test(key) ? key : FALLBACK_WORD + capitalise(key);
}

interface KeySources {
  readonly paper: KeyedPaper;
  /** Significant title words (see significantWords). */
  readonly words: readonly string[];
  /** Each author's family name in ASCII letters (empty when it has none), in the dataset's order. */
  readonly authors: readonly string[];
}

function renderToken(token: KeyToken, { paper, words, authors }: KeySources, lowerFirst: boolean): string {
  switch (token) {
    case 'auth':
      return (authors[0] ?? '').toLowerCase();
    case 'Auth':
      return capitalise(authors[0] ?? '');
    case 'authors2':
      return authors
        .slice(0, 2)
        .map((name, index) => camelWord(name, lowerFirst && index === 0))
        .join('');
    case 'firstword':
      return camelWord(firstWord(paper.title), lowerFirst);
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

/**
 * The title's first word reduced to its letters, as OpenReview's keys have it (`ESD:` → `ESD`,
 * `Self-Supervised` → `SelfSupervised`, `On` → `On`), with accents folded (`Über` → `Uber`).
 */
function firstWord(title: string): string {
  return asciiLetters(title.trim().split(/\s+/)[0] ?? '');
}

function asciiLetters(text: string): string {
  return foldToAscii(text).replace(/[^A-Za-z]/g, '');
}

/** `Few-Shot` becomes `fewShot` where a key or one of its parts starts, `FewShot` elsewhere. */
function camelWord(word: string, lowerFirst: boolean): string {
  const parts = word.split('-').filter((part) => part !== '');
  return parts.map((part, index) => (lowerFirst && index === 0 ? part.toLowerCase() : capitalise(part.toLowerCase()))).join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The family names, in ASCII letters, of the first NAMED_AUTHORS non-empty names (empty when a name has none). */
function firstFamilyNames(names: readonly string[]): string[] {
  const families: string[] = [];
  for (const name of names) {
    if (families.length === NAMED_AUTHORS) break;
    if (name.trim() !== '') families.push(asciiLetters(lastName(name)));
  }
  return families;
}
