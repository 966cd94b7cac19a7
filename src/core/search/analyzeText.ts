import lunr from 'lunr';
import { foldText } from './foldText';
import { dropTextStyles, readLatexMath } from './readLatexMath';
import { stopWordIndex } from './stopWords';

/** One word of a text as the index sees it: the folded surface form and the stemmed index term. */
export interface AnalyzedWord {
  readonly word: string;
  readonly term: string;
}

/**
 * A word of a text in reading order. `span` is 1 for a piece (letters and digits between punctuation); a
 * joined form (`fewshot` for `few-shot`, `d2etr` for `D$^2$ETR`) comes just before its pieces and spans them.
 */
export interface TextToken {
  readonly word: string;
  readonly span: number;
}

/** Letters and digits; a one- or two-letter name followed by a star (`A*`, `Q*`, `$A^*$`) keeps it. */
const PIECE = /[\p{L}\p{N}]+(?:\^?\*+)?/gu;
/** Hyphens, dashes and the minus sign separate words, as lunr's tokenizer splits at `-`. */
const DASH = /[-\u2010-\u2015\u2212]+/;
/** Longer joins are sentences written with hyphens (`state-of-the-art-...`), not words anyone types joined. */
const MAX_JOINED_PIECES = 8;
const MAX_JOINED_LENGTH = 40;
/** Words longer than this are not words; they are cut so that a pasted blob costs bounded work. */
export const MAX_WORD_LENGTH = 64;

const stemCache = new Map<string, string>();

/**
 * The words of a text, in order: LaTeX styling commands dropped and math read as plain text (unless `readMath` is false), folded to lower-case ASCII where it has an
 * ASCII reading (accents, full-width forms), cut at whitespace, dashes and punctuation. With `joined`, a word
 * written with hyphens or inner punctuation is also given whole (`few-shot` -> `fewshot`, few, shot).
 * Unlike lunr's trimmer, letters of every script count as letters, so `café`, `граф` and `東京` stay whole.
 */
export function textTokens(text: string, joined: boolean, readMath = true): TextToken[] {
  const tokens: TextToken[] = [];
  const plain = dropTextStyles(text);
  const folded = foldText(readMath ? readLatexMath(plain) : plain)
    // `Bengio's` is Bengio; `don't` is one word; `WMT'14` is WMT 2014, read as `WMT-14` is.
    .replace(/(?<=[\p{L}\p{N}])['’ʼ]s(?![\p{L}\p{N}])/gu, '')
    .replace(/(?<=\p{L})['’ʼ](?=\p{N})/gu, '-')
    .replace(/(?<=[\p{L}\p{N}])['’ʼ](?=[\p{L}\p{N}])/gu, '');
  for (const chunk of folded.split(/\s+/)) {
    if (chunk === '') continue;
    const words = chunk.split(DASH).map(pieces).filter((found) => found.length > 0);
    if (joined) {
      const all = words.flat();
      if (words.length > 1) pushJoined(tokens, all);
      for (const found of words) {
        if (words.length === 1 || found.length > 1) pushJoined(tokens, found);
        for (const piece of found) tokens.push({ word: piece, span: 1 });
      }
    } else {
      for (const piece of words.flat()) tokens.push({ word: piece, span: 1 });
    }
  }
  return tokens;
}

/**
 * The words a field's text is indexed under: its tokens and, where LaTeX commands were read (`$\\ell_1$` as
 * `l1`), also the words of the text as written (`ell1`), which some people type.
 */
export function indexedWords(text: string, tokens: readonly TextToken[], joined: boolean): string[] {
  const words = tokens.map((token) => token.word);
  if (!joined || !text.includes('\\')) return words;
  const read = new Set(words);
  return [...words, ...textTokens(text, joined, false).map((token) => token.word).filter((word) => !read.has(word))];
}

/** The pieces of a query's text, in order: what a user types as separate words. */
export function textPieces(text: string): string[] {
  return textTokens(text, false).map((token) => token.word);
}

/** Every indexed word of a text with its term (stop words left out), joined forms included. */
export function analyzeText(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  for (const { word: piece } of textTokens(text, true)) {
    const word = analyzeWord(piece);
    if (word) words.push(word);
  }
  return words;
}

/** The index term of one word from textTokens; undefined for a stop word unless they are kept (author names). */
export function analyzeWord(word: string, keepStopWords = false): AnalyzedWord | undefined {
  if (word === '' || (!keepStopWords && stopWordIndex(word) >= 0)) return undefined;
  return { word, term: stemWord(word) };
}

function pieces(word: string): string[] {
  const found: string[] = [];
  for (const [match] of word.matchAll(PIECE)) {
    const star = match.indexOf('*');
    // A star after a longer word is lunr's wildcard or a footnote mark, not part of a name like A*.
    let piece = star < 0 ? match : star <= 2 ? `${match.slice(0, star).replace(/\^$/, '')}*` : match.slice(0, star).replace(/\^$/, '');
    if (piece.length > MAX_WORD_LENGTH) piece = piece.slice(0, MAX_WORD_LENGTH);
    if (piece !== '' && piece !== '*') found.push(piece);
  }
  return found;
}

function pushJoined(tokens: TextToken[], found: readonly string[]): void {
  if (found.length < 2 || found.length > MAX_JOINED_PIECES) return;
  const word = found.join('');
  if (word.length <= MAX_JOINED_LENGTH) tokens.push({ word, span: found.length });
}

function stemWord(word: string): string {
  let term = stemCache.get(word);
  if (term === undefined) {
    term = lunr.stemmer(new lunr.Token(word, {})).toString();
    // Bounded so that a long-lived extension host does not grow the cache without limit.
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, term);
  }
  return term;
}
