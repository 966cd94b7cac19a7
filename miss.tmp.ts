import { readFileSync } from 'node:fs';
import { knownItemQueries, KNOWN_ITEM_KINDS } from './bench/knownItemQueries';
import { parseDatasetBytes } from './src/core/dataset/parseDatasetBytes';
import { buildSearchIndex } from './src/core/search/buildSearchIndex';
import { searchPapers } from './src/core/search/searchPapers';
(async () => {
  const parsed = await parseDatasetBytes(readFileSync('data/iclr-2018-2023.jsonl.gz'), 'x.jsonl.gz');
  const index = buildSearchIndex(parsed.papers);
  const show = process.argv[2];
  const all = knownItemQueries(index.papers, 300, Number(process.env.SEED ?? 42));
  for (const kind of KNOWN_ITEM_KINDS) {
    const queries = all.filter((q) => q.kind === kind);
    let hits = 0;
    for (const q of queries) {
      const r = searchPapers(index, q.query, { limit: 5 });
      const norm = (t: string | undefined): string => (t ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
      if (r.hits[0]?.paper.id === q.paperId || norm(r.hits[0]?.paper.title) === norm(index.paperById.get(q.paperId)!.title)) { hits++; continue; }
      if (kind === show) { const want = index.paperById.get(q.paperId)!; console.log(`MISS [${q.query}] want: ${want.title} | ${want.authors.slice(0,3).join(', ')}; got: ${r.hits[0]?.paper.title} | ${r.hits[0]?.paper.authors.slice(0,3).join(', ')}`); }
    }
    console.log(kind, (hits / queries.length).toFixed(3));
  }
})();
