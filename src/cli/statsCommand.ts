import { datasetStats } from '../core/dataset/datasetStats';
import type { DatasetStats } from '../core/dataset/datasetStats';
import { DECISION_TIERS, tierLabel } from '../core/venues';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { commandHelp } from './commandHelp';
import { DATA_OPTIONS, dataSource, loadPapers } from './dataSource';
import { HELP_OPTION, parseArgs } from './parseArgs';
import type { OptionSpec } from './parseArgs';
import { alignColumns, terminalText } from './terminalText';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'json', description: 'print the counts as JSON: { total, byVenue: [{ label, count, byTier }], byTier }' },
  ...DATA_OPTIONS,
  HELP_OPTION,
];

export const STATS_HELP = commandHelp(['paper-lookup stats [options]'], 'Counts the papers per venue and year and per decision tier.', OPTIONS);

/** `paper-lookup stats`: what the searched papers are made of. */
export async function statsCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS, 'stats');
  if (options.has('help')) {
    await write(io.stdout, STATS_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new CliError(`stats: unexpected argument '${positionals[0]}'`);
  const stats = datasetStats(await loadPapers(io, dataSource(options)));
  await write(io.stdout, options.has('json') ? `${JSON.stringify(stats, null, 2)}\n` : statsTable(stats));
  return 0;
}

/** One row per venue-year and a total row; one column per tier that occurs anywhere. */
export function statsTable(stats: DatasetStats): string {
  const tiers = DECISION_TIERS.filter((tier) => stats.byTier.some((count) => count.tier === tier));
  const countOf = (byTier: DatasetStats['byTier'], tier: string): string => String(byTier.find((count) => count.tier === tier)?.count ?? 0);
  const header = ['Venue', 'Papers', ...tiers.map((tier) => tierLabel(tier))];
  const rows = [
    header,
    ...stats.byVenue.map((venue) => [terminalText(venue.label), String(venue.count), ...tiers.map((tier) => countOf(venue.byTier, tier))]),
    ['Total', String(stats.total), ...tiers.map((tier) => countOf(stats.byTier, tier))],
  ];
  const right = new Set(header.map((_, column) => column).filter((column) => column > 0));
  return `${alignColumns(rows, right).join('\n')}\n`;
}
