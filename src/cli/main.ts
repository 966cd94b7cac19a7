import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { checkCommand } from './checkCommand';
import { citeCommand } from './citeCommand';
import { CliError } from './cliError';
import { importCommand } from './importCommand';
import type { BundledData, CliIo } from './cliIo';
import { write } from './cliIo';
import { searchCommand } from './searchCommand';
import { statsCommand } from './statsCommand';
import { terminalText } from './terminalText';
import { errorText } from '../core/errorText';
import { DamagedIndexError } from '../core/search/checkedIndexFile';
import { openIndexFile } from './openIndexFile';

type Command = (io: CliIo, args: readonly string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  search: searchCommand,
  stats: statsCommand,
  cite: citeCommand,
  import: importCommand,
  check: checkCommand,
};

/** hasOwn: 'toString' and the other Object.prototype names are not commands. */
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

export const MAIN_HELP = `Usage: paper-lookup COMMAND [options]

Search, count and cite ICLR papers from the terminal, with the same search as the Paper Lookup extension.

Commands:
  search QUERY...   print the best matches (no query: one query per stdin line, JSON lines out)
  stats             papers per venue and decision tier
  cite ID|QUERY     a BibTeX entry, \\cite{key} or [@key] for one paper
  import FILE...    merge dataset files and prebuild their index (--out DIR) for search --index DIR
  check FILE        a .tex or .md file's citations against its .bib files and the papers' decisions

Options:
  -h, --help        show this help; 'paper-lookup COMMAND --help' shows a command's options
  --version         print the version

Exit codes: 0 success, 1 nothing to cite, an error found by check, or an unexpected error, 2 bad usage or a bad dataset.
`;

/**
 * Runs one command line and returns the exit code. Every failure becomes one line on stderr starting with
 * `paper-lookup: `: never a stack trace, whatever the arguments or the data.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' && rest[0] !== undefined ? commandNamed(rest[0]) : undefined;
      if (topic !== undefined) return await topic(io, ['--help']);
      await write(io.stdout, MAIN_HELP);
      return 0;
    }
    if (command === '--version' || command === '-V') {
      await write(io.stdout, `${io.version}\n`);
      return 0;
    }
    if (command === undefined) throw new CliError(`missing command (${Object.keys(COMMANDS).join(', ')}); see 'paper-lookup --help'`);
    const run = commandNamed(command);
    if (run === undefined) {
      const what = command.startsWith('-') ? 'option' : 'command';
      throw new CliError(`unknown ${what} '${command}'; commands are ${Object.keys(COMMANDS).join(', ')} (see 'paper-lookup --help')`);
    }
    return await run(io, rest);
  } catch (error) {
    // A damaged index found mid-search names its file and says to rebuild it, as a load error does.
    const failure = error instanceof DamagedIndexError ? new CliError(error.message) : error;
    const known = failure instanceof CliError;
    const message = known ? failure.message : `unexpected error: ${errorText(error)}`;
    await write(io.stderr, `paper-lookup: ${terminalText(message)}\n`);
    return known ? failure.exitCode : 1;
  }
}

/** The bundled data next to dist/cli.js: dist/index/, else the package's data/ corpus (found from any depth). */
export function bundledData(dir: string): BundledData {
  let root = dir;
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  return { indexDir: path.join(dir, 'index'), datasetFile: path.join(root, 'data', 'iclr-2018-2023.jsonl.gz') };
}

function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    readFile: (file) => fs.promises.readFile(file),
    openFile: async (file) => (await fs.promises.open(file)).createReadStream({ highWaterMark: 2 ** 20 }),
    openIndexFile,
    bundled: bundledData(__dirname),
    version,
  };
}

// Runs only as the program (dist/cli.js), never when a test imports this module.
if (require.main === module) {
  // `paper-lookup search x | head -1` closes the pipe early: stop quietly instead of printing EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  process.on('uncaughtException', (error) => {
    process.stderr.write(`paper-lookup: unexpected error: ${terminalText(error.message)}\n`);
    process.exit(1);
  });
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
