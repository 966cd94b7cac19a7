// Builds the search index of the bundled sample into dist/index/ at build time, so the extension only
// loads it and never indexes the bundled papers at run time. Run by esbuild.mjs after the bundles.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatProblem } from '../src/core/dataset/formatProblem';
import { parseDataset } from '../src/core/dataset/parseDataset';
import { buildSearchIndexFiles } from '../src/core/search/searchIndexFiles';

const DATASET = 'data/iclr-sample.jsonl';
const OUT_DIR = 'dist/index';

const parsed = parseDataset(readFileSync(DATASET, 'utf8'), DATASET);
if (parsed.problems.length > 0 || parsed.papers.length === 0) {
  // The shipped data must be clean: a problem here would reach every user.
  for (const problem of parsed.problems) console.error(formatProblem(problem));
  console.error(`${DATASET}: ${parsed.papers.length} papers, ${parsed.problems.length} problems; bundled index not built`);
  process.exit(1);
}
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
for (const [name, content] of Object.entries(buildSearchIndexFiles(parsed.papers).files)) writeFileSync(path.join(OUT_DIR, name), content);
