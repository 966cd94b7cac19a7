import type { Paper } from '../dataset/paper';

export interface WeightedTerm {
  readonly term: string;
  /** TF-IDF weight; larger is more distinctive. Usable as a query boost after scaling. */
  readonly weight: number;
}

export interface DistinctiveTermsOptions {
  /** How many terms to keep. */
  readonly limit?: number;
  /** How much one title occurrence counts against one abstract occurrence. */
  readonly titleWeight?: number;
}

/**
 * English function words and the boilerplate of ML abstracts, as words and as stems. Most would get a low IDF anyway, but on a
 * small index "propose" or "paper" can look rare enough to crowd out real topic words.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just may me might more most much must my no nor not now of off on once only or other our ours out over ' +
    'own same she should so some such than that the their theirs them then there these they this those through to too under ' +
    'until up upon us very via was we were what when where which while who whom why will with within without would yet you your ' +
    'paper propose proposed proposes approach method methods show shows shown result results new novel based using use used ' +
    // The same boilerplate as lunr's stemmer spells it, for a tokenize that returns stems.
    'propos base'
  ).split(' '),
);

/**
 * The terms that best characterise a paper, for a "find similar papers" query: TF-IDF over the title
 * (counted `titleWeight` times) and the abstract, stop words and numbers removed. Index statistics come
 * in as `docFrequency`/`totalDocs` and tokens from `tokenize`, so any index (lunr's inverted index, a
 * test fixture) can supply them. Terms in at most one document are dropped: with the paper itself in the
 * index they can only ever match the paper itself.
 */
export function distinctiveTerms(
  paper: Pick<Paper, 'title' | 'abstract'>,
  docFrequency: (term: string) => number,
  totalDocs: number,
  tokenize: (text: string) => readonly string[],
  options: DistinctiveTermsOptions = {},
): WeightedTerm[] {
  const limit = options.limit ?? 12;
  const titleWeight = options.titleWeight ?? 3;
  const frequency = new Map<string, number>();
  const count = (text: string, weight: number): void => {
    for (const token of tokenize(text)) {
      const term = token.toLowerCase();
      if (term.length < 2 || STOP_WORDS.has(term) || /^\d+$/.test(term)) continue;
      frequency.set(term, (frequency.get(term) ?? 0) + weight);
    }
  };
  count(paper.title, titleWeight);
  count(paper.abstract, 1);

  const weighted: WeightedTerm[] = [];
  for (const [term, tf] of frequency) {
    const df = docFrequency(term);
    if (df <= 1) continue;
    // Smoothed IDF stays positive even for a term in every document; log-scaled TF keeps one
    // repeated word from drowning the rest.
    const idf = Math.log(1 + totalDocs / df);
    weighted.push({ term, weight: (1 + Math.log(tf)) * idf });
  }
  return weighted.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)).slice(0, limit);
}
