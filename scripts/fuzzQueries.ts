// `npm run fuzz [-- --count N] [--seed S] [--bound-ms MS] [--dataset FILE]`: generated hostile queries through the
// search core and through the terminal companion's stdin mode, in process. Run with tsx, not bundled: a bundle
// would also run src/cli/main.ts as the program. Fails (exit 1) on any exception, any
// malformed answer, or any single query slower than the bound. The unit-size versions are
// test/unit/search/neverThrows.test.ts and test/unit/cli/fuzzCli.test.ts.
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { createPrng } from '../bench/prng';
import type { CliIo } from '../src/cli/cliIo';
import { bundledData, main } from '../src/cli/main';
import { openIndexFile } from '../src/cli/openIndexFile';
import { parseDataset } from '../src/core/dataset/parseDataset';
import type { SearchIndex } from '../src/core/search/buildSearchIndex';
import { buildSearchIndex } from '../src/core/search/buildSearchIndex';
import { loadSearchIndex } from '../src/core/search/loadSearchIndex';
import { searchPapers } from '../src/core/search/searchPapers';
import { hostileQuery } from './hostileQuery';
import type { Random } from './hostileQuery';

/** The stated bound: no single query, however hostile, may take longer, in the core or through the CLI. */
const DEFAULT_BOUND_MS = 250;
const LIMIT = 10;
/** Queries per CLI run: each run loads the index once and answers this many stdin lines. */
const CLI_BATCH = 5_000;

interface Timings {
  readonly times: number[];
  failures: number;
  readonly examples: string[];
  slowest: { ms: number; query: string };
  /** Queries that took longer than the bound once; re-timed alone before they count as too slow. */
  readonly over: string[];
}

const args = parseArgs(process.argv.slice(2));
void run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

