import { bibtexEntry } from '../core/citations/bibtexEntry';
import type { BibtexOptions } from '../core/citations/bibtexEntry';
import { citationKeys } from '../core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../core/citations/parseKeyFormat';
import { preferredVersion } from '../core/citations/preferredVersion';
import type { Paper } from '../core/dataset/paper';
import { computeCitationEdit } from '../core/editing/computeCitationEdit';
import type { SearchIndex } from '../core/search/buildSearchIndex';
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
const BOOKTITLE_STYLES: readonly BibtexOptions['booktitleStyle'][] = ['short', 'openreview'];

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', value: 'FORMAT', description: 'bibtex (an entry, the default), latex (\\cite{key}) or markdown ([@key])' },
  { name: 'booktitle', value: 'STYLE', description: "short ('International Conference on …', the default) or openreview ('The Eleventh …')" },
  ...DATA_OPTIONS,
  HELP_OPTION,
];

export const CITE_HELP = commandHelp(
  ['paper-lookup cite [options] ID|KEY|QUERY...'],
  'Prints a citation of one paper: given by its id or citation key, or else the best match of a search whose every word is in its title (of several versions of one title, the accepted, then the newest).',
  OPTIONS,
  ['Keys are the extension\'s default ones ({title1}{title2}{year}), unique across the dataset.'],
);

/** `paper-lookup cite`: a BibTeX entry or citation command for one paper, for scripts and shell users. */
export async function citeCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'cite');
  if (options.has('help')) {
    await write(io.stdout, CITE_HELP);
    return 0;
  }
  const format = choice(options.get('format') ?? 'bibtex', FORMATS, 'format', 'cite');
  const booktitleStyle = choice(options.get('booktitle') ?? 'short', BOOKTITLE_STYLES, 'booktitle', 'cite');
  const target = positionals.join(' ').trim();
  if (target === '') throw new CliError('cite: give a paper id, a citation key or a search query');
  const index = await openSearchIndex(io, dataSource(options));
  const keys = citationKeys(index.papers, DEFAULT_KEY_FORMAT);
  const paper = citedPaper(index, keys, target);
  if (paper === undefined) throw new CliError(noTitleMatch(index, target), 1);
  const key = keys.get(paper.id) ?? paper.id;
  if (paper.id !== target && key !== target) {
    await write(io.stderr, `Citing the best match: ${terminalText(paper.title)} (${terminalText(venueLabel(paper))})\n`);
  }
  await write(io.stdout, `${citation(paper, key, format, booktitleStyle)}\n`);
  return 0;
}

function citedPaper(index: SearchIndex, keys: ReadonlyMap<string, string>, target: string): Paper | undefined {
  const byId = index.paperById.get(target);
  if (byId !== undefined) return byId;
  for (const [id, key] of keys) if (key === target) return index.paperById.get(id);
  return preferredVersion(searchPapers(index, inTitle(target), { limit: 20, withMatchedTerms: false }).hits.map((hit) => hit.paper));
}

/**
 * The query with every plain word required in the title (filters, quoted phrases and +/- words as given):
 * a citation printed for a script must not be a paper that merely shares a word or two with the request.
 */
function inTitle(query: string): string {
  return query
    .split(/\s+/)
    .map((word) => (word === '' || /^[+\-"]|:/.test(word) ? word : `title:${word}`))
    .join(' ');
}

function noTitleMatch(index: SearchIndex, target: string): string {
  const closest = searchPapers(index, target, { limit: 3 }).hits.map(({ paper }) => `${terminalText(paper.title)} (${paper.id})`);
  const hint = closest.length > 0 ? `; closest: ${closest.join('; ')}. Cite one by its id` : '';
  return `cite: no paper has every word of '${terminalText(target)}' in its title${hint}`;
}

function citation(paper: Paper, key: string, format: (typeof FORMATS)[number], booktitleStyle: BibtexOptions['booktitleStyle']): string {
  if (format === 'bibtex') return bibtexEntry(paper, key, { booktitleStyle, includeAbstract: false });
  // An empty document: plain `\cite` for LaTeX, Pandoc's `[@key]` for Markdown, exactly as the editor inserts them.
  return computeCitationEdit('', 0, key, { lang: format, markdownStyle: 'pandoc', paper }).text;
}
