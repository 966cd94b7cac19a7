import type { Paper } from '../dataset/paper';
import { bibtexText } from './bibtexText';
import { paperUrl } from './paperUrl';
import { significantWords } from './significantWords';
import { publicationStatus } from './publicationStatus';
import { isMainConferenceAcceptance } from '../venues';

export interface BibtexOptions {
  /** `short`: `International Conference on Learning Representations`; `openreview`: `The Eleventh International …` as OpenReview writes it. */
  readonly booktitleStyle: 'short' | 'openreview';
  readonly includeAbstract: boolean;
}

const ICLR_NAME = 'International Conference on Learning Representations';
/** ICLR 2013 was the first; OpenReview's BibTeX names each edition by its ordinal. */
const ICLR_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth'];
const FIRST_ICLR_YEAR = 2013;

/**
 * A BibTeX entry for a paper. Accepted papers are `@inproceedings`; everything else is `@misc` whose
 * `howpublished` says it was submitted and what happened, so no bibliography presents it as published.
 * Authors and URL come only from the dataset's own columns; when they are missing the entry says so in a
 * comment line above it (outside the entry, where BibTeX ignores text) and carries a `key` field so
 * natbib styles can still sort and label it.
 */
export function bibtexEntry(paper: Paper, key: string, options: BibtexOptions): string {
  const accepted = isMainConferenceAcceptance(paper.tier);
  const authors = authorList(paper.extra.authors ?? paper.extra.author);
  const url = paperUrl(paper);
  const fields: [string, string][] = [];
  if (authors !== undefined) fields.push(['author', authors]);
  fields.push(['title', bibtexText(paper.title, { protectCase: true })]);
  if (accepted) {
    fields.push(['booktitle', bibtexText(booktitle(paper, options.booktitleStyle), { protectCase: false })]);
  } else {
    const label = publicationStatus(paper);
    fields.push(['howpublished', bibtexText(label.charAt(0).toUpperCase() + label.slice(1), { protectCase: false })]);
  }
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  if (url !== undefined) fields.push(['url', url]);
  if (authors === undefined) fields.push(['key', labelWords(paper.title)]);
  if (options.includeAbstract && paper.abstract.trim() !== '') fields.push(['abstract', bibtexText(paper.abstract, { protectCase: false })]);

  const lines: string[] = [];
  const missing = authors === undefined ? (url === undefined ? 'authors and URL are' : 'authors are') : url === undefined ? 'URL is' : undefined;
  if (missing !== undefined) lines.push(`% Paper Lookup: ${missing} not in the dataset; fill ${authors === undefined ? 'them' : 'it'} in.`);
  lines.push(`@${accepted ? 'inproceedings' : 'misc'}{${key},`);
  fields.forEach(([name, value], index) => lines.push(`  ${name} = {${value}}${index < fields.length - 1 ? ',' : ''}`));
  lines.push('}');
  return lines.join('\n');
}

function booktitle(paper: Paper, style: BibtexOptions['booktitleStyle']): string {
  if (paper.venue !== 'ICLR') return paper.venue;
  const ordinal = paper.year === undefined ? undefined : ICLR_ORDINALS[paper.year - FIRST_ICLR_YEAR];
  return style === 'openreview' && ordinal !== undefined ? `The ${ordinal} ${ICLR_NAME}` : ICLR_NAME;
}

/**
 * Authors as BibTeX's `A and B`. Datasets write lists as JSON arrays, `A; B`, `A and B`, `A, B and C` or
 * `A, B`. One comma between a one-word side and another (`Smith, John`, `van der Berg, Jan`) is a single
 * `Last, First` name, kept whole as BibTeX reads it: splitting it would invent a second author.
 */
function authorList(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (isLastFirstName(trimmed)) return bibtexText(trimmed, { protectCase: false });
  const names = (trimmed.startsWith('[') ? jsonStrings(trimmed) : undefined) ?? trimmed.split(trimmed.includes(';') ? ';' : /\s*,\s*(?:and\s+)?|\s+and\s+/i);
  const clean = names.map((name) => bibtexText(name, { protectCase: false })).filter((name) => name !== '');
  return clean.length === 0 ? undefined : clean.join(' and ');
}

function isLastFirstName(text: string): boolean {
  const sides = text.split(',');
  if (sides.length !== 2 || /;|\band\b|^\[/i.test(text)) return false;
  const words = sides.map((side) => side.trim().split(/\s+/).filter((word) => word !== ''));
  return words.every((side) => side.length > 0) && words.some((side) => side.length === 1);
}

function jsonStrings(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** natbib prints `key` where the authors would go, so it is short and readable: the first significant title words. */
function labelWords(title: string): string {
  const words = significantWords(title).slice(0, 2);
  return words.length === 0 ? 'Paper' : words.join(' ');
}
