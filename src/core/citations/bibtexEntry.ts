import type { Paper } from '../dataset/paper';
import { bibtexAuthors } from './bibtexAuthors';
import { bibtexText } from './bibtexText';
import { paperUrl } from './paperUrl';
import { proceedingsFields } from './proceedingsFields';
import type { BooktitleStyle } from './proceedingsFields';
import { significantWords } from './significantWords';
import { publicationStatus } from './publicationStatus';
import { isMainConferencePaper } from '../venues';

export interface BibtexOptions {
  /** How an accepted paper's proceedings are named (see proceedingsFields). */
  readonly booktitleStyle: BooktitleStyle;
  readonly includeAbstract: boolean;
}

/**
 * A BibTeX entry for a paper, field for field as OpenReview's own (openreview-py `generate_bibtex`):
 * a paper accepted to the main track is `@inproceedings` with `title`, `author`, `booktitle`, `year`,
 * `url`; any other (rejected, withdrawn, invited to or accepted at a workshop) is `@misc` without a
 * booktitle, whose extra `howpublished` says it was submitted and what happened, so no bibliography
 * presents it as published. Authors and URL come only from the dataset's own columns; when they are
 * missing the entry says so in a comment line above it (outside the entry, where BibTeX ignores text)
 * and carries a `key` field so natbib styles can still sort and label it.
 */
export function bibtexEntry(paper: Paper, key: string, options: BibtexOptions): string {
  const accepted = isMainConferencePaper(paper);
  const authors = bibtexAuthors(paper.authors);
  const url = paperUrl(paper);
  const fields: [string, string][] = [['title', bibtexText(paper.title, { protectCase: true })]];
  if (authors !== undefined) fields.push(['author', authors]);
  if (accepted) {
    fields.push(...proceedingsFields(paper, options.booktitleStyle));
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

/** natbib prints `key` where the authors would go, so it is short and readable: the first significant title words. */
function labelWords(title: string): string {
  const words = significantWords(title).slice(0, 2);
  return words.length === 0 ? 'Paper' : words.join(' ');
}
