import { english } from '../translate';
import type { Translate } from '../translate';
import type { DecisionTier } from '../venues';
import { textPieces } from './analyzeText';
import type { IndexField } from './postingIndex';

export type SearchField = IndexField;

/** optional: ranks higher when present; required: must be present; excluded: must be absent. */
export type WordPresence = 'optional' | 'required' | 'excluded';

export interface QueryWord {
  /** The word as the index reads text (folded, see textTokens), not yet stemmed. */
  readonly text: string;
  readonly presence: WordPresence;
  /** Fields the word must occur in; empty means any field. */
  readonly fields: readonly SearchField[];
  /** The word the user is still typing: it also matches as a prefix. */
  readonly prefix: boolean;
}

/** Inclusive year range; open ends are ±Infinity. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[];
  /** A paper passes when its year is in any range; no ranges means any year. */
  readonly years: readonly YearRange[];
  /** A paper passes when its tier is listed; empty means any tier. */
  readonly tiers: readonly DecisionTier[];
  /** Lower-cased venue names; empty means any venue. */
  readonly venues: readonly string[];
  /** `-year:`: a paper whose year is in any of these ranges is left out. */
  readonly excludedYears: readonly YearRange[];
  /** `-decision:`: papers of these tiers are left out. */
  readonly excludedTiers: readonly DecisionTier[];
  /** `-venue:`: papers of these venues (lower case) are left out. */
  readonly excludedVenues: readonly string[];
  /** Short explanations of input that was ignored or reinterpreted, for the user. */
  readonly hints: readonly string[];
}

/** More words than anyone types; the cap keeps pasted essays from building huge queries. */
export const MAX_QUERY_WORDS = 32;
/** Enough for 32 words and filters; a pasted megabyte is cut here, so every query costs bounded work. */
export const MAX_QUERY_LENGTH = 1000;
/** Filter values (venues, years, decisions) read per query; more are ignored with a hint. */
export const MAX_FILTER_VALUES = 16;

const FILTER_NAMES = 'year:, decision:, venue:, title:, abstract:, author:, keyword:';
/** Filter names and the field a field filter searches; a Map, so that typed names never reach a prototype. */
const FIELD_FILTERS: ReadonlyMap<string, SearchField> = new Map([
  ['title', 'title'],
  ['abstract', 'abstract'],
  ['author', 'authors'],
  ['authors', 'authors'],
  ['keyword', 'keywords'],
  ['keywords', 'keywords'],
]);
const KNOWN_FILTERS: ReadonlySet<string> = new Set(['year', 'decision', 'tier', 'venue', ...FIELD_FILTERS.keys()]);

const TIER_ALIASES: ReadonlyMap<string, readonly DecisionTier[]> = new Map([
  ['oral', ['oral']],
  ['orals', ['oral']],
  ['talk', ['oral']],
  ['spotlight', ['spotlight']],
  ['spotlights', ['spotlight']],
  ['poster', ['poster']],
  ['posters', ['poster']],
  ['accept', ['oral', 'spotlight', 'poster']],
  ['accepted', ['oral', 'spotlight', 'poster']],
  ['workshop', ['workshop']],
  ['reject', ['reject']],
  ['rejected', ['reject']],
  ['withdrawn', ['withdrawn']],
  ['withdraw', ['withdrawn']],
  ['desk-rejected', ['desk-rejected']],
  ['desk-reject', ['desk-rejected']],
  ['deskrejected', ['desk-rejected']],
  ['desk', ['desk-rejected']],
  ['other', ['other']],
]);

interface Token {
  readonly modifier: '+' | '-' | undefined;
  /** `title` in `title:word`; undefined for plain words and bare phrases. */
  readonly name: string | undefined;
  readonly value: string;
  readonly quoted: boolean;
  /** True when the token runs to the end of the input with no closing quote or space after it. */
  readonly open: boolean;
}

/**
 * Parses what the user typed into words and filters. Tolerant by design: any string gives a query,
 * and whatever cannot be used becomes a hint, in the language `t` gives, instead of an error.
 */
