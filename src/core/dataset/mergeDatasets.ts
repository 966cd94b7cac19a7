import { english } from '../translate';
import type { Translate } from '../translate';
import { PaperMerger } from './paperMerger';
import type { ParsedDataset } from './parsedDataset';

/**
 * Merges datasets read from several files (one per year or split) into one. Rows of the same paper in
 * several files are kept once, the fuller row winning whatever the file order (see PaperMerger); problems
 * keep their own file names, in file order, followed by what the merge had to leave out.
 */
export function mergeDatasets(datasets: readonly ParsedDataset[], t: Translate = english): ParsedDataset {
  const merger = new PaperMerger(t);
  for (const dataset of datasets) dataset.papers.forEach((paper, i) => merger.add(paper, dataset.sources[i]!));
  return {
    papers: merger.papers,
    sources: merger.sources,
    problems: [...datasets.flatMap((dataset) => dataset.problems), ...merger.problems],
    duplicates: datasets.reduce((sum, dataset) => sum + dataset.duplicates, 0) + merger.duplicates,
  };
}
