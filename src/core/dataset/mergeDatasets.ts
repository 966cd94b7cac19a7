import type { ParsedDataset } from './parsedDataset';

/**
 * Merges datasets read from several files (one per year or split) into one. A paper already loaded from an
 * earlier file is dropped and counted as a duplicate, since its id is derived from its content; problems
 * keep their own file names, in file order.
 */
export function mergeDatasets(datasets: readonly ParsedDataset[]): ParsedDataset {
  const byId = new Map<string, ParsedDataset['papers'][number]>();
  let duplicates = 0;
  for (const dataset of datasets) {
    duplicates += dataset.duplicates;
    for (const paper of dataset.papers) {
      if (byId.has(paper.id)) duplicates++;
      else byId.set(paper.id, paper);
    }
  }
  return { papers: [...byId.values()], problems: datasets.flatMap((dataset) => dataset.problems), duplicates };
}
