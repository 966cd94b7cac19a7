import { datasetStats } from '../core/dataset/datasetStats';
import { mergeDatasets } from '../core/dataset/mergeDatasets';
import type { ParsedDataset } from '../core/dataset/parsedDataset';
import { problemCount } from '../core/dataset/problemCount';
import { buildSearchIndex } from '../core/search/buildSearchIndex';
import { searchIndexParts } from '../core/search/searchIndexFiles';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { commandHelp } from './commandHelp';
import { HELP_OPTION, parseArgs } from './parseArgs';
import type { OptionSpec } from './parseArgs';
import { readDatasetFile } from './readDatasetFile';
import { statsTable } from './statsCommand';
import { terminalText } from './terminalText';
import { writeIndexDir } from './writeIndexDir';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'out', value: 'DIR', description: 'write the index into DIR (created, or replaced if it holds an index)' },
  HELP_OPTION,
];

export const IMPORT_HELP = commandHelp(
  ['paper-lookup import FILE... --out DIR'],
  'Reads and merges dataset files (JSONL, JSON array, CSV or Parquet; one per year or split), prints what they hold\n' +
    "and prebuilds the search index into DIR, for 'paper-lookup search --index DIR'.",
  OPTIONS,
  ['The same paper in several files is kept once. Problems are printed as file:line: message; good rows still load.'],
);

/** `paper-lookup import`: prebuilds the extension's index format from dataset files. */
export async function importCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'import');
  if (options.has('help')) {
    await write(io.stdout, IMPORT_HELP);
    return 0;
  }
  const out = options.get('out');
  if (out === undefined || out === '') throw new CliError('import: --out DIR is required');
  if (positionals.length === 0) throw new CliError('import: give at least one dataset file');

  const datasets: ParsedDataset[] = [];
  for (const file of positionals) datasets.push(await readDatasetFile(io, file));
  const merged = mergeDatasets(datasets);
  // Written in pieces: one buffer of the whole index would copy every abstract again (see searchIndexParts).
  await writeIndexDir(out, searchIndexParts(buildSearchIndex(merged.papers)).files);

  const problems = datasets.reduce((sum, dataset) => sum + problemCount(dataset.problems), 0);
  const summary = [
    `Imported ${merged.papers.length} paper${merged.papers.length === 1 ? '' : 's'} from ${positionals.length} file${positionals.length === 1 ? '' : 's'} into ${terminalText(out)}`,
    `(${merged.duplicates} duplicate${merged.duplicates === 1 ? '' : 's'} merged, ${problems} problem${problems === 1 ? '' : 's'}).`,
  ].join(' ');
  await write(io.stdout, `${statsTable(datasetStats(merged.papers))}\n${summary}\n`);
  return 0;
}