export function parseQuery(typed: string, t: Translate = english): ParsedQuery {
  const words: QueryWord[] = [];
  const years: YearRange[] = [];
  const excludedYears: YearRange[] = [];
  const tiers = new Set<DecisionTier>();
  const excludedTiers = new Set<DecisionTier>();
  const venues = new Set<string>();
  const excludedVenues = new Set<string>();
  const hints = new Set<string>();
  const seen = new Set<string>();
  let positiveWords = 0;
  let excludedWords = 0;
  let truncated = false;
  let filterValues = 0;
  let onlySymbols = false;
  const input = typed.length > MAX_QUERY_LENGTH ? typed.slice(0, MAX_QUERY_LENGTH) : typed;
  if (input !== typed) hints.add(t('Only the first {0} characters are searched', MAX_QUERY_LENGTH));

  const addWords = (text: string, presence: WordPresence, fields: readonly SearchField[], prefixLast: boolean): void => {
    const parts = textPieces(text);
    if (parts.length === 0 && text.trim() !== '') onlySymbols = true;
    parts.forEach((part, index) => {
      const key = `${presence}|${fields.join(',')}|${part}`;
      if (seen.has(key)) return;
      if ((presence === 'excluded' ? excludedWords : positiveWords) >= MAX_QUERY_WORDS) {
        truncated = true;
        return;
      }
      if (presence === 'excluded') excludedWords++;
      else positiveWords++;
      seen.add(key);
      const prefix = prefixLast && presence !== 'excluded' && index === parts.length - 1;
      words.push({ text: part, presence, fields, prefix });
    });
  };
  /** Whether another filter value may be read; past the cap, values are ignored with one hint. */
  const takeValue = (): boolean => {
    if (filterValues < MAX_FILTER_VALUES) {
      filterValues++;
      return true;
    }
    hints.add(t('Only the first {0} filter values are used', MAX_FILTER_VALUES));
    return false;
  };

  const tokens = scan(input);
  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    const excluded = token.modifier === '-';
    const presence: WordPresence = excluded ? 'excluded' : token.modifier === '+' || token.quoted ? 'required' : 'optional';
    const name = token.name?.toLowerCase();
    if (name === undefined) {
      addWords(token.value, presence, [], token.open);
      return;
    }
    if (token.value.trim() === '') {
      // `BERT: pre-training` is a pasted title, not a filter.
      if (!KNOWN_FILTERS.has(name)) addWords(token.name ?? '', presence, [], false);
      // `year:` at the end is a filter being typed; elsewhere it is a mistake worth a word.
      else if (!(isLast && token.open)) hints.add(t('{0}: needs a value, e.g. {1}', name, exampleFor(name)));
      return;
    }
    const field = FIELD_FILTERS.get(name);
    if (field !== undefined) {
      // A field-scoped word is an explicit request, so it must match unless excluded.
      addWords(token.value, excluded ? 'excluded' : 'required', [field], token.open);
      return;
    }
    switch (name) {
      case 'year': {
        if (!takeValue()) return;
        const ranges = parseYears(token.value);
        if (ranges) (excluded ? excludedYears : years).push(...ranges);
        else hints.add(t('Ignored year:{0} — use year:2021, year:2019..2021 or year:>=2020', shorten(token.value)));
        return;
      }
      case 'decision':
      case 'tier': {
        for (const value of token.value.toLowerCase().split(',')) {
          if (value === '' || !takeValue()) continue;
          const found = TIER_ALIASES.get(value);
          if (found) found.forEach((tier) => (excluded ? excludedTiers : tiers).add(tier));
          else hints.add(t('Ignored decision:{0} — try oral, spotlight, poster, accepted, workshop, rejected, withdrawn, desk-rejected', shorten(value)));
        }
        return;
      }
      case 'venue':
        for (const venue of token.value.toLowerCase().split(',')) if (venue !== '' && takeValue()) (excluded ? excludedVenues : venues).add(venue);
        return;
      default:
        hints.add(t('Unknown filter {0}: — try {1}', shorten(token.name ?? name), FILTER_NAMES));
        addWords(`${token.name} ${token.value.replace(/:/g, ' ')}`, presence, [], token.open);
    }
  });
  if (truncated) hints.add(t('Only the first {0} words are searched', MAX_QUERY_WORDS));
  const filtered = years.length + tiers.size + venues.size + excludedYears.length + excludedTiers.size + excludedVenues.size > 0;
  if (onlySymbols && words.length === 0 && !filtered) hints.add(t('Nothing to search for: type a word'));
  return {
    words,
    years,
    tiers: [...tiers],
    venues: [...venues],
    excludedYears,
    excludedTiers: [...excludedTiers],
    excludedVenues: [...excludedVenues],
    hints: [...hints],
  };
}

