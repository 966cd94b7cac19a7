import { titleWords } from './titleWords';

/**
 * A title reduced to lowercase ASCII words separated by single spaces, so the same paper matches whether
 * its title comes from the dataset or from a hand-edited .bib (`{BERT}`, `G{\"o}del`, `Few-Shot` vs `Few Shot`).
 * Empty for a title with no words: callers must not treat two empty titles as the same paper.
 */
export function normaliseTitle(title: string): string {
  return titleWords(title)
    .flatMap((word) => word.split('-'))
    .join(' ')
    .toLowerCase();
}
