import { titleWords } from './titleWords';

/** Words that say nothing about a paper on their own; keys and labels skip them. */
const STOP_WORDS = new Set([
  'a', 'about', 'above', 'across', 'after', 'against', 'all', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'beyond', 'by',
  'can', 'do', 'does', 'for', 'from', 'how', 'if', 'in', 'into', 'is', 'it', 'its', 'not', 'of', 'on', 'onto', 'or', 'our',
  'over', 'should', 'that', 'the', 'their', 'this', 'through', 'to', 'toward', 'towards', 'under', 'upon', 'versus', 'via',
  'vs', 'we', 'what', 'when', 'where', 'which', 'who', 'why', 'with', 'within', 'without', 'you', 'your',
]);

/** Title words that carry meaning: stop words and letterless words (`2`, `3-4`) are skipped. */
export function significantWords(title: string): string[] {
  return titleWords(title).filter((word) => /[A-Za-z]/.test(word) && !STOP_WORDS.has(word.toLowerCase()));
}
