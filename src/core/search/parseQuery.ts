import lunr from 'lunr';
import { english } from '../translate';
import type { Translate } from '../translate';
import type { DecisionTier } from '../venues';

export type SearchField = 'title' | 'abstract';

/** optional: ranks higher when present; required: must be present; excluded: must be absent. */
export type WordPresence = 'optional' | 'required' | 'excluded';

export interface QueryWord {
  /** Lower-cased word as typed (not yet trimmed or stemmed). */
  readonly text: string;
  readonly presence: WordPresence;
  /** Fields the word must occur in; empty means title or abstract. */
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
  /** Short explanations of input that was ignored or reinterpreted, for the user. */
  readonly hints: readonly string[];
}

/** More words than anyone types; the cap keeps pasted essays from building huge lunr queries. */
export const MAX_QUERY_WORDS = 32;

const FILTER_NAMES = 'year:, decision:, venue:, title:, abstract:';
const KNOWN_FILTERS: ReadonlySet<string> = new Set(['year', 'decision', 'tier', 'venue', 'title', 'abstract']);

const TIER_ALIASES: Readonly<Record<string, readonly DecisionTier[]>> = {
  oral: ['oral'],
  orals: ['oral'],
  talk: ['oral'],
  spotlight: ['spotlight'],
  spotlights: ['spotlight'],
  poster: ['poster'],
  posters: ['poster'],
  accept: ['oral', 'spotlight', 'poster'],
  accepted: ['oral', 'spotlight', 'poster'],
  workshop: ['workshop'],
  reject: ['reject'],
  rejected: ['reject'],
  withdrawn: ['withdrawn'],
  withdraw: ['withdrawn'],
  'desk-rejected': ['desk-rejected'],
  'desk-reject': ['desk-rejected'],
  deskrejected: ['desk-rejected'],
  desk: ['desk-rejected'],
  other: ['other'],
};

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
export function parseQuery(input: string, t: Translate = english): ParsedQuery {
  const words: QueryWord[] = [];
  const years: YearRange[] = [];
  const tiers = new Set<DecisionTier>();
  const venues = new Set<string>();
  const hints: string[] = [];
  const seen = new Set<string>();
  let positiveWords = 0;
  let truncated = false;

  const addWords = (text: string, presence: WordPresence, fields: readonly SearchField[], prefixLast: boolean): void => {
    const parts = lunr.tokenizer(text).map((token) => token.toString());
    parts.forEach((part, index) => {
      const key = `${presence}|${fields.join(',')}|${part}`;
      if (part === '' || seen.has(key)) return;
      if (presence !== 'excluded') {
        if (positiveWords >= MAX_QUERY_WORDS) {
          truncated = true;
          return;
        }
        positiveWords++;
      }
      seen.add(key);
      const prefix = prefixLast && presence !== 'excluded' && index === parts.length - 1;
      words.push({ text: part, presence, fields, prefix });
    });
  };

  const tokens = scan(input);
  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    const presence: WordPresence = token.modifier === '-' ? 'excluded' : token.modifier === '+' || token.quoted ? 'required' : 'optional';
    const name = token.name?.toLowerCase();
    if (name === undefined) {
      addWords(token.value, presence, [], token.open);
      return;
    }
    if (token.value.trim() === '') {
      // `BERT: pre-training` is a pasted title, not a filter.
      if (!KNOWN_FILTERS.has(name)) addWords(token.name ?? '', presence, [], false);
      // `year:` at the end is a filter being typed; elsewhere it is a mistake worth a word.
      else if (!(isLast && token.open)) hints.push(t('{0}: needs a value, e.g. {1}', name, exampleFor(name)));
      return;
    }
    switch (name) {
      case 'year': {
        const ranges = parseYears(token.value);
        if (ranges) years.push(...ranges);
        else hints.push(t('Ignored year:{0} — use year:2021, year:2019..2021 or year:>=2020', token.value));
        return;
      }
      case 'decision':
      case 'tier': {
        for (const value of token.value.toLowerCase().split(',')) {
          if (value === '') continue;
          const found = TIER_ALIASES[value];
          if (found) found.forEach((tier) => tiers.add(tier));
          else hints.push(t('Ignored decision:{0} — try oral, spotlight, poster, accepted, workshop, rejected, withdrawn, desk-rejected', value));
        }
        return;
      }
      case 'venue':
        token.value
          .toLowerCase()
          .split(',')
          .filter((venue) => venue !== '')
          .forEach((venue) => venues.add(venue));
        return;
      case 'title':
      case 'abstract':
        // A field-scoped word is an explicit request, so it must match unless excluded.
        addWords(token.value, presence === 'excluded' ? 'excluded' : 'required', [name], token.open);
        return;
      default:
        hints.push(t('Unknown filter {0}: — try {1}', token.name ?? name, FILTER_NAMES));
        addWords(`${token.name} ${token.value.replace(/:/g, ' ')}`, presence, [], token.open);
    }
  });
  if (truncated) hints.push(t('Only the first {0} words are searched', MAX_QUERY_WORDS));
  return { words, years, tiers: [...tiers], venues: [...venues], hints };
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
    switch (comparison[1]) {
      case '>=':
        return { from: bound, to: Infinity };
      case '>':
        return { from: bound + 1, to: Infinity };
      case '<=':
        return { from: -Infinity, to: bound };
      default:
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
    default:
      return `${name}:diffusion`;
  }
}