async function run(): Promise<void> {
  const started = performance.now();
  const bundled = bundledData(path.join(__dirname, '..', 'dist'));
  const index = args.dataset === undefined ? await loadBundledIndex(bundled.indexDir) : buildSearchIndex(parseDataset(readFileSync(args.dataset, 'utf8'), args.dataset).papers);
  const random = createPrng(args.seed);
  const queries = Array.from({ length: args.count }, () => hostileQuery(random));
  const longQueries = queries.filter((query) => query.length >= 10_000).length;
  console.log(`${args.count} queries (seed ${args.seed}, ${longQueries} of 10,000+ characters) against ${index.papers.length} papers`);

  const core = fuzzCore(index, queries);
  const coreSlow = core.over.filter((query) => retimeCore(index, query) > args.boundMs).length;
  report('core searchPapers', core, coreSlow);
  const cli = await fuzzCli(bundled, queries, createPrng(args.seed + 1));
  let cliSlow = 0;
  for (const query of cli.perQuery.over) if ((await retimeCli(bundled, query)) > args.boundMs) cliSlow++;
  report('CLI search (stdin)', cli.perQuery, cliSlow);
  console.log(`  CLI runs: ${cli.runs}, slowest run start to first answer (index load included) ${cli.maxFirst.toFixed(1)} ms`);

  const failures = core.failures + cli.perQuery.failures;
  const ok = failures === 0 && coreSlow + cliSlow === 0;
  console.log(
    `fuzz: ${args.count} queries x 2 paths, ${failures} exceptions or bad answers, ` +
      `core max ${max(core.times).toFixed(2)} ms p99 ${p99(core.times).toFixed(3)} ms, ` +
      `CLI max ${max(cli.perQuery.times).toFixed(2)} ms p99 ${p99(cli.perQuery.times).toFixed(3)} ms, ` +
      `bound ${args.boundMs} ms per query (${core.over.length + cli.perQuery.over.length} over once, ${coreSlow + cliSlow} still over when re-timed): ` +
      `${ok ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (!ok) process.exitCode = 1;
}

async function loadBundledIndex(dir: string): Promise<SearchIndex> {
  try {
    return await loadSearchIndex((name) => fs.readFile(path.join(dir, name)));
  } catch (error) {
    throw new Error(`cannot load the bundled index in ${dir} (run node esbuild.mjs first): ${String(error)}`);
  }
}

function fuzzCore(index: SearchIndex, queries: readonly string[]): Timings {
  const timings = newTimings();
  for (const query of queries) {
    const start = performance.now();
    try {
      const result = searchPapers(index, query, { limit: LIMIT });
      time(timings, query, performance.now() - start);
      const wellFormed =
        result.hits.length <= Math.min(LIMIT, result.total) &&
        result.total <= index.papers.length &&
        result.hits.every((hit) => index.paperById.has(hit.paper.id) && Number.isFinite(hit.score)) &&
        (result.hint === undefined || result.hint.length > 0);
      if (!wellFormed) fail(timings, query, 'malformed result');
    } catch (error) {
      time(timings, query, performance.now() - start);
      fail(timings, query, String(error));
    }
  }
  return timings;
}

/**
 * Feeds the queries to `paper-lookup search` as stdin lines, in runs of CLI_BATCH, in chunks cut at random
 * byte offsets (so lines and characters are split across reads) with invalid UTF-8 spliced into some lines.
 * A query's time is the gap between its answer line and the previous one.
 */
async function fuzzCli(bundled: CliIo['bundled'], queries: readonly string[], random: Random): Promise<{ perQuery: Timings; runs: number; maxFirst: number }> {
  const perQuery = newTimings();
  let runs = 0;
  let maxFirst = 0;
  for (let first = 0; first < queries.length; first += CLI_BATCH) {
    const lines = queries.slice(first, first + CLI_BATCH).map((query) => lineBytes(query, random));
    const stdout = timedCollector();
    const stderr = timedCollector();
    const io: CliIo = {
      stdout: stdout.stream,
      stderr: stderr.stream,
      stdin: Readable.from(randomChunks(Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])), random)),
      stdinIsTTY: false,
      stdoutColumns: undefined,
      readFile: (file) => fs.readFile(file),
      openIndexFile,
      openFile: async (file) => (await fs.open(file)).createReadStream(),
      bundled,
      version: 'fuzz',
    };
    const cliArgs = ['search', '--limit', String(LIMIT), ...(args.dataset === undefined ? [] : ['--dataset', args.dataset])];
    const start = performance.now();
    let code: number;
    try {
      code = await main(cliArgs, io);
    } catch (error) {
      fail(perQuery, `run of lines ${first + 1}..`, `main threw: ${String(error)}`);
      continue;
    }
    runs++;
    const writes = stdout.writes();
    if (code !== 0 || stderr.writes().length > 0) fail(perQuery, `run of lines ${first + 1}..`, `exit ${code}: ${stderr.writes().map((w) => w.text).join('')}`);
    if (writes.length !== lines.length) fail(perQuery, `run of lines ${first + 1}..`, `${writes.length} answers for ${lines.length} lines`);
    maxFirst = Math.max(maxFirst, (writes[0]?.at ?? start) - start);
    writes.forEach((write, i) => {
      const expected = lines[i]?.toString('utf8');
      if (expected === undefined) return; // an extra answer, reported above
      if (i > 0) time(perQuery, expected, write.at - writes[i - 1]!.at);
      try {
        const answer = JSON.parse(write.text) as { query: unknown; hits: unknown };
        if (answer.query !== expected || !Array.isArray(answer.hits) || answer.hits.length > LIMIT) fail(perQuery, expected, 'answer does not match its query');
      } catch {
        fail(perQuery, expected, `not one JSON line: ${write.text.slice(0, 80)}`);
      }
    });
  }
  return { perQuery, runs, maxFirst };
}

/** A query's best of three core timings: one slow timing on a busy machine is often a pause, not the query. */
function retimeCore(index: SearchIndex, query: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    searchPapers(index, query, { limit: LIMIT });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The same through the CLI: the query four times in one stdin run; the first answer also pays the index load. */
async function retimeCli(bundled: CliIo['bundled'], query: string): Promise<number> {
  const stdout = timedCollector();
  const io: CliIo = {
    stdout: stdout.stream,
    stderr: timedCollector().stream,
    stdin: Readable.from([Buffer.from(`${query.replace(/[\r\n]/g, ' ')}\n`.repeat(4), 'utf8')]),
    stdinIsTTY: false,
    stdoutColumns: undefined,
    readFile: (file) => fs.readFile(file),
    openIndexFile,
    openFile: async (file) => (await fs.open(file)).createReadStream(),
    bundled,
    version: 'fuzz',
  };
  await main(['search', '--limit', String(LIMIT), ...(args.dataset === undefined ? [] : ['--dataset', args.dataset])], io);
  const writes = stdout.writes();
  return Math.min(...writes.slice(1).map((write, i) => write.at - writes[i]!.at));
}

/** A query as one stdin line: line breaks become spaces (stdin mode reads one query per line); 2% get invalid UTF-8. */
function lineBytes(query: string, random: Random): Buffer {
  const bytes = Buffer.from(query.replace(/[\r\n]/g, ' '), 'utf8');
  if (random() >= 0.02) return bytes;
  const at = Math.floor(random() * (bytes.length + 1));
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), bytes.subarray(at)]);
}

function randomChunks(bytes: Buffer, random: Random): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(random() * 65_536);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** Each write with the moment it arrived; the CLI writes exactly one answer line per write in stdin mode. */
function timedCollector(): { stream: Writable; writes: () => { at: number; text: string }[] } {
  const writes: { at: number; text: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      writes.push({ at: performance.now(), text: chunk.toString() });
      callback();
    },
  });
  return { stream, writes: () => writes };
}

function newTimings(): Timings {
  return { times: [], failures: 0, examples: [], slowest: { ms: 0, query: '' }, over: [] };
}

function time(timings: Timings, query: string, ms: number): void {
  timings.times.push(ms);
  if (ms > timings.slowest.ms) timings.slowest = { ms, query };
  if (ms > args.boundMs) timings.over.push(query);
}

function fail(timings: Timings, query: string, why: string): void {
  timings.failures++;
  if (timings.examples.length < 5) timings.examples.push(`${JSON.stringify(query.slice(0, 120))}: ${why}`);
}

function report(label: string, timings: Timings, slow: number): void {
  console.log(
    `  ${label}: ${timings.times.length} timed, ${timings.failures} failures, max ${max(timings.times).toFixed(2)} ms, p99 ${p99(timings.times).toFixed(3)} ms, ` +
      `${timings.over.length} over the bound once, ${slow} still over when re-timed`,
  );
  for (const example of timings.examples) console.log(`    ${example}`);
  const { ms, query } = timings.slowest;
  console.log(`    slowest (${ms.toFixed(1)} ms): ${query.length} characters, ${JSON.stringify(query.slice(0, 100))}`);
}

function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

function p99(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
}

function parseArgs(argv: readonly string[]): { count: number; seed: number; boundMs: number; dataset: string | undefined } {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const number = (name: string, fallback: number): number => {
    const text = value(name);
    const parsed = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number, got ${String(text)}`);
    return parsed;
  };
  return { count: number('count', 100_000), seed: number('seed', 20260601), boundMs: number('bound-ms', DEFAULT_BOUND_MS), dataset: value('dataset') };
}
