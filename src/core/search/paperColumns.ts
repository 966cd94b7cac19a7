import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { ABSTRACT_QUALITIES } from '../dataset/paper';
import type { AbstractQuality, Paper } from '../dataset/paper';
import { DECISION_TIERS } from '../venues';
import type { DecisionTier } from '../venues';
import { authorFamily } from './authorFamily';
import type { ByteSource } from './byteSource';
import { DamagedIndexError } from './checkedIndexFile';
import { checkOncePerBlock } from './checkOncePerBlock';
import { FirstAuthors } from './firstAuthors';
import type { EncodedFirstAuthors } from './firstAuthors';
import type { PaperList } from './buildSearchIndex';

/**
 * Papers stored by column, in three parts by when a search needs them. Read at load, for every paper: what
 * ranking and filters compare (year, venue, decision, tier; conference and abstract quality beside them) as
 * numbers into tables of distinct values, and the first authors' family names. Read a block of PAPER_BLOCK_PAPERS papers at
 * a time, when one of them is first shown: ids, titles, author and keyword lists, OpenReview ids and extras,
 * as JSON. Read when a paper's abstract is first read: the abstracts' UTF-8, plain or compressed in blocks.
 * A search of 300,000 papers shows ten; loading reads none of their text.
 *
 * `Bytes` is how the large parts are held: Pieces to write when encoding, a ByteSource when loading.
 */
export interface PaperColumns<Bytes> {
  /** JSON of the CodeTables. */
  readonly codeTables: string;
  /** Each of CODE_COLUMNS in turn, a number per paper in 1, 2 or 4 bytes (CodeTables.widths), padded to 4 bytes. */
  readonly codes: Uint8Array;
  /** The papers by their first author's family name (see FirstAuthors). */
  readonly firstAuthors: EncodedFirstAuthors<Bytes>;
  /** The JSON Details of each block of PAPER_BLOCK_PAPERS papers, one after another. */
  readonly details: Bytes;
  /** Where each block's JSON ends in `details`. */
  readonly detailEnds: Uint32Array;
  /** The abstracts' UTF-8 bytes; with `brotli`, blocks of ABSTRACT_BLOCK_PAPERS papers compressed one by one. */
  readonly abstracts: Bytes;
  readonly abstractsEncoding: AbstractsEncoding;
  /** Byte offset in the (uncompressed) abstracts where each paper's abstract ends. */
  readonly abstractEnds: Uint32Array;
  /** With `brotli`, where each compressed block ends in `abstracts`; empty otherwise. */
  readonly abstractBlockEnds: Uint32Array;
}

/**
 * `brotli` for the index shipped in the VSIX, where the abstracts are the biggest part of the package
 * (14.6 MB; 4.6 MB deflated by the VSIX's zip, 3.6 MB as brotli blocks); `plain` where an index is built on
 * the user's machine and cached on disk, and compressing would only cost time.
 */
export type AbstractsEncoding = 'plain' | 'brotli';

/**
 * Papers per compressed block: a block unpacks in a few milliseconds when a search first shows one of its
 * abstracts, so loading unpacks nothing (unpacking all 16,556 at load doubled the cold start).
 */
export const ABSTRACT_BLOCK_PAPERS = 1024;

/**
 * Papers per block of details. A page of hits is scattered over the index, so showing it parses about one block
 * per hit: at 256 papers a block, the ten hits of a search of 300,000 papers parsed 2.9 MB of JSON.
 */
export const PAPER_BLOCK_PAPERS = 64;

/** The per-paper numbers: the year plus one (0 for none), then indexes into the CodeTables columns. */
const CODE_COLUMNS = ['year', 'conference', 'venue', 'decision', 'tier', 'abstractQuality'] as const;
type CodedColumn = Exclude<(typeof CODE_COLUMNS)[number], 'year'>;
const CODED_COLUMNS = CODE_COLUMNS.filter((name): name is CodedColumn => name !== 'year');
const COLUMN_AT = Object.fromEntries(CODE_COLUMNS.map((name, at) => [name, at])) as Record<CodedColumn, number>;

