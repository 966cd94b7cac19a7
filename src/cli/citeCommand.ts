import { bibtexEntry } from '../core/citations/bibtexEntry';
import { citationKeys } from '../core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT, DEFAULT_KEY_TEMPLATE } from '../core/citations/parseKeyFormat';
import { preferredVersion } from '../core/citations/preferredVersion';
import { BOOKTITLE_STYLES } from '../core/citations/proceedingsFields';
import type { BooktitleStyle } from '../core/citations/proceedingsFields';
import type { Paper } from '../core/dataset/paper';
import { computeCitationEdit } from '../core/editing/computeCitationEdit';
import { analyzeWord } from '../core/search/analyzeText';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { parseQuery } from '../core/search/parseQuery';
import { searchPapers } from '../core/search/searchPapers';
import { venueLabel } from '../core/venues';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { commandHelp } from './commandHelp';
import { DATA_OPTIONS, dataSource, openSearchIndex } from './dataSource';
import { choice, HELP_OPTION, parseArgs } from './parseArgs';
import type { OptionSpec } from './parseArgs';
import { terminalText } from './terminalText';

const FORMATS = ['bibtex', 'latex', 'markdown'] as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', value: 'FORMAT', description: 'bibtex (an entry, the default), latex (\\cite{key}) or markdown ([@key])' },
  {
    name: 'booktitle',
    value: 'STYLE',
    description: "openreview (as OpenReview writes it, the default: 'The Eleventh International Conference on Learning Representations' for 2023), short ('International Conference on Learning Representations') or dblp (dblp's, with place, dates and publisher)",
  },
  ...DATA_OPTIONS,
  HELP_OPTION,
];

export const CITE_HELP = commandHelp(
  ['paper-lookup cite [options] ID|KEY|QUERY...'],
  'Prints a citation of one paper: given by its id or citation key, or else the best match of a search whose every word is in its title (of several versions of one title, the accepted, then the newest). A query without a word of a title is refused.',
  OPTIONS,
  [`Keys are the extension's default ones, OpenReview's (${DEFAULT_KEY_TEMPLATE}, e.g. yoon2023esd), unique across the dataset ignoring case.`],
);

/** `paper-lookup cite`: a BibTeX entry or citation command for one paper, for scripts and shell users. */
export async function citeCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'cite');
  if (options.has('help')) {
    await write(io.stdout, CITE_HELP);
    return 0;
  }
  const format = choice(options.get('format') ?? 'bibtex', FORMATS, 'format', 'cite');
  const booktitleStyle = choice(options.get('booktitle') ?? 'openreview', BOOKTITLE_STYLES, 'booktitle', 'cite');
  const target = positionals.join(' ').trim();
  if (target === '') throw new CliError('cite: give a paper id, a citation key or a search query');
  const index = await openSearchIndex(io, dataSource(options));
  const keys = citationKeys(index.papers, DEFAULT_KEY_FORMAT);
  const paper = citedPaper(index, keys, target);
  if (paper === undefined) throw new CliError(noTitleMatch(index, target), 1);
  const key = keys.get(paper.id) ?? paper.id;
  if (paper.id !== target && key.toLowerCase() !== target.toLowerCase()) {
    await write(io.stderr, `Citing the best match: ${terminalText(paper.title)} (${terminalText(venueLabel(paper))})\n`);
  }
  await write(io.stdout, `${citation(paper, key, format, booktitleStyle)}\n`);
  return 0;
}

function citedPaper(index: SearchIndex, keys: ReadonlyMap<string, string>, target: string): Paper | undefined {
  const byId = index.paperById.get(target);
  if (byId !== undefined) return byId;
  // Keys are unique ignoring case, as BibTeX compares them.
  for (const [id, key] of keys) if (key.toLowerCase() === target.toLowerCase()) return index.paperById.get(id);
  const query = inTitle(target);
  if (!hasTitleWord(query)) {
    throw new CliError(`cite: '${terminalText(target)}' has no word to look for in a title; give a paper id, a citation key or words of its title`, 1);
  }
  return preferredVersion(searchPapers(index, query, { limit: 20, withMatchedTerms: false }).hits.map((hit) => hit.paper));
}

/**
 * The query with every word and phrase that is not excluded required in the title (filters and `-` words
 * as given): a citation printed for a script must not be a paper that merely shares a word or two with the
 * request, or one that only its abstract matches.
 */
function inTitle(query: string): string {
  return query.replace(/([+-]*)"([^"]*)"?|(\S+)/g, (token: string, modifiers: string, phrase: string | undefined, word: string | undefined = '') => {
    if (phrase !== undefined) return modifiers.startsWith('-') ? token : `title:"${phrase}"`;
    const bare = word.replace(/^[+-]+/, '');
    return word.startsWith('-') || bare === '' || bare.includes(':') ? word : `title:${bare}`;
  });
}

/** Whether a query asks for at least one word that a title can hold: filters, exclusions and stop words alone cannot pick a paper. */
function hasTitleWord(query: string): boolean {
  return parseQuery(query).words.some((word) => word.presence === 'required' && word.fields.includes('title') && analyzeWord(word.text) !== undefined);
}

function noTitleMatch(index: SearchIndex, target: string): string {
  const closest = searchPapers(index, target, { limit: 3 }).hits.map(({ paper }) => `${terminalText(paper.title)} (${paper.id})`);
  const hint = closest.length > 0 ? `; closest: ${closest.join('; ')}. Cite one by its id` : '';
  return `cite: no paper has every word of '${terminalText(target)}' in its title${hint}`;
}

function citation(paper: Paper, key: string, format: (typeof FORMATS)[number], booktitleStyle: BooktitleStyle): string {
  if (format === 'bibtex') return bibtexEntry(paper, key, { booktitleStyle, includeAbstract: false });
  // An empty document: plain `\cite` for LaTeX, Pandoc's `[@key]` for Markdown, exactly as the editor inserts them.
  return computeCitationEdit('', 0, key, { lang: format, markdownStyle: 'pandoc', paper }).text;
}