/** A typed value as a hint quotes it: long enough to recognise, short enough to read. */
export function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function scan(input: string): Token[] {
  const tokens: Token[] = [];
  const length = input.length;
  let i = 0;
  while (i < length) {
    while (i < length && /\s/.test(input[i]!)) i++;
    if (i >= length) break;
    let modifier: '+' | '-' | undefined;
    while (i < length && (input[i] === '+' || input[i] === '-')) {
      modifier ??= input[i] as '+' | '-';
      i++;
    }
    if (input[i] === '"') {
      const phrase = readPhrase(input, i);
      i = phrase.end;
      tokens.push({ modifier, name: undefined, value: phrase.text, quoted: true, open: !phrase.closed });
      continue;
    }
    const start = i;
    while (i < length && input[i] !== '"' && !/\s/.test(input[i]!)) i++;
    const raw = input.slice(start, i);
    const filter = /^([A-Za-z][A-Za-z_-]*):(.*)$/s.exec(raw);
    if (filter) {
      const [, name, value] = filter as unknown as [string, string, string];
      if (value === '' && input[i] === '"') {
        const phrase = readPhrase(input, i);
        i = phrase.end;
        tokens.push({ modifier, name, value: phrase.text, quoted: true, open: !phrase.closed });
      } else {
        tokens.push({ modifier, name, value, quoted: false, open: i >= length });
      }
    } else if (raw !== '') {
      tokens.push({ modifier, name: undefined, value: raw, quoted: false, open: i >= length });
    }
  }
  return tokens;
}

function readPhrase(input: string, quoteAt: number): { text: string; end: number; closed: boolean } {
  const close = input.indexOf('"', quoteAt + 1);
  if (close < 0) return { text: input.slice(quoteAt + 1), end: input.length, closed: false };
  return { text: input.slice(quoteAt + 1, close), end: close + 1, closed: true };
}

function parseYears(value: string): YearRange[] | undefined {
  const ranges: YearRange[] = [];
  for (const part of value.split(',')) {
    const range = parseYearRange(part.trim());
    if (!range) return undefined;
    ranges.push(range);
  }
  return ranges;
}

function parseYearRange(text: string): YearRange | undefined {
  const year = (digits: string): number | undefined => (/^\d{4}$/.test(digits) ? Number(digits) : undefined);
  const comparison = /^(>=|<=|>|<)(\d+)$/.exec(text);
  if (comparison) {
    const bound = year(comparison[2]!);
    if (bound === undefined) return undefined;
    switch (comparison[1] as '>=' | '<=' | '>' | '<') {
      case '>=':
        return { from: bound, to: Infinity };
      case '>':
        return { from: bound + 1, to: Infinity };
      case '<=':
        return { from: -Infinity, to: bound };
      case '<':
        return { from: -Infinity, to: bound - 1 };
    }
  }
  const span = /^(\d*)(?:\.\.|-)(\d*)$/.exec(text);
  if (span && (span[1] !== '' || span[2] !== '')) {
    const from = span[1] === '' ? -Infinity : year(span[1]!);
    const to = span[2] === '' ? Infinity : year(span[2]!);
    if (from === undefined || to === undefined) return undefined;
    return from <= to ? { from, to } : { from: to, to: from };
  }
  const single = year(text);
  return single === undefined ? undefined : { from: single, to: single };
}

function exampleFor(name: string): string {
  switch (name) {
    case 'year':
      return 'year:2021';
    case 'decision':
    case 'tier':
      return 'decision:oral';
    case 'venue':
      return 'venue:iclr';
    case 'author':
    case 'authors':
      return 'author:bengio';
    default:
      return `${name}:diffusion`;
  }
}