/**
 * The distinct values of each coded column (abstractQuality holds '' where the dataset does not say), and
 * the bytes per number of each of CODE_COLUMNS: most columns have a few values and take a byte a paper.
 */
type CodeTables = Record<CodedColumn, string[]> & { readonly widths: number[] };
type CodeColumn = Uint8Array | Uint16Array | Uint32Array;

/** One block's papers, in order. */
interface Details {
  readonly ids: string[];
  readonly titles: string[];
  /** Each paper's names joined by newlines: one string parses much faster than a list. */
  readonly authors: string[];
  readonly keywords: string[];
  /** '' where a paper has none. */
  readonly openreviewIds: string[];
  /** [paper number in the block, extra] for the papers whose extra is not empty. */
  readonly extras: [number, Record<string, string>][];
}

/**
 * Bytes made piece by piece each time they are iterated, never held whole; `byteLength` is their total. Plain
 * abstracts are written this way: as one buffer they were a second copy of every abstract beside the papers
 * (390 MB at 300,000 papers) while the index file was written.
 */
export interface Pieces extends Iterable<Uint8Array> {
  readonly byteLength: number;
}

export function encodePaperColumns(papers: readonly Paper[], abstractsEncoding: AbstractsEncoding = 'plain'): PaperColumns<Pieces> {
  const abstractEnds = new Uint32Array(papers.length);
  let end = 0;
  papers.forEach((paper, i) => {
    end += Buffer.byteLength(paper.abstract, 'utf8');
    abstractEnds[i] = end;
  });
  const plain = abstractBlocks(papers, abstractEnds);
  const { abstracts, abstractBlockEnds } = abstractsEncoding === 'brotli' ? compressBlocks(plain, papers.length) : { abstracts: plain, abstractBlockEnds: new Uint32Array(0) };

  const tables = Object.fromEntries(CODED_COLUMNS.map((name) => [name, new Map<string, number>()])) as Record<CodedColumn, Map<string, number>>;
  const textOf = (name: CodedColumn, paper: Paper): string => (name === 'abstractQuality' ? (paper.abstractQuality ?? '') : paper[name]);
  const numbers = CODE_COLUMNS.map((name) => Uint32Array.from(papers, (paper) => (name === 'year' ? (paper.year ?? -1) + 1 : codeOf(tables[name], textOf(name, paper)))));
  const widths = numbers.map((column) => widthFor(column.reduce((max, value) => Math.max(max, value), 0)));
  const codes = new Uint8Array(widths.reduce((sum, width) => sum + align4(width * papers.length), 0));
  let at = 0;
  numbers.forEach((column, k) => {
    codeView(codes, at, widths[k]!, papers.length).set(column);
    at += align4(widths[k]! * papers.length);
  });
  const codeTables = { ...Object.fromEntries(CODED_COLUMNS.map((name) => [name, [...tables[name].keys()]])), widths };

  const details: Uint8Array[] = [];
  const detailEnds = new Uint32Array(Math.ceil(papers.length / PAPER_BLOCK_PAPERS));
  let stored = 0;
  for (let block = 0; block < detailEnds.length; block++) {
    const inBlock = papers.slice(block * PAPER_BLOCK_PAPERS, (block + 1) * PAPER_BLOCK_PAPERS);
    const json: Details = {
      ids: inBlock.map((paper) => paper.id),
      titles: inBlock.map((paper) => paper.title),
      authors: inBlock.map((paper) => paper.authors.join('\n')),
      keywords: inBlock.map((paper) => paper.keywords.join('\n')),
      openreviewIds: inBlock.map((paper) => paper.openreviewId ?? ''),
      extras: inBlock.flatMap((paper, i): [number, Record<string, string>][] => (Object.keys(paper.extra).length > 0 ? [[i, paper.extra]] : [])),
    };
    const bytes = Buffer.from(JSON.stringify(json), 'utf8');
    details.push(bytes);
    stored += bytes.length;
    detailEnds[block] = stored;
  }
  // Stored rather than worked out at search time: a common word ranks most of the papers by it.
  const firstAuthors = FirstAuthors.of(papers.map((paper) => authorFamily(paper.authors[0] ?? ''))).encode();
  return {
    codeTables: JSON.stringify(codeTables),
    codes,
    firstAuthors: { ...firstAuthors, names: piecesOf([firstAuthors.names], firstAuthors.names.length) },
    details: piecesOf(details, stored),
    detailEnds,
    abstracts,
    abstractsEncoding,
    abstractEnds,
    abstractBlockEnds,
  };
}

