// `npm run bench [-- --dataset FILE] [--sizes 100000] [--queries N] [--seed S] [--baseline-at-100k] [--only ours]`:
// plain lunr, MiniSearch, FlexSearch and our engine side by side on the bundled corpus (or FILE), and ours on
// synthetic corpora of the given sizes.
// Every build, load and query set runs in a fresh child process, so load time and heap are not polluted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Paper } from '../src/core/dataset/paper';
import { parseDataset } from '../src/core/dataset/parseDataset';
import { BENCH_ENGINES } from './benchEngines';
import { knownItemQueries, typedWords } from './knownItemQueries';
import type { KnownItemQuery } from './knownItemQueries';
import { measureEngine } from './measureEngine';
import { createPrng } from './prng';
import { printBenchTable } from './printBenchTable';
import type { BenchColumn, EngineReport } from './printBenchTable';
import { measureTree } from './measureTree';
import type { TreeMeasurement } from './measureTree';
import { syntheticCorpus } from './syntheticCorpus';

interface BenchQueries {
  readonly knownItem: KnownItemQuery[];
  readonly latency: { kind: string; query: string }[];
}

/** lunr's build of 100,000 papers takes minutes and gigabytes; children may use that much. */
const CHILD_HEAP_MB = 12_000;
/** Above this many papers plain lunr is only built when asked: its build alone takes ~2 minutes. */
const LARGE_CORPUS = 50_000;
const SAMPLE = 'data/iclr-sample.jsonl';
/** The corpus the extension ships. */
const BUNDLED = 'data/iclr-2018-2023.jsonl.gz';

const args = parseArgs(process.argv.slice(2));
if (args.child !== undefined) void runChild(args.child, args.rest);
else runParent();

