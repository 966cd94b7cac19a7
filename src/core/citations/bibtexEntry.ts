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
  const authors = authorList(paper.authors);
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

/** Authors as BibTeX's `A and B`; a name that itself holds ` and ` is braced so BibTeX keeps it one name. */
function authorList(names: readonly string[]): string | undefined {
  const clean = names.map((name) => bibtexText(name, { protectCase: false })).filter((name) => name !== '');
  return clean.length === 0 ? undefined : clean.map((name) => (/\sand\s/i.test(name) ? `{${name}}` : name)).join(' and ');
}

/** natbib prints `key` where the authors would go, so it is short and readable: the first significant title words. */
function labelWords(title: string): string {
  const words = significantWords(title).slice(0, 2);
  return words.length === 0 ? 'Paper' : words.join(' ');
}