function widthFor(max: number): number {
  return max <= 0xff ? 1 : max <= 0xffff ? 2 : 4;
}

/** A column of `count` numbers of `width` bytes, as a typed array over `codes` from byte `at` (a multiple of 4). */
function codeView(codes: Uint8Array, at: number, width: number, count: number): CodeColumn {
  const offset = codes.byteOffset + at;
  return width === 1 ? new Uint8Array(codes.buffer, offset, count) : width === 2 ? new Uint16Array(codes.buffer, offset, count) : new Uint32Array(codes.buffer, offset, count);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}

function codeOf(table: Map<string, number>, value: string): number {
  let code = table.get(value);
  if (code === undefined) table.set(value, (code = table.size));
  return code;
}

/** The abstracts' UTF-8 in blocks of ABSTRACT_BLOCK_PAPERS papers, each block encoded when it is read. */
function abstractBlocks(papers: readonly Paper[], ends: Uint32Array): Pieces {
  return {
    byteLength: ends.length === 0 ? 0 : ends[ends.length - 1]!,
    *[Symbol.iterator]() {
      for (let first = 0; first < papers.length; first += ABSTRACT_BLOCK_PAPERS) {
        const last = Math.min(first + ABSTRACT_BLOCK_PAPERS, papers.length) - 1;
        const start = first === 0 ? 0 : ends[first - 1]!;
        const block = Buffer.allocUnsafe(ends[last]! - start);
        for (let i = first; i <= last; i++) block.write(papers[i]!.abstract, (i === 0 ? 0 : ends[i - 1]!) - start, 'utf8');
        yield block;
      }
    },
  };
}

/** The blocks of abstractBlocks, each brotli-compressed on its own (kept: compressing is what takes time). */
function compressBlocks(plain: Pieces, count: number): { abstracts: Pieces; abstractBlockEnds: Uint32Array } {
  const blocks: Uint8Array[] = [];
  const abstractBlockEnds = new Uint32Array(Math.ceil(count / ABSTRACT_BLOCK_PAPERS));
  let stored = 0;
  for (const bytes of plain) {
    const compressed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    stored += compressed.length;
    abstractBlockEnds[blocks.length] = stored;
    blocks.push(compressed);
  }
  return { abstracts: piecesOf(blocks, stored), abstractBlockEnds };
}

function piecesOf(pieces: readonly Uint8Array[], byteLength: number): Pieces {
  return { byteLength, [Symbol.iterator]: () => pieces[Symbol.iterator]() };
}

/**
 * The papers back. What is read at load is checked here and a problem throws an Error saying what is wrong;
 * a block of details or abstracts is checked when first read, and a problem there throws the Error `damaged`
 * makes. The papers serialise to JSON like plain ones. Each paper's object is made when first asked for: at
 * 300,000 papers, making them all took 60 ms of every load, mostly the garbage collector copying them.
 */
export function decodePaperColumns(columns: PaperColumns<ByteSource>, damaged: (what: string) => Error): PaperList {
  const store = new PaperStore(columns, damaged);
  const { count } = store;
  const made = new Array<Paper | undefined>(count);
  let all: readonly Paper[] | undefined;
  const at = (doc: number): Paper => (made[doc] ??= new StoredPaper(store, doc));
  return {
    count,
    at,
    facts: {
      year: (doc) => store.year(doc),
      tier: (doc) => store.value(doc, 'tier') as DecisionTier,
      venue: (doc) => store.value(doc, 'venue'),
      papersByFirstAuthor: (family, asPrefix) => store.firstAuthors.papersNamed(family, asPrefix),
      venues: () => store.values('venue'),
    },
    all: () => {
      if (all === undefined) {
        for (let doc = 0; doc < count; doc++) at(doc);
        all = made as Paper[];
      }
      return all;
    },
  };
}

