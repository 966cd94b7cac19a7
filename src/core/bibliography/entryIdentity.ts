import { normaliseTitle } from '../citations/normaliseTitle';
import type { BibEntry } from './parseBibFile';

/** What names the work an entry cites, read from its fields; every part is optional. */
export interface EntryIdentity {
  /** `normaliseTitle` of the title; empty when there is none. */
  readonly title: string;
  /** As written, like BibEntrySummary's, so `isSameWork` takes the identity as it is. */
  readonly year: string | undefined;
  readonly openreviewId?: string;
  /** Lowercase, without `https://doi.org/`. */
  readonly doi?: string;
  /** Without its version (`2101.00001`, `cs/0101001`). */
  readonly arxivId?: string;
  /** Typed and labelled as an arXiv preprint (`eprint`, `archivePrefix = arXiv`, `journal = {arXiv preprint …}`, an arxiv.org URL). */
  readonly isPreprint: boolean;
  /** An `@inproceedings`/`@conference` whose booktitle names ICLR. */
  readonly claimsIclr: boolean;
}

const OPENREVIEW = /openreview\.net\/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)/;
const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/([a-z-]+\/\d{7}|\d{4}\.\d{4,5})/i;
const ARXIV_ID = /^(?:arxiv:)?([a-z-]+\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?$/i;
const ARXIV_IN_TEXT = /arxiv:\s*([a-z-]+\/\d{7}|\d{4}\.\d{4,5})/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/;
const ICLR = /\bICLR\b|International Conference on Learning Representations/i;
const PREPRINT_TYPES = new Set(['misc', 'article', 'unpublished', 'online', 'techreport', 'report']);

/** Reads an entry's title, year, OpenReview id, DOI and arXiv id, and whether it is typed as a preprint or an ICLR paper. */
export function entryIdentity(entry: BibEntry): EntryIdentity {
  const field = (name: string): string => entry.fields.get(name)?.value.trim() ?? '';
  const text = ['url', 'pdf', 'openreview', 'note', 'howpublished'].map(field).join(' ');
  const openreviewId = OPENREVIEW.exec(text)?.[1];
  let doi = field('doi').toLowerCase().replace(/^https?:\/\/(?:dx\.)?doi\.org\//, '') || /doi\.org\/(10\.\S+)/i.exec(text)?.[1]?.toLowerCase();
  const arxivFromDoi = doi === undefined ? undefined : ARXIV_DOI.exec(doi)?.[1];
  if (arxivFromDoi !== undefined) doi = undefined;
  const prefix = `${field('archiveprefix')} ${field('eprinttype')}`.toLowerCase();
  const eprint = field('eprint');
  const arxivId = (
    (eprint !== '' && (prefix.includes('arxiv') || ARXIV_ID.test(eprint)) ? ARXIV_ID.exec(eprint)?.[1] : undefined) ??
    arxivFromDoi ??
    ARXIV_URL.exec(text)?.[1] ??
    ARXIV_IN_TEXT.exec(`${field('journal')} ${field('note')} ${field('howpublished')}`)?.[1]
  )?.toLowerCase();
  const venue = `${field('journal')} ${field('howpublished')} ${field('publisher')} ${prefix}`;
  const isPreprint = PREPRINT_TYPES.has(entry.type) && (arxivId !== undefined || /arxiv/i.test(venue));
  const claimsIclr = (entry.type === 'inproceedings' || entry.type === 'conference') && ICLR.test(field('booktitle'));
  const year = field('year');
  return {
    title: normaliseTitle(field('title')),
    year: year === '' ? undefined : year,
    ...(openreviewId === undefined ? {} : { openreviewId }),
    ...(doi === undefined || doi === '' ? {} : { doi }),
    ...(arxivId === undefined ? {} : { arxivId }),
    isPreprint,
    claimsIclr,
  };
}
