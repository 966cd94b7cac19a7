// `npm run bench:cli -- --index DIR [--against OTHER_CLI.js --against-index DIR] [--runs N] [QUERY...]`: the
// whole `paper-lookup search --index DIR QUERY` process, as a script or a shell user runs it once per query,
// timed from spawn to exit. Each run of ours is paired with `node -e 0` (the floor no CLI can go under) and,
// with --against, with another build of the CLI on its own index (an older commit: the A/B runs of
// docs/performance.md), alternating so that a noisy machine slows both alike. Prints a Markdown table of the
// median (min-max) wall times in ms and the ratios, and whether both CLIs printed the same results.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const DEFAULT_QUERIES = [
  'transformer', 'graph neural', 'attention is all you need', 'vaswani attention', 'learning deep gene', 'deep reinforcement learning',
  'tranformer', 'diffusion year:2021', 'venue:iclr graph', 'author:smith', 'zzzqqq',
];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
}

/** Wall time in ms of one process, and what it printed. */
function timed(args: readonly string[]): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited with ${String(run.status)}: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

function summary(times: number[]): { median: number; text: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { median, text: `${median.toFixed(0)} (${sorted[0]!.toFixed(0)}-${sorted.at(-1)!.toFixed(0)})` };
}

function main(): void {
  const args = process.argv.slice(2);
  const index = option(args, 'index');
  const against = option(args, 'against');
  const againstIndex = option(args, 'against-index') ?? index;
  const runs = Number(option(args, 'runs') ?? 9);
  if (index === undefined || !(runs >= 1)) {
    console.error('Usage: npm run bench:cli -- --index DIR [--against OTHER_CLI.js --against-index DIR] [--runs N] [QUERY...]');
    process.exit(2);
  }
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const queries = args.length > 0 ? args : DEFAULT_QUERIES;
  console.log(`${runs} runs per query, alternating; wall time of the whole process in ms, median (min-max).\n`);
  console.log(against ? '| query | node -e 0 | other CLI | ours | ours / other | same results |' : '| query | node -e 0 | ours | ours / node -e 0 |');
  console.log(against ? '| --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |');
  for (const query of queries) {
    const floor: number[] = [];
    const ours: number[] = [];
    const other: number[] = [];
    let same = true;
    for (let run = 0; run < runs; run++) {
      floor.push(timed(['-e', '0']).ms);
      const mine = timed([cli, 'search', '--index', index, query]);
      ours.push(mine.ms);
      if (against !== undefined) {
        const theirs = timed([against, 'search', '--index', againstIndex!, query]);
        other.push(theirs.ms);
        same &&= theirs.stdout === mine.stdout;
      }
    }
    const [f, o, a] = [summary(floor), summary(ours), against ? summary(other) : undefined];
    console.log(
      a
        ? `| \`${query}\` | ${f.text} | ${a.text} | ${o.text} | ${(o.median / a.median).toFixed(2)} | ${same ? 'yes' : 'NO'} |`
        : `| \`${query}\` | ${f.text} | ${o.text} | ${(o.median / f.median).toFixed(2)} |`,
    );
  }
}

main();
