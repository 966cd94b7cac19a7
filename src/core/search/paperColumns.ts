import { ABSTRACT_QUALITIES } from '../dataset/paper';
import type { AbstractQuality, Paper } from '../dataset/paper';
import { DECISION_TIERS } from '../venues';
import type { DecisionTier } from '../venues';

/**
 * Papers stored by column: everything but the abstracts as one small JSON text (repeated values such as
 * venues and decisions as indexes into a table of distinct values), and the abstracts as UTF-8 bytes that
 * are decoded only when a paper's abstract is read. Abstracts are most of a dataset's bytes and a search
 * shows a few of them, so loading skips decoding them.
 */
export interface PaperColumns {
  readonly meta: string;
  readonly abstracts: Uint8Array;
  /** Byte offset in `abstracts` where each paper's abstract ends. */
  readonly abstractEnds: Uint32Array;
}

interface MetaColumns {
  readonly ids: string[];
  readonly titles: string[];
  readonly years: (number | null)[];
  readonly conference: Distinct;
  readonly venue: Distinct;
  readonly decision: Distinct;
  readonly tier: Distinct;
  readonly authors: string[][];
  readonly keywords: string[][];
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

export function encodePaperColumns(papers: readonly Paper[]): PaperColumns {
  const encoder = new TextEncoder();
  const encoded = papers.map((paper) => encoder.encode(paper.abstract));
  const abstracts = new Uint8Array(encoded.reduce((total, bytes) => total + bytes.length, 0));
  const abstractEnds = new Uint32Array(papers.length);
  let end = 0;
  encoded.forEach((bytes, i) => {
    abstracts.set(bytes, end);
    end += bytes.length;
    abstractEnds[i] = end;
  });
  const meta: MetaColumns = {
    ids: papers.map((paper) => paper.id),
    titles: papers.map((paper) => paper.title),
    years: papers.map((paper) => paper.year ?? null),
    conference: distinct(papers.map((paper) => paper.conference)),
    venue: distinct(papers.map((paper) => paper.venue)),
    decision: distinct(papers.map((paper) => paper.decision)),
    tier: distinct(papers.map((paper) => paper.tier)),
    authors: papers.map((paper) => [...paper.authors]),
    keywords: papers.map((paper) => [...paper.keywords]),
    openreviewIds: papers.map((paper) => paper.openreviewId ?? ''),
    abstractQuality: distinct(papers.map((paper) => paper.abstractQuality ?? '')),
    extras: papers.flatMap((paper, i): [number, Record<string, string>][] => (Object.keys(paper.extra).length > 0 ? [[i, paper.extra]] : [])),
  };
  return { meta: JSON.stringify(meta), abstracts, abstractEnds };
}

/**
 * The papers back, checked field by field; throws an Error saying what is wrong. Each abstract is
 * decoded when first read, and the papers serialise to JSON like plain ones.
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
  if (!isTextListArray(authors, count) || !isTextListArray(keywords, count)) throw new Error('paper authors or keywords are malformed');
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
  if (count > 0 && columns.abstractEnds[count - 1] !== columns.abstracts.length) throw new Error('abstract offsets do not fit the abstracts');

  const abstracts = new AbstractColumn(columns.abstracts, columns.abstractEnds);
  return ids.map(
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
          authors: authors[i]!,
          keywords: keywords[i]!,
          openreviewId: openreviewIds[i] || undefined,
          abstractQuality: (quality.values[quality.of[i]!] || undefined) as AbstractQuality | undefined,
          extra: extraOf.get(i) ?? {},
        },
        abstracts,
        i,
      ),
  );
}

/** The abstracts as UTF-8, each decoded when first read. */
class AbstractColumn {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly bytes: Uint8Array,
    private readonly ends: Uint32Array,
  ) {}

  text(i: number): string {
    return this.decoder.decode(this.bytes.subarray(i === 0 ? 0 : this.ends[i - 1], this.ends[i]));
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

function isTextListArray(value: unknown, length: number): value is string[][] {
  return Array.isArray(value) && value.length === length && value.every((item) => isTextArray(item, Array.isArray(item) ? item.length : undefined));
}

function isTextArray(value: unknown, length: number | undefined): value is string[] {
  return Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string');
}