/** The columns the papers of one index read from: the coded ones and first authors' papers in memory, the rest by block. */
class PaperStore {
  readonly count: number;
  private readonly codes: CodeColumn[];
  private readonly tables: CodeTables;
  readonly firstAuthors: FirstAuthors;
  private readonly details: ByteSource;
  private readonly detailEnds: Uint32Array;
  private readonly blocks: (ParsedDetails | undefined)[];
  private readonly decoder = new TextDecoder('utf-8');
  readonly abstracts: AbstractColumn;

  constructor(
    columns: PaperColumns<ByteSource>,
    private readonly damaged: (what: string) => Error,
  ) {
    const count = (this.count = columns.abstractEnds.length);
    this.tables = codeTables(columns.codeTables);
    const { widths } = this.tables;
    if (widths.reduce((sum, width) => sum + align4(width * count), 0) !== columns.codes.length) throw new Error('paper codes do not fit the papers');
    let at = 0;
    // A code's range is checked when it is read: 1.5 million codes at 300,000 papers took 6 ms of every load.
    this.codes = CODE_COLUMNS.map((_, k) => {
      const column = codeView(columns.codes, at, widths[k]!, count);
      at += align4(widths[k]! * count);
      return column;
    });
    this.firstAuthors = FirstAuthors.stored(columns.firstAuthors, count, damaged);
    this.details = columns.details;
    this.detailEnds = columns.detailEnds;
    const blocks = Math.ceil(count / PAPER_BLOCK_PAPERS);
    if (this.detailEnds.length !== blocks || (blocks > 0 && this.detailEnds[blocks - 1] !== this.details.length)) throw new Error('paper blocks do not fit the details');
    for (let i = 1; i < blocks; i++) if (this.detailEnds[i - 1]! > this.detailEnds[i]!) throw new Error('paper blocks are not ascending');
    this.blocks = new Array<ParsedDetails | undefined>(blocks);
    this.abstracts = new AbstractColumn(columns, damaged);
  }

  year(at: number): number | undefined {
    const code = this.codes[0]![at]!;
    return code === 0 ? undefined : code - 1;
  }

  value(at: number, column: CodedColumn): string {
    const value = this.tables[column][this.codes[COLUMN_AT[column]]![at]!];
    if (value === undefined) throw this.damaged(`paper ${column} codes are out of range`);
    return value;
  }

  /** The distinct values of a coded column. */
  values(column: CodedColumn): readonly string[] {
    return this.tables[column];
  }

  /** The details of paper `at`'s block, parsed and checked when first read. */
  block(at: number): ParsedDetails {
    const block = Math.floor(at / PAPER_BLOCK_PAPERS);
    return (this.blocks[block] ??= this.parse(block));
  }

