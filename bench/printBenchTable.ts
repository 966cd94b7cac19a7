import { KNOWN_ITEM_KINDS } from './knownItemQueries';
import type { EngineMeasurement } from './measureEngine';

export interface EngineReport extends EngineMeasurement {
  readonly engine: string;
  readonly buildMs: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The engines measured on one corpus; the first is the baseline the last is compared with. */
export interface BenchColumn {
  readonly corpus: string;
  readonly reports: readonly EngineReport[];
}

const LATENCY_KINDS = ['oneWord', 'prefix', 'filtered', ...KNOWN_ITEM_KINDS];

/** One plain-text table: a row per metric; per corpus a column per engine and ours (the last) over plain lunr (the first). */
export function printBenchTable(columns: readonly BenchColumn[]): string {
  const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const mb = (value: number): string => value.toFixed(1);
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const rows: { metric: string; pick: (report: EngineReport) => number | undefined; format: (value: number) => string }[] = [
    { metric: 'build (s)', pick: (report) => report.buildMs / 1000, format: (value) => value.toFixed(1) },
    { metric: 'index size raw (MB)', pick: (report) => report.rawBytes / 2 ** 20, format: mb },
    { metric: 'index size gzip (MB)', pick: (report) => report.gzipBytes / 2 ** 20, format: mb },
    { metric: 'cold load (ms)', pick: (report) => report.loadMs, format: ms },
    { metric: 'first query (ms)', pick: (report) => report.firstQueryMs, format: ms },
    { metric: 'load + first query (ms)', pick: (report) => report.loadMs + report.firstQueryMs, format: ms },
    { metric: 'heap after load (MB)', pick: (report) => report.heapMb, format: mb },
  ];
  for (const kind of LATENCY_KINDS) {
    for (const [label, share] of [['p50', 0.5], ['p95', 0.95], ['max', 1]] as const) {
      rows.push({ metric: `${kind} ${label} (ms)`, pick: (report) => quantile(report.latencies[kind], share), format: ms });
    }
  }
  const all = (report: EngineReport): number[] => Object.values(report.latencies).flat().sort((a, b) => a - b);
  rows.push({ metric: 'all queries p50 (ms)', pick: (report) => quantile(all(report), 0.5), format: ms });
  rows.push({ metric: 'all queries p95 (ms)', pick: (report) => quantile(all(report), 0.95), format: ms });
  for (const kind of KNOWN_ITEM_KINDS) rows.push({ metric: `known-item ${kind}`, pick: (report) => report.knownItem[kind], format: percent });

  const header = ['metric'];
  for (const { corpus, reports } of columns) {
    for (const report of reports) header.push(`${corpus}: ${report.engine}`);
    if (reports.length > 1) header.push('ratio');
  }
  const body = rows.map(({ metric, pick, format }) => {
    const cells = [metric];
    for (const { reports } of columns) {
      const values = reports.map(pick);
      cells.push(...values.map((value) => (value === undefined ? '—' : format(value))));
      if (reports.length > 1) {
        const first = values[0];
        const last = values.at(-1);
        cells.push(first !== undefined && last !== undefined && first > 0 ? `${(last / first).toFixed(2)}x` : '—');
      }
    }
    return cells;
  });
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

function quantile(sorted: readonly number[] | undefined, share: number): number | undefined {
  if (!sorted || sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}
