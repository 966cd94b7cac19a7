import type { DatasetProblem } from '../core/dataset/paper';
import { formatProblem } from '../core/dataset/formatProblem';
import { parseDatasetStream } from '../core/dataset/parseDatasetStream';
import type { ParsedDataset } from '../core/dataset/parsedDataset';
import { problemCount } from '../core/dataset/problemCount';
import { unusableDatasetMessage } from '../core/dataset/unusableDatasetMessage';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { terminalText } from './terminalText';
import { errorText } from '../core/errorText';

/** Problems shown per file; a broken file would otherwise bury the results under thousands of lines. */
export const SHOWN_PROBLEMS = 20;

/**
 * Reads one dataset file, in chunks, and prints its problems on stderr as `file:line: message`, so good rows
 * still load. An unreadable file or one without a single usable paper is a CliError (one line, exit 2).
 */
export async function readDatasetFile(io: CliIo, file: string): Promise<ParsedDataset> {
  let chunks: AsyncIterable<Uint8Array>;
  try {
    chunks = await io.openFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${readErrorText(error)}`);
  }
  const dataset = await parseDatasetStream(chunks, file);
  const unusable = unusableDatasetMessage(dataset, file);
  if (unusable !== undefined) throw new CliError(unusable);
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

function readErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorText(error);
}