  private parse(block: number): ParsedDetails {
    const bytes = this.details.read(block === 0 ? 0 : this.detailEnds[block - 1]!, this.detailEnds[block]!);
    const size = Math.min(PAPER_BLOCK_PAPERS, this.count - block * PAPER_BLOCK_PAPERS);
    let json: Partial<Details>;
    try {
      json = JSON.parse(this.decoder.decode(bytes)) as Partial<Details>;
    } catch {
      throw this.damaged(`paper block ${block} is not valid JSON`);
    }
    const { ids, titles, authors, keywords, openreviewIds, extras } = json;
    if (!isTextArray(ids, size) || !isTextArray(titles, size) || !isTextArray(authors, size) || !isTextArray(keywords, size) || !isTextArray(openreviewIds, size) || !Array.isArray(extras)) {
      throw this.damaged(`paper block ${block} is malformed`);
    }
    const extraOf = new Map<number, Record<string, string>>();
    for (const entry of extras as unknown[]) {
      const [at, extra] = Array.isArray(entry) ? (entry as unknown[]) : [];
      if (typeof at !== 'number' || typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw this.damaged(`a paper extra in block ${block} is malformed`);
      extraOf.set(at, extra as Record<string, string>);
    }
    return { ids, titles, authors: authors.map(splitLines), keywords: keywords.map(splitLines), openreviewIds, extraOf };
  }
}

/** A block's details ready to hand out: name lists split, extras by paper number in the block. */
interface ParsedDetails {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly authors: readonly (readonly string[])[];
  readonly keywords: readonly (readonly string[])[];
  readonly openreviewIds: readonly string[];
  readonly extraOf: ReadonlyMap<number, Record<string, string>>;
}

function codeTables(json: string): CodeTables {
  let value: Partial<CodeTables>;
  try {
    value = JSON.parse(json) as Partial<CodeTables>;
  } catch {
    throw new Error('paper code tables are not valid JSON');
  }
  for (const name of CODED_COLUMNS) if (!isTextArray(value[name], value[name]?.length)) throw new Error(`paper ${name} table is malformed`);
  const { widths } = value;
  if (!Array.isArray(widths) || widths.length !== CODE_COLUMNS.length || !widths.every((width) => width === 1 || width === 2 || width === 4)) throw new Error('paper code widths are malformed');
  const tables = value as CodeTables;
  const tiers: readonly string[] = DECISION_TIERS;
  if (!tables.tier.every((tier) => tiers.includes(tier))) throw new Error('unknown tier');
  const qualities: readonly string[] = ['', ...ABSTRACT_QUALITIES];
  if (!tables.abstractQuality.every((quality) => qualities.includes(quality))) throw new Error('unknown abstract quality');
  return tables;
}

/**
 * The abstracts as UTF-8, each decoded when first read. Compressed blocks are unpacked when one of their
 * abstracts is first read, and kept; plain abstracts are read one by one (the ByteSource checks them).
 */
class AbstractColumn {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly stored: ByteSource;
  private readonly ends: Uint32Array;
  private readonly blockEnds: Uint32Array;
  private readonly unpacked: (Uint8Array | undefined)[];
  private readonly checkEnds: (paper: number) => void;

  constructor(
    columns: PaperColumns<ByteSource>,
    private readonly damaged: (what: string) => Error,
  ) {
    this.stored = columns.abstracts;
    this.ends = columns.abstractEnds;
    this.blockEnds = columns.abstractBlockEnds;
    const count = this.ends.length;
    // The offsets' order is checked a block at a time when an abstract is first read, not 300,000 at every load.
    this.checkEnds = checkOncePerBlock(count, (from, to) => {
      for (let i = Math.max(1, from); i < to; i++) if (this.ends[i - 1]! > this.ends[i]!) throw damaged('abstract offsets are not ascending');
    });
    if (columns.abstractsEncoding === 'plain') {
      if (this.blockEnds.length !== 0 || (count > 0 ? this.ends[count - 1] : 0) !== this.stored.length) throw new Error('abstract offsets do not fit the abstracts');
      this.unpacked = [];
      return;
    }
    const blocks = Math.ceil(count / ABSTRACT_BLOCK_PAPERS);
    if (this.blockEnds.length !== blocks || (blocks > 0 ? this.blockEnds[blocks - 1] : 0) !== this.stored.length) throw new Error('abstract blocks do not fit the abstracts');
    for (let i = 1; i < blocks; i++) if (this.blockEnds[i - 1]! > this.blockEnds[i]!) throw new Error('abstract blocks are not ascending');
    this.unpacked = new Array<Uint8Array | undefined>(blocks);
  }

