import * as readline from 'node:readline';
import type { SearchIndex } from '../core/search/buildSearchIndex';
import { searchPapers } from '../core/search/searchPapers';
import type { SearchResult } from '../core/search/searchPapers';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { commandHelp } from './commandHelp';
import { DATA_OPTIONS, dataSource, openSearchIndex } from './dataSource';
import { HELP_OPTION, parseArgs, positiveInteger } from './parseArgs';
import type { OptionSpec } from './parseArgs';
import { alignColumns, terminalText, truncate } from './terminalText';

const DEFAULT_LIMIT = 10;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'limit', value: 'N', description: `show at most N results (default ${DEFAULT_LIMIT})` },
  { name: 'json', description: 'print one JSON object: { query, total, hint?, hits: [{ id, title, year, decision, tier, score }] }' },
  ...DATA_OPTIONS,
  HELP_OPTION,
];

export const SEARCH_HELP = commandHelp(
  ['paper-lookup search [options] QUERY...', 'paper-lookup search [options] < queries.txt'],
  'Searches the papers and prints the best matches: rank, title, year, decision and score.',
  OPTIONS,
  [
    'The query language is the extension\'s: words match titles, abstracts, authors and keywords, the last word',
    'also as a prefix, typos and accents are tolerated; filters year:2022, year:2019..2021, decision:oral,',
    'venue:iclr, title:word, abstract:word, author:name, keyword:word; -year:, -decision:, -venue:, -author:',
    'exclude; +word requires a word, -word excludes one (put such a query after --: search -- -word).',
    '',
    'Without a query, reads one query per line from stdin and prints one JSON line per query:',
    '{"query": …, "hits": [{"id", "title", "year", "decision", "score"}]}.',
  ],
);

/** `paper-lookup search`: one query from the arguments, or one per stdin line. */
export async function searchCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'search');
  if (options.has('help')) {
    await write(io.stdout, SEARCH_HELP);
    return 0;
  }
  const limit = positiveInteger(options.get('limit') ?? String(DEFAULT_LIMIT), 'limit', 'search');
  const source = dataSource(options);
  if (positionals.length === 0) {
    if (io.stdinIsTTY) await write(io.stderr, 'Reading queries from stdin, one per line; end with Ctrl-D.\n');
    const index = await openSearchIndex(io, source);
    await searchLines(io, index, limit);
    return 0;
  }
  const query = positionals.join(' ');
  const result = searchPapers(await openSearchIndex(io, source), query, { limit });
  await write(io.stdout, options.has('json') ? `${JSON.stringify(jsonResult(query, result))}\n` : resultTable(result, io.stdoutColumns));
  return 0;
}

/** Streams stdin line by line (a last line without newline included), searching each against the one index. */
async function searchLines(io: CliIo, index: SearchIndex, limit: number): Promise<void> {
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  for await (const query of lines) {
    const { hits } = searchPapers(index, query, { limit });
    const line = {
      query,
      hits: hits.map(({ paper, score }) => ({ id: paper.id, title: paper.title, year: paper.year ?? null, decision: paper.decision, score: roundScore(score) })),
    };
    await write(io.stdout, `${JSON.stringify(line)}\n`);
  }
}

function jsonResult(query: string, result: SearchResult): object {
  return {
    query,
    total: result.total,
    ...(result.hint === undefined ? {} : { hint: result.hint }),
    hits: result.hits.map(({ paper, score }) => ({
      id: paper.id,
      title: paper.title,
      year: paper.year ?? null,
      decision: paper.decision,
      tier: paper.tier,
      score: roundScore(score),
    })),
  };
}

/** Four decimals tell hits apart without printing float noise. */
function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** Columns: rank, title, year, decision, score; titles are cut to the terminal width only on a terminal. */
function resultTable(result: SearchResult, columns: number | undefined): string {
  const lines: string[] = [];
  if (result.hits.length > 0) {
    const rows = result.hits.map(({ paper, score }, index): [rank: string, title: string, year: string, decision: string, score: string] => [
      `${index + 1}.`,
      terminalText(paper.title),
      paper.year === undefined ? '' : String(paper.year),
      terminalText(paper.decision),
      score.toFixed(2),
    ]);
    if (columns !== undefined) {
      const others = Math.max(...rows.map((row) => row[0].length)) + Math.max(...rows.map((row) => row[3].length)) + 4 + 5 + 4 * 2;
      const titleWidth = Math.max(20, columns - others - 1);
      for (const row of rows) row[1] = truncate(row[1], titleWidth);
    }
    lines.push(...alignColumns(rows, new Set([0, 2, 4])));
    lines.push('', `${result.hits.length} of ${result.total} matching paper${result.total === 1 ? '' : 's'}`);
  } else {
    lines.push('No papers match.');
  }
  if (result.hint !== undefined) lines.push(`Hint: ${terminalText(result.hint)}`);
  return `${lines.join('\n')}\n`;
}
