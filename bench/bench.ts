// `npm run bench [-- --dataset FILE] [--queries N] [--seed S]`: plain lunr against our engine, side by side.
// Each engine is loaded and queried in a fresh child process so load time and heap are not polluted by the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Paper } from '../src/core/dataset/paper';
import { parseDataset } from '../src/core/dataset/parseDataset';
import { analyzeText } from '../src/core/search/analyzeText';
import { BENCH_ENGINES } from './benchEngines';
import type { BenchEngine } from './benchEngines';
import { knownItemQueries } from './knownItemQueries';
import type { KnownItemQuery } from './knownItemQueries';
import { measureEngine } from './measureEngine';
import type { EngineMeasurement } from './measureEngine';
import { createPrng } from './prng';
import { printBenchTable } from './printBenchTable';
import type { EngineReport } from './printBenchTable';

interface BenchQueries {
  readonly knownItem: KnownItemQuery[];
  readonly latency: { kind: string; query: string }[];
}

const args = parseArgs(process.argv.slice(2));
if (args.child) {
  void runChild(args.child, args.dir!, args.dataset);
} else {
  runParent(args.dataset, args.queries, args.seed);
}

function runParent(dataset: string, perKind: number, seed: number): void {
  const papers = readPapers(dataset);
  const queries = benchQueries(papers, perKind, seed);
  const directory = mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-bench-'));
  try {
    writeFileSync(path.join(directory, 'queries.json'), JSON.stringify(queries));
    const reports: EngineReport[] = BENCH_ENGINES.map((engine) => {
      const start = performance.now();
      const files = engine.build(papers);
      const buildMs = performance.now() - start;
      const engineDirectory = path.join(directory, engine.name.replace(/\W+/g, '-'));
      mkdirSync(engineDirectory);
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const [name, content] of Object.entries(files)) {
        writeFileSync(path.join(engineDirectory, name), content);
        rawBytes += Buffer.byteLength(content);
        gzipBytes += gzipSync(content).length;
      }
      const output = execFileSync(process.execPath, ['--expose-gc', __filename, '--child', engine.name, '--dir', directory, '--dataset', dataset], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      const measured = JSON.parse(output) as EngineMeasurement;
      return { engine: engine.name, buildMs, rawBytes, gzipBytes, ...measured };
    });
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Dataset ${dataset}: ${papers.length} papers; ${queries.knownItem.length} known-item queries (seed ${seed}); ${os.cpus().length} × ${cpu}, Node ${process.version}\n`);
    console.log(printBenchTable(reports));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function runChild(engineName: string, directory: string, dataset: string): Promise<void> {
  const engine: BenchEngine | undefined = BENCH_ENGINES.find((candidate) => candidate.name === engineName);
  if (!engine) throw new Error(`Unknown engine ${engineName}`);
  const queries = JSON.parse(readFileSync(path.join(directory, 'queries.json'), 'utf8')) as BenchQueries;
  const papers = readPapers(dataset);
  const measured = await measureEngine(engine, path.join(directory, engineName.replace(/\W+/g, '-')), queries.knownItem, queries.latency, papers);
  process.stdout.write(JSON.stringify(measured));
}

/** Known-item queries double as latency queries, plus single title words (the slow, common case). */
function benchQueries(papers: readonly Paper[], perKind: number, seed: number): BenchQueries {
  const knownItem = knownItemQueries(papers, perKind, seed);
  const random = createPrng(seed + 1);
  const latency: { kind: string; query: string }[] = knownItem.map(({ kind, query }) => ({ kind, query }));
  for (let i = 0; i < perKind && papers.length > 0; i++) {
    const words = analyzeText(papers[Math.floor(random() * papers.length)]!.title).map((word) => word.word).filter((word) => /^[a-z]+$/.test(word));
    if (words.length > 0) latency.push({ kind: 'oneWord', query: words[Math.floor(random() * words.length)]! });
  }
  return { knownItem, latency };
}

function readPapers(file: string): Paper[] {
  const parsed = parseDataset(readFileSync(file, 'utf8'), file);
  if (parsed.papers.length === 0) throw new Error(`${file}: no papers (${parsed.problems[0]?.message ?? 'empty'})`);
  return parsed.papers;
}

function parseArgs(argv: readonly string[]): { dataset: string; queries: number; seed: number; child?: string; dir?: string } {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const queries = Number(value('queries') ?? 500);
  const seed = Number(value('seed') ?? 42);
  if (!Number.isInteger(queries) || queries < 1 || !Number.isInteger(seed)) {
    console.error('usage: node dist/bench.js [--dataset FILE] [--queries N] [--seed S]');
    process.exit(2);
  }
  const child = value('child');
  const dir = value('dir');
  return { dataset: value('dataset') ?? 'data/iclr-sample.jsonl', queries, seed, ...(child ? { child } : {}), ...(dir ? { dir } : {}) };
}