  text(i: number): string {
    const start = i === 0 ? 0 : this.ends[i - 1]!;
    const end = this.ends[i]!;
    this.checkEnds(i);
    if (this.blockEnds.length === 0) {
      if (end > this.stored.length) throw this.damaged('abstract offsets do not fit the abstracts');
      return this.decoder.decode(this.stored.read(start, end));
    }
    const block = Math.floor(i / ABSTRACT_BLOCK_PAPERS);
    const bytes = (this.unpacked[block] ??= this.unpack(block));
    // Offsets within the block: the block starts where its first paper's abstract starts.
    const first = block * ABSTRACT_BLOCK_PAPERS;
    const base = first === 0 ? 0 : this.ends[first - 1]!;
    if (end - base > bytes.length) throw this.damaged(`abstract block ${block} is shorter than its offsets`);
    return this.decoder.decode(bytes.subarray(start - base, end - base));
  }

  private unpack(block: number): Uint8Array {
    let bytes: Uint8Array;
    try {
      bytes = brotliDecompressSync(this.stored.read(block === 0 ? 0 : this.blockEnds[block - 1]!, this.blockEnds[block]!));
    } catch (error) {
      // A failed checksum is already the damage to report; anything else is a block that does not unpack.
      if (error instanceof DamagedIndexError) throw error;
      throw this.damaged(`abstract block ${block} does not unpack`);
    }
    const first = block * ABSTRACT_BLOCK_PAPERS;
    const last = Math.min(first + ABSTRACT_BLOCK_PAPERS, this.ends.length) - 1;
    const length = this.ends[last]! - (first === 0 ? 0 : this.ends[first - 1]!);
    if (bytes.length !== length) throw this.damaged(`abstract block ${block} unpacks to ${bytes.length} bytes, not the ${length} its offsets need`);
    return bytes;
  }
}

/**
 * A paper read from an index: its number and its index's columns, every field a getter on the class (a
 * getter per object made loading 16,000 papers ten times slower, and own fields would read every block at
 * load). toJSON gives the same JSON as the plain paper.
 */
class StoredPaper implements Paper {
  readonly #store: PaperStore;
  readonly #at: number;
  #abstract: string | undefined;

  constructor(store: PaperStore, at: number) {
    this.#store = store;
    this.#at = at;
  }

  get id(): string {
    return this.#store.block(this.#at).ids[this.#at % PAPER_BLOCK_PAPERS]!;
  }

  get conference(): string {
    return this.#store.value(this.#at, 'conference');
  }

  get venue(): string {
    return this.#store.value(this.#at, 'venue');
  }

  get year(): number | undefined {
    return this.#store.year(this.#at);
  }

  get title(): string {
    return this.#store.block(this.#at).titles[this.#at % PAPER_BLOCK_PAPERS]!;
  }

  get abstract(): string {
    return (this.#abstract ??= this.#store.abstracts.text(this.#at));
  }

  get decision(): string {
    return this.#store.value(this.#at, 'decision');
  }

  get tier(): DecisionTier {
    return this.#store.value(this.#at, 'tier') as DecisionTier;
  }

  get authors(): readonly string[] {
    return this.#store.block(this.#at).authors[this.#at % PAPER_BLOCK_PAPERS]!;
  }

  get keywords(): readonly string[] {
    return this.#store.block(this.#at).keywords[this.#at % PAPER_BLOCK_PAPERS]!;
  }

  get openreviewId(): string | undefined {
    return this.#store.block(this.#at).openreviewIds[this.#at % PAPER_BLOCK_PAPERS] || undefined;
  }

  get abstractQuality(): AbstractQuality | undefined {
    return (this.#store.value(this.#at, 'abstractQuality') || undefined) as AbstractQuality | undefined;
  }

  get extra(): Readonly<Record<string, string>> {
    return this.#store.block(this.#at).extraOf.get(this.#at % PAPER_BLOCK_PAPERS) ?? {};
  }

  toJSON(): Paper {
    const { id, conference, venue, year, title, abstract, decision, tier, authors, keywords, openreviewId, abstractQuality, extra } = this;
    return {
      id, conference, venue, year, title, abstract, decision, tier, authors, keywords,
      ...(openreviewId === undefined ? {} : { openreviewId }),
      ...(abstractQuality === undefined ? {} : { abstractQuality }),
      extra,
    };
  }
}

/** A line-joined name list back as its names; '' is no names at all. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function isTextArray(value: unknown, length: number | undefined): value is string[] {
  return Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string');
}
