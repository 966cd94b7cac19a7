import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../../src/cli/cliIo';
import { memoryBytes } from '../../../src/core/search/byteSource';
import { main } from '../../../src/cli/main';

export const SAMPLE_FILE = path.resolve(__dirname, '../../../data/iclr-sample.jsonl');
const SAMPLE_BYTES = readFileSync(SAMPLE_FILE);

export interface FakeRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the command read, in order. */
  readonly reads: readonly string[];
}

export interface FakeOptions {
  /** Dataset files by name; the bundled sample and real files under the OS temp dir are always there. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** Stdin as chunks, to test lines split across reads. */
  readonly stdin?: readonly string[];
  readonly stdinIsTTY?: boolean;
  readonly columns?: number;
}

/** Runs the CLI in-process with captured streams and an in-memory file system. */
export async function runCli(args: readonly string[], options: FakeOptions = {}): Promise<FakeRun> {
  const stdout = collector();
  const stderr = collector();
  const reads: string[] = [];
  const readFile = async (file: string): Promise<Uint8Array> => {
    reads.push(file);
    if (file === SAMPLE_FILE) return SAMPLE_BYTES;
    const content = options.files?.[file];
    // Indexes written by `import` in a test live in a real temporary directory.
    if (content === undefined && file.startsWith(os.tmpdir())) return fs.readFile(file);
    if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  };
  const io: CliIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.stdin ?? []),
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutColumns: options.columns,
    readFile,
    openFile: async (file) => chunked(await readFile(file)),
    openIndexFile: async (file) => memoryBytes(await readFile(file)),
    bundled: { indexDir: '/nonexistent/dist/index', datasetFile: SAMPLE_FILE },
    version: '9.8.7',
  };
  const code = await main(args, io);
  // Let any write still queued in the stream reach the collector.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: stdout.text(), stderr: stderr.text(), reads };
}

/** A file as a read stream delivers it: in small chunks, so lines and characters are cut across them. */
// eslint-disable-next-line @typescript-eslint/require-await -- an AsyncIterable of bytes already in memory, shaped like a file stream
async function* chunked(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += 1000) yield bytes.subarray(start, start + 1000);
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Asserts the shape every failure must have: exactly one line, prefixed with the program name. */
export function errorLines(run: FakeRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

/** A JSONL line for a fixture dataset. */
export function row(title: string, abstract: string, conference = 'ICLR.cc/2022/Conference', decision = 'Accept (Poster)'): string {
  return JSON.stringify({ conference, title, abstract, decision });
}
