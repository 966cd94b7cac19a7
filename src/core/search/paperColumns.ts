import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { ABSTRACT_QUALITIES } from '../dataset/paper';
import type { AbstractQuality, Paper } from '../dataset/paper';
import { DECISION_TIERS } from '../venues';
import type { DecisionTier } from '../venues';

/**
 * Papers stored by column: everything but the abstracts as one small JSON text (repeated values such as
 * venues and decisions as indexes into a table of distinct values, name lists as one line-separated text
 * each), and the abstracts as UTF-8 bytes that are decoded only when a paper's abstract is read. Abstracts
 * are most of a dataset's bytes and a search shows a few of them, so loading skips decoding them.
 */
export interface PaperColumns {
  readonly meta: string;
  /** The abstracts' UTF-8 bytes; with `brotli`, blocks of ABSTRACT_BLOCK_PAPERS papers compressed one by one. */
  readonly abstracts: Uint8Array;
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

interface MetaColumns {
  readonly ids: string[];
  readonly titles: string[];
  readonly years: (number | null)[];
  readonly conference: Distinct;
  readonly venue: Distinct;
  readonly decision: Distinct;
  readonly tier: Distinct;
  /** Each paper's names joined by newlines (which no name holds): one string parses much faster than a list. */
  readonly authors: string[];
  readonly keywords: string[];
  /** '' where a paper has none. */
  readonly openreviewIds: string[];
  /** '' where the dataset does not say. */
  readonly abstractQuality: Distinct;
  /** [paper number, extra] for the papers whose extra is not empty. */
  readonly extras: [number, Record<string, string>][];
}

/** A column of few distinct values: the values and each row's index among them. */
interface Distinct {
  readonly values: string[];
  readonly of: number[];
}

/**
 * Bytes made piece by piece each time they are iterated, never held whole; `length` is their total. Plain
 * abstracts are written this way: as one buffer they were a second copy of every abstract while the papers are
 * in memory (390 MB at 300,000 papers).
 */
export interface Pieces extends Iterable<Uint8Array> {
  readonly length: number;
}

/**
 * The columns of `papers` as encodePaperColumns writes them: PaperColumns with the abstracts as Pieces and the
 * meta JSON as its UTF-8, one piece per column (the whole JSON as one string was 176 MB at 300,000 papers).
 */
export interface EncodedPaperColumns extends Omit<PaperColumns, 'abstracts' | 'meta'> {
  readonly meta: Pieces;
  readonly abstracts: Pieces;
}

export function encodePaperColumns(papers: readonly Paper[], abstractsEncoding: AbstractsEncoding = 'plain'): EncodedPaperColumns {
  const abstractEnds = new Uint32Array(papers.length);
  let end = 0;
  papers.forEach((paper, i) => {
    end += Buffer.byteLength(paper.abstract, 'utf8');
    abstractEnds[i] = end;
  });
  const plain = abstractBlocks(papers, abstractEnds);
  const { abstracts, abstractBlockEnds } = abstractsEncoding === 'brotli' ? compressBlocks(plain, papers.length) : { abstracts: plain, abstractBlockEnds: new Uint32Array(0) };
  const meta: MetaColumns = {
    ids: papers.map((paper) => paper.id),
    titles: papers.map((paper) => paper.title),
    years: papers.map((paper) => paper.year ?? null),
    conference: distinct(papers.map((paper) => paper.conference)),
    venue: distinct(papers.map((paper) => paper.venue)),
    decision: distinct(papers.map((paper) => paper.decision)),
    tier: distinct(papers.map((paper) => paper.tier)),
    authors: papers.map((paper) => paper.authors.join('\n')),
    keywords: papers.map((paper) => paper.keywords.join('\n')),
    openreviewIds: papers.map((paper) => paper.openreviewId ?? ''),
    abstractQuality: distinct(papers.map((paper) => paper.abstractQuality ?? '')),
    extras: papers.flatMap((paper, i): [number, Record<string, string>][] => (Object.keys(paper.extra).length > 0 ? [[i, paper.extra]] : [])),
  };
  return { meta: jsonPieces(meta), abstracts, abstractsEncoding, abstractEnds, abstractBlockEnds };
}

/** The UTF-8 of `JSON.stringify(object)`, made property by property. */
function jsonPieces(object: object): Pieces {
  const encoder = new TextEncoder();
  const pieces = Object.entries(object).map(([name, value], i) => encoder.encode(`${i === 0 ? '{' : ','}${JSON.stringify(name)}:${JSON.stringify(value)}`));
  pieces.push(encoder.encode(pieces.length === 0 ? '{}' : '}'));
  return { length: pieces.reduce((sum, piece) => sum + piece.length, 0), [Symbol.iterator]: () => pieces[Symbol.iterator]() };
}

/** The abstracts' UTF-8 in blocks of ABSTRACT_BLOCK_PAPERS papers, each block encoded when it is read. */
function abstractBlocks(papers: readonly Paper[], ends: Uint32Array): Pieces {
  return {
    length: ends.length === 0 ? 0 : ends[ends.length - 1]!,
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

/** The blocks of abstractBlocks, each brotli-compressed on its own. */
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
  return { abstracts: { length: stored, [Symbol.iterator]: () => blocks[Symbol.iterator]() }, abstractBlockEnds };
}

/**
 * The papers back, checked field by field; throws an Error saying what is wrong. Each abstract is decoded
 * (and its block unpacked) when first read, and the papers serialise to JSON like plain ones.
 */
export function decodePaperColumns(columns: PaperColumns): Paper[] {
  let meta: Partial<MetaColumns>;
  try {
    meta = JSON.parse(columns.meta) as Partial<MetaColumns>;
  } catch {
    throw new Error('paper columns are not valid JSON');
  }
  const { ids, titles, years, extras, authors, keywords, openreviewIds } = meta;
  const count = columns.abstractEnds.length;
  if (!isTextArray(ids, count) || !isTextArray(titles, count)) throw new Error('paper ids or titles are missing');
  if (!isTextArray(authors, count) || !isTextArray(keywords, count)) throw new Error('paper authors or keywords are malformed');
  if (!isTextArray(openreviewIds, count)) throw new Error('paper OpenReview ids are malformed');
  const quality = column(meta.abstractQuality, count, 'abstract quality');
  const qualities: readonly string[] = ['', ...ABSTRACT_QUALITIES];
  if (!quality.values.every((value) => qualities.includes(value))) throw new Error('unknown abstract quality');
  if (!Array.isArray(years) || years.length !== count || !years.every((year) => year === null || typeof year === 'number')) throw new Error('paper years are not numbers');
  const conference = column(meta.conference, count, 'conference');
  const venue = column(meta.venue, count, 'venue');
  const decision = column(meta.decision, count, 'decision');
  const tier = column(meta.tier, count, 'tier');
  const tiers: readonly string[] = DECISION_TIERS;
  if (!tier.values.every((value) => tiers.includes(value))) throw new Error('unknown tier');
  const extraOf = new Map<number, Record<string, string>>();
  if (!Array.isArray(extras)) throw new Error('paper extras are missing');
  for (const entry of extras as unknown[]) {
    const [at, extra] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof at !== 'number' || typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new Error('a paper extra is malformed');
    extraOf.set(at, extra as Record<string, string>);
  }
  for (let i = 1; i < count; i++) if (columns.abstractEnds[i - 1]! > columns.abstractEnds[i]!) throw new Error('abstract offsets are not ascending');
  const abstracts = new AbstractColumn(columns);

  const papers = ids.map(
    (id, i) =>
      new StoredPaper(
        {
          id,
          conference: conference.values[conference.of[i]!]!,
          venue: venue.values[venue.of[i]!]!,
          year: years[i] ?? undefined,
          title: titles[i]!,
          decision: decision.values[decision.of[i]!]!,
          tier: tier.values[tier.of[i]!] as DecisionTier,
          authors: splitLines(authors[i]!),
          keywords: splitLines(keywords[i]!),
          openreviewId: openreviewIds[i] || undefined,
          abstractQuality: (quality.values[quality.of[i]!] || undefined) as AbstractQuality | undefined,
          extra: extraOf.get(i) ?? {},
        },
        abstracts,
        i,
      ),
  );
  return papers;
}

/**
 * The abstracts as UTF-8, each decoded when first read. Compressed blocks are unpacked when one of their
 * abstracts is first read, and kept. Offsets are checked here, on load for plain abstracts and when a
 * block unpacks for compressed ones (whose bytes the file's checksum already vouches for).
 */
class AbstractColumn {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly stored: Uint8Array;
  private readonly ends: Uint32Array;
  private readonly blockEnds: Uint32Array;
  private readonly unpacked: (Uint8Array | undefined)[];

  constructor(columns: PaperColumns) {
    this.stored = columns.abstracts;
    this.ends = columns.abstractEnds;
    this.blockEnds = columns.abstractBlockEnds;
    const count = this.ends.length;
    for (let i = 1; i < count; i++) if (this.ends[i - 1]! > this.ends[i]!) throw new Error('abstract offsets are not ascending');
    if (columns.abstractsEncoding === 'plain') {
      if (count > 0 && this.ends[count - 1] !== this.stored.length) throw new Error('abstract offsets do not fit the abstracts');
      this.unpacked = [this.stored];
      return;
    }
    const blocks = Math.ceil(count / ABSTRACT_BLOCK_PAPERS);
    if (this.blockEnds.length !== blocks || (blocks > 0 && this.blockEnds[blocks - 1] !== this.stored.length)) throw new Error('abstract blocks do not fit the abstracts');
    for (let i = 1; i < blocks; i++) if (this.blockEnds[i - 1]! > this.blockEnds[i]!) throw new Error('abstract blocks are not ascending');
    this.unpacked = new Array<Uint8Array | undefined>(blocks);
  }

  text(i: number): string {
    const plain = this.blockEnds.length === 0;
    const block = plain ? 0 : Math.floor(i / ABSTRACT_BLOCK_PAPERS);
    const bytes = (this.unpacked[block] ??= this.unpack(block));
    // Offsets within the block: the block starts where its first paper's abstract starts.
    const first = plain ? 0 : block * ABSTRACT_BLOCK_PAPERS;
    const base = first === 0 ? 0 : this.ends[first - 1]!;
    return this.decoder.decode(bytes.subarray((i === 0 ? 0 : this.ends[i - 1]!) - base, this.ends[i]! - base));
  }

  private unpack(block: number): Uint8Array {
    const bytes = brotliDecompressSync(this.stored.subarray(block === 0 ? 0 : this.blockEnds[block - 1], this.blockEnds[block]));
    const first = block * ABSTRACT_BLOCK_PAPERS;
    const last = Math.min(first + ABSTRACT_BLOCK_PAPERS, this.ends.length) - 1;
    const length = this.ends[last]! - (first === 0 ? 0 : this.ends[first - 1]!);
    if (bytes.length !== length) throw new Error(`abstract block ${block} unpacks to ${bytes.length} bytes, not the ${length} its offsets need`);
    return bytes;
  }
}

/**
 * A paper read from an index. The abstract getter lives on the class, not on each paper: a getter per
 * object made loading 16,000 papers ten times slower. The other fields are own properties, and toJSON
 * gives the same JSON as the plain paper.
 */
class StoredPaper implements Paper {
  readonly id: string;
  readonly conference: string;
  readonly venue: string;
  readonly year: number | undefined;
  readonly title: string;
  readonly decision: string;
  readonly tier: DecisionTier;
  readonly authors: readonly string[];
  readonly keywords: readonly string[];
  // `declare`: no own property unless set, as on a parsed paper.
  declare readonly openreviewId?: string;
  declare readonly abstractQuality?: AbstractQuality;
  readonly extra: Readonly<Record<string, string>>;
  readonly #abstracts: AbstractColumn;
  readonly #at: number;
  #abstract: string | undefined;

  constructor(fields: Omit<Paper, 'abstract'>, abstracts: AbstractColumn, at: number) {
    this.id = fields.id;
    this.conference = fields.conference;
    this.venue = fields.venue;
    this.year = fields.year;
    this.title = fields.title;
    this.decision = fields.decision;
    this.tier = fields.tier;
    this.authors = fields.authors;
    this.keywords = fields.keywords;
    // Set only when present, as on a parsed paper, so both compare and serialise alike.
    if (fields.openreviewId !== undefined) Object.defineProperty(this, 'openreviewId', { value: fields.openreviewId, enumerable: true });
    if (fields.abstractQuality !== undefined) Object.defineProperty(this, 'abstractQuality', { value: fields.abstractQuality, enumerable: true });
    this.extra = fields.extra;
    this.#abstracts = abstracts;
    this.#at = at;
  }

  get abstract(): string {
    return (this.#abstract ??= this.#abstracts.text(this.#at));
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

function distinct(values: readonly string[]): Distinct {
  const table = new Map<string, number>();
  const of = values.map((value) => {
    let at = table.get(value);
    if (at === undefined) {
      at = table.size;
      table.set(value, at);
    }
    return at;
  });
  return { values: [...table.keys()], of };
}

function column(value: Distinct | undefined, count: number, name: string): Distinct {
  if (
    value === undefined ||
    !isTextArray(value.values, value.values?.length) ||
    !Array.isArray(value.of) ||
    value.of.length !== count ||
    !value.of.every((at) => Number.isInteger(at) && at >= 0 && at < value.values.length)
  ) {
    throw new Error(`paper ${name} column is malformed`);
  }
  return value;
}

/** A line-joined name list back as its names; '' is no names at all. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function isTextArray(value: unknown, length: number | undefined): value is string[] {
  return Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string');
}
