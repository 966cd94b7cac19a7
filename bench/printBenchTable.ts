import { KNOWN_ITEM_KINDS } from './knownItemQueries';
import type { EngineMeasurement } from './measureEngine';

export interface EngineReport extends EngineMeasurement {
  readonly engine: string;
  readonly buildMs: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const LATENCY_KINDS = [...KNOWN_ITEM_KINDS, 'oneWord'];

/** One plain-text table: a row per metric, a column per engine, and the last engine over the first. */
export function printBenchTable(reports: readonly EngineReport[]): string {
  const rows: { metric: string; values: (number | undefined)[]; format: (value: number) => string }[] = [];
  const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const mb = (value: number): string => value.toFixed(2);
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const add = (metric: string, pick: (report: EngineReport) => number | undefined, format: (value: number) => string): void => {
    rows.push({ metric, values: reports.map(pick), format });
  };
  add('build (ms)', (report) => report.buildMs, ms);
  add('index size raw (MB)', (report) => report.rawBytes / 2 ** 20, mb);
  add('index size gzip (MB)', (report) => report.gzipBytes / 2 ** 20, mb);
  add('cold load (ms)', (report) => report.loadMs, ms);
  add('first query (ms)', (report) => report.firstQueryMs, ms);
  add('load + first query (ms)', (report) => report.loadMs + report.firstQueryMs, ms);
  add('heap after load (MB)', (report) => report.heapMb, mb);
  for (const kind of LATENCY_KINDS) {
    for (const [label, share] of [['p50', 0.5], ['p95', 0.95], ['max', 1]] as const) {
      add(`${kind} ${label} (ms)`, (report) => quantile(report.latencies[kind], share), ms);
    }
  }
  for (const kind of KNOWN_ITEM_KINDS) add(`known-item ${kind}`, (report) => report.knownItem[kind], percent);

  const header = ['metric', ...reports.map((report) => report.engine), `${reports.at(-1)?.engine ?? ''}/${reports[0]?.engine ?? ''}`];
  const body = rows.map(({ metric, values, format }) => {
    const first = values[0];
    const last = values.at(-1);
    const ratio = first !== undefined && last !== undefined && first > 0 ? `${(last / first).toFixed(2)}x` : '—';
    return [metric, ...values.map((value) => (value === undefined ? '—' : format(value))), ratio];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

function quantile(sorted: readonly number[] | undefined, share: number): number | undefined {
  if (!sorted || sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}
