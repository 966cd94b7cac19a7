/** A random number in [0, 1); the fuzz run and its unit-size version pass the same seeded generator. */
export type Random = () => number;

/** The kinds of query the fuzzer writes, in the order `hostileQuery` picks among them. */
export const HOSTILE_QUERY_KINDS = [
  'unicode',
  'operators',
  'long',
  'stopWords',
  'punctuation',
  'badFilters',
  'quotes',
  'mixed',
] as const;
export type HostileQueryKind = (typeof HOSTILE_QUERY_KINDS)[number];

const WORDS = [
  'graph', 'diffusion', 'networks', 'transformer', 'learning', 'diffus', 'tranformer', 'rl', 'gan', 'attention', 'neural',
  // Author names, LaTeX and scripts the index folds or reads: the same paths must hold for hostile input.
  'bengio', 'schölkopf', 'łukasz', 'd$^2$etr', '$\\ell_1$', 'a*', '$A^*$', 'k-means', 'ｇｒａｐｈ', 'über', 'графовые', '東京', 'שלום',
];
const STOP_WORDS = ['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'is', 'on', 'for', 'with', 'by', 'at', 'be', 'it', 'not', 'this'];
const OPERATORS = [':', '^', '~', '*', '+', '-'];
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '…', '—', '«', '»', '¿', '、', '。', '\u00a0', '\t'];
const FILTER_NAMES = ['year', 'decision', 'venue', 'title', 'abstract', 'author', 'authors', 'keyword', 'tier', 'foo', 'YEAR', 'Title', 'Author', '', '__proto__', 'constructor'];
const BAD_FILTER_VALUES = [
  '', '99999..-1', '..', '1..', '..2020', '2023..2019', '-1', '1e9', 'NaN', 'Infinity', '0x7e7', '2021..abc', '>=2020', '２０２３',
  '???', ',', 'oral,', ',poster', 'oral,,spotlight', 'title:', ':', '"', '""', '*', '~2', '^10', '\u0000', '🙂', 'desk-', 'accept~1',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'an', 'the', 'scholkopf', 'sch',
];
/** Characters that break naive handling: RTL and bidi controls, zero-width marks, combining marks, BOM, NUL, specials. */
const AWKWARD = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u200f', '\u061c', '\u0301', '\u0338', '\u0000', '\ufffd', '\uffff', '\u2028', '\u2029'];

/** One in this many queries is `long`: enough for hundreds per run without the run writing gigabytes. */
const LONG_ONE_IN = 200;

/**
 * One query of the given kind, or of a random kind. Lengths stay small except for `long`, which writes
 * 10,000 to 40,000 characters.
 */
export function hostileQuery(random: Random, kind: HostileQueryKind = randomKind(random)): string {
  switch (kind) {
    case 'unicode':
      return randomUnicode(random, 1 + int(random, 40));
    case 'operators':
      return repeat(1 + int(random, 8), () => operatorWord(random)).join(pick(random, [' ', '', '  ']));
    case 'long':
      return longQuery(random, 10_000 + int(random, 30_000));
    case 'stopWords':
      return repeat(1 + int(random, 12), () => pick(random, STOP_WORDS)).join(' ');
    case 'punctuation':
      return repeat(1 + int(random, 30), () => pick(random, PUNCTUATION)).join(random() < 0.3 ? ' ' : '');
    case 'badFilters':
      return repeat(1 + int(random, 4), () => badFilter(random)).join(' ');
    case 'quotes':
      return repeat(1 + int(random, 6), () => quoted(random)).join(' ');
    case 'mixed':
      return repeat(1 + int(random, 6), () => hostileQuery(random, pick(random, HOSTILE_QUERY_KINDS.filter((k) => k !== 'long' && k !== 'mixed')))).join(' ');
  }
}

function randomKind(random: Random): HostileQueryKind {
  return random() < 1 / LONG_ONE_IN ? 'long' : pick(random, HOSTILE_QUERY_KINDS.filter((kind) => kind !== 'long'));
}

/** Code points from every plane that matters, lone surrogates (invalid UTF-16) included. */
function randomUnicode(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.25) text += String.fromCharCode(0x20 + int(random, 0x5f));
    else if (roll < 0.4) text += pick(random, AWKWARD);
    else if (roll < 0.5) text += String.fromCharCode(0xd800 + int(random, 0x800)); // lone surrogate
    else if (roll < 0.65) text += String.fromCodePoint(0x10000 + int(random, 0x10ffff - 0x10000)); // astral, possibly unassigned
    else if (roll < 0.75) text += String.fromCharCode(0x0590 + int(random, 0x200)); // Hebrew and Arabic (RTL)
    else text += String.fromCharCode(int(random, 0xd800)); // anything in the BMP below the surrogates, controls included
  }
  return text;
}

function operatorWord(random: Random): string {
  const word = pick(random, WORDS);
  const op = (): string => pick(random, OPERATORS);
  switch (int(random, 6)) {
    case 0:
      return `${op()}${word}`;
    case 1:
      return `${word}${op()}${random() < 0.5 ? int(random, 100) : ''}`;
    case 2:
      return `${op()}${op()}${word}${op()}${op()}`;
    case 3:
      return `${pick(random, FILTER_NAMES)}:${op()}${word}`;
    case 4:
      return repeat(1 + int(random, 5), op).join('');
    default:
      return `${word}${op()}${word}`;
  }
}

function badFilter(random: Random): string {
  const name = pick(random, FILTER_NAMES);
  const value = pick(random, BAD_FILTER_VALUES);
  switch (int(random, 4)) {
    case 0:
      return `${name}:${name}:${value}`;
    case 1:
      return `${pick(random, ['+', '-', ''])}${name}:${value}`;
    case 2:
      return `${name}:"${value}`;
    default:
      return `${name}:${value}`;
  }
}

function quoted(random: Random): string {
  const words = repeat(int(random, 4), () => pick(random, [...WORDS, ...STOP_WORDS])).join(' ');
  return pick(random, [`"${words}`, `${words}"`, `"${words}"`, `""${words}`, `"${words}""`, `'${words}`, `“${words}”`, `"${pick(random, OPERATORS)}${words}"`]);
}

/** A pasted essay, a held-down key, or one enormous word. */
function longQuery(random: Random, length: number): string {
  switch (int(random, 4)) {
    case 0:
      return 'x'.repeat(length);
    case 1:
      return `${pick(random, WORDS)} `.repeat(Math.ceil(length / 6)).slice(0, length);
    case 2: {
      const unit = pick(random, ['-', '"', '*', 'title:', '~', '🙂']);
      return unit.repeat(Math.ceil(length / unit.length));
    }
    default: {
      let text = '';
      while (text.length < length) text += `${hostileQuery(random, pick(random, ['unicode', 'operators', 'badFilters', 'quotes']))} `;
      return text;
    }
  }
}

function repeat<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

function int(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[int(random, items.length)]!; // int() < items.length
}
