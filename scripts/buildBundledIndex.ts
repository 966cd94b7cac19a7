// Builds the search index of the bundled corpus (every ICLR 2018–2023 submission, data/iclr-2018-2023.jsonl.gz)
// into dist/index/ at build time, so the extension only loads it and never indexes the bundled papers at run
// time. Run by esbuild.mjs after the bundles; skipped when neither the corpus nor this script changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatProblem } from '../src/core/dataset/formatProblem';
import { parseDatasetBytes } from '../src/core/dataset/parseDatasetBytes';
import { buildSearchIndexFiles } from '../src/core/search/searchIndexFiles';
import { errorText } from '../src/core/errorText';

export const BUNDLED_DATASET = 'data/iclr-2018-2023.jsonl.gz';
const OUT_DIR = 'dist/index';
/** Outside dist/, which ships: says which corpus and which indexing code built the index there. */
const STAMP = 'out/bundled-index.sha256';

async function main(): Promise<number> {
  const bytes = readFileSync(BUNDLED_DATASET);
  // The index is rebuilt only when the corpus or the code that indexes it (this bundle) changed: 3 s saved per build.
  const source = createHash('sha256').update(bytes).update(readFileSync(__filename)).digest('hex');
  if (readStamp() === source) return 0;
  const started = Date.now();
  const parsed = await parseDatasetBytes(bytes, BUNDLED_DATASET);
  const rows = gunzipSync(bytes).toString('utf8').split('\n').filter((line) => line.trim() !== '').length;
  // The shipped data must load whole: a skipped row would be missing for every user. Notes on rows that did
  // load (a stray bidirectional mark removed from a name) are shown, not fatal.
  for (const problem of parsed.problems) console.warn(`note: ${formatProblem(problem)}`);
  if (parsed.papers.length + parsed.duplicates !== rows || parsed.papers.length === 0) {
    console.error(`${BUNDLED_DATASET}: ${rows} rows but ${parsed.papers.length} papers loaded; bundled index not built`);
    return 1;
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  // The abstracts are brotli-compressed: they are half the VSIX otherwise (see AbstractsEncoding).
  for (const [name, content] of Object.entries(buildSearchIndexFiles(parsed.papers, 'brotli').files)) writeFileSync(path.join(OUT_DIR, name), content);
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, source);
  console.log(`dist/index: ${parsed.papers.length} papers indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

function readStamp(): string | undefined {
  try {
    return readFileSync(STAMP, 'utf8');
  } catch {
    return undefined;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`buildBundledIndex: ${errorText(error)}`);
    process.exitCode = 1;
  },
);
