import type { Paper } from '../src/core/dataset/paper';
import type { BenchEngine } from './benchEngines';
import type { KnownItemQuery } from './knownItemQueries';
import { knownItemRates } from './knownItemRates';

/** What one engine did in a fresh process, as the child reports it to the parent. */
export interface EngineMeasurement {
  readonly loadMs: number;
  readonly firstQueryMs: number;
  readonly heapMb: number;
  /** Query kind -> latencies in ms, sorted. */
  readonly latencies: Record<string, number[]>;
  /** Query kind -> share of known-item queries answered with the paper first. */
  readonly knownItem: Record<string, number>;
}

/** Loads the engine's files, then times a first query, a query set by kind and the known-item rate. */
export async function measureEngine(
  engine: BenchEngine,
  directory: string,
  queries: readonly KnownItemQuery[],
  latencyQueries: readonly { kind: string; query: string }[],
  papers: readonly Paper[],
): Promise<EngineMeasurement> {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = performance.now();
  const search = await engine.load(directory, papers);
  const loadMs = performance.now() - loadStart;
  const first = latencyQueries[0] ?? { kind: 'oneWord', query: 'learning' };
  const firstStart = performance.now();
  search(first.query, first.kind);
  const firstQueryMs = performance.now() - firstStart;
  collect?.();
  // The papers the bench itself holds (for known-item checks) are not the engine's.
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const latencies: Record<string, number[]> = {};
  for (const { kind, query } of latencyQueries) {
    const start = performance.now();
    search(query, kind);
    (latencies[kind] ??= []).push(performance.now() - start);
  }
  for (const times of Object.values(latencies)) times.sort((a, b) => a - b);
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const rates = knownItemRates(queries, byId, (query, kind) => search(query, kind)[0]);
  return { loadMs, firstQueryMs, heapMb, latencies, knownItem: Object.fromEntries(rates) };
}
