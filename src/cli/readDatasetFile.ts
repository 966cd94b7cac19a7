import type { DatasetProblem } from '../core/dataset/paper';
import { formatProblem } from '../core/dataset/formatProblem';
import { parseDatasetBytes } from '../core/dataset/parseDatasetBytes';
import type { ParsedDataset } from '../core/dataset/parsedDataset';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { terminalText } from './terminalText';

/** Problems shown per file; a broken file would otherwise bury the results under thousands of lines. */
export const SHOWN_PROBLEMS = 20;

/**
 * Reads one dataset file and prints its problems on stderr as `file:line: message`, so good rows still load.
 * An unreadable file or one without a single usable paper is a CliError (one line, exit 2).
 */
export async function readDatasetFile(io: CliIo, file: string): Promise<ParsedDataset> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${readErrorText(error)}`);
  }
  const dataset = await parseDatasetBytes(bytes, file);
  if (dataset.papers.length === 0) {
    const first = dataset.problems[0];
    throw new CliError(`${file}: no usable papers${first === undefined ? ' (the file is empty)' : ` (${formatProblem(first)})`}`);
  }
  await reportProblems(io, dataset.problems, file);
  return dataset;
}

/** Prints the first SHOWN_PROBLEMS problems of a file and one line counting the rest. */
export async function reportProblems(io: CliIo, problems: readonly DatasetProblem[], file: string): Promise<void> {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  let text = shown.map((problem) => `${terminalText(formatProblem(problem))}\n`).join('');
  const more = problems.length > shown.length ? problemCount(problems) - shown.length : 0;
  if (more > 0) text += `${terminalText(file)}: and ${more} more problem${more === 1 ? '' : 's'}\n`;
  if (text !== '') await write(io.stderr, text);
}

/** How many problems a file has; the core caps a long list with a final `and N more problems`, whose N counts too. */
export function problemCount(problems: readonly DatasetProblem[]): number {
  const last = problems[problems.length - 1];
  const summarised = last?.line === 0 ? /^and (\d+) more problems?$/.exec(last.message) : null;
  return summarised === null ? problems.length : problems.length - 1 + Number(summarised[1]);
}

function readErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