function runParent(): void {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-bench-'));
  const started = performance.now();
  try {
    const sample = readPapers(SAMPLE);
    const real = path.resolve(args.dataset ?? BUNDLED);
    const realPapers = readPapers(real);
    const corpora: { label: string; file: string; perKind: number }[] = [{ label: path.basename(real).replace(/\.jsonl(\.gz)?$/, ''), file: real, perKind: args.queries }];
    for (const size of args.sizes) {
      const file = path.join(directory, `synthetic-${size}.jsonl`);
      writeFileSync(file, syntheticCorpus(sample, size, args.seed, realPapers).map((row) => JSON.stringify(row)).join('\n'));
      corpora.push({ label: `${size / 1000}k synthetic`, file, perKind: size > LARGE_CORPUS ? Math.min(args.queries, 60) : args.queries });
    }

    const columns: BenchColumn[] = [];
    let tree: { label: string; measured: TreeMeasurement } | undefined;
    for (const corpus of corpora) {
      const papers = readPapers(corpus.file);
      const queriesFile = path.join(directory, `queries-${columns.length}.json`);
      writeFileSync(queriesFile, JSON.stringify(benchQueries(papers, corpus.perKind, args.seed)));
      const reports: EngineReport[] = [];
      for (const engine of BENCH_ENGINES) {
        if (engine !== BENCH_ENGINES.at(-1) && ((papers.length > LARGE_CORPUS && !args.baselineAtLarge) || args.onlyOurs)) continue;
        const engineDirectory = path.join(directory, `${columns.length}-${engine.name.replace(/\W+/g, '-')}`);
        mkdirSync(engineDirectory);
        const built = child<{ buildMs: number; rawBytes: number; gzipBytes: number }>(['build', engine.name, corpus.file, engineDirectory]);
        const measured = child<EngineReport>(['measure', engine.name, corpus.file, engineDirectory, queriesFile]);
        reports.push({ ...measured, ...built, engine: engine.name });
        process.stderr.write(`${corpus.label}, ${engine.name}: done after ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      }
      columns.push({ corpus: `${corpus.label} (${papers.length})`, reports });
      if (!tree && papers.length >= 16_000 && papers.length <= LARGE_CORPUS) tree = { label: corpus.label, measured: child<TreeMeasurement>(['tree', corpus.file]) };
    }
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; seed ${args.seed}; ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    console.log(printBenchTable(columns));
    if (tree) {
      const { measured } = tree;
      console.log(`\nTree on ${tree.label} (${measured.papers} papers): first two levels ${measured.twoLevelsMs.toFixed(1)} ms (array filter baseline ${measured.baselineTwoLevelsMs.toFixed(1)} ms); ` +
        `opening a group of ${measured.groupSize} papers ${measured.openGroupMs.toFixed(1)} ms (array filter + sort baseline ${measured.baselineOpenGroupMs.toFixed(1)} ms)`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Runs one step in a fresh process and returns what it printed as JSON. */
function child<T>(step: string[]): T {
  const output = execFileSync(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc', __filename, '--child', ...step], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as T;
}

async function runChild(step: string, [engineName, corpus, directory, queriesFile]: readonly string[]): Promise<void> {
  if (step === 'tree') {
    process.stdout.write(JSON.stringify(measureTree(readPapers(engineName!))));
    return;
  }
  const engine = BENCH_ENGINES.find((candidate) => candidate.name === engineName);
  if (!engine || corpus === undefined || directory === undefined) throw new Error(`bad child step ${step}`);
  const papers = readPapers(corpus);
  if (step === 'build') {
    const start = performance.now();
    const files = await engine.build(papers);
    const buildMs = performance.now() - start;
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(directory, name), content);
      rawBytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
      gzipBytes += gzipSync(content).length;
    }
    process.stdout.write(JSON.stringify({ buildMs, rawBytes, gzipBytes }));
    return;
  }
  const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as BenchQueries;
  process.stdout.write(JSON.stringify(await measureEngine(engine, directory, queries.knownItem, queries.latency, papers)));
}

/**
 * Known-item queries double as latency queries of their kind, plus single title words (the slow, common
 * case), the first keystrokes of a word, and words with a year or decision filter.
 */
function benchQueries(papers: readonly Paper[], perKind: number, seed: number): BenchQueries {
  const knownItem = knownItemQueries(papers, perKind, seed);
  const random = createPrng(seed + 1);
  const latency: { kind: string; query: string }[] = [];
  const titleWord = (): string | undefined => {
    const words = typedWords(papers[Math.floor(random() * papers.length)]!.title).filter((word) => /^[a-z]{3,}$/.test(word));
    return words.length > 0 ? words[Math.floor(random() * words.length)] : undefined;
  };
  const filters = ['year:2021', 'decision:accepted', 'year:2019..2021', 'decision:oral', 'year:>=2022 decision:rejected'];
  for (let i = 0; i < perKind && papers.length > 0; i++) {
    const word = titleWord();
    if (word === undefined) continue;
    latency.push({ kind: 'oneWord', query: word });
    latency.push({ kind: 'prefix', query: word.slice(0, 2 + (i % 4)) });
    latency.push({ kind: 'filtered', query: `${word} ${filters[i % filters.length]!}` });
  }
  latency.push(...knownItem.map(({ kind, query }) => ({ kind, query })));
  return { knownItem, latency };
}

function readPapers(file: string): Paper[] {
  const bytes = readFileSync(file);
  const parsed = parseDataset((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), file);
  if (parsed.papers.length === 0) throw new Error(`${file}: no papers (${parsed.problems[0]?.message ?? 'empty'})`);
  return parsed.papers;
}

interface BenchArgs {
  readonly dataset?: string;
  readonly sizes: number[];
  readonly queries: number;
  readonly seed: number;
  readonly baselineAtLarge: boolean;
  /** `--only ours`: our engine alone, for measuring a change without the minutes the others take. */
  readonly onlyOurs: boolean;
  readonly child?: string;
  readonly rest: string[];
}

function parseArgs(argv: readonly string[]): BenchArgs {
  const childAt = argv.indexOf('--child');
  if (childAt >= 0) return { sizes: [], queries: 0, seed: 0, baselineAtLarge: false, onlyOurs: false, child: argv[childAt + 1]!, rest: argv.slice(childAt + 2) };
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sizes = (value('sizes') ?? '100000').split(',').filter((size) => size !== '').map(Number);
  const queries = Number(value('queries') ?? 300);
  const seed = Number(value('seed') ?? 42);
  const only = value('only');
  if (!sizes.every((size) => Number.isInteger(size) && size > 0) || !Number.isInteger(queries) || queries < 1 || !Number.isInteger(seed) || (only !== undefined && only !== 'ours')) {
    console.error('usage: npm run bench -- [--dataset FILE] [--sizes 100000] [--queries N] [--seed S] [--baseline-at-100k] [--only ours]');
    process.exit(2);
  }
  const dataset = value('dataset');
  return { ...(dataset !== undefined ? { dataset } : {}), sizes, queries, seed, baselineAtLarge: argv.includes('--baseline-at-100k'), onlyOurs: only === 'ours', rest: [] };
}
