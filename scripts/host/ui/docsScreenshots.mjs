// The README's screenshots: copies of this run's PNGs in docs/screenshots/, made only on request (--update-docs).
// A check saves its screenshot only after its assertions pass, so a PNG written during this run shows a working UI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, testResultsDir } from '../hostPaths.mjs';

const DOCS_SCREENSHOTS = ['search-dark', 'search-light', 'tree-dark', 'tree-light', 'abstract-dark', 'abstract-light', 'citation-dark', 'citation-light', 'bibliography-dark', 'bibliography-light'];
const docsDir = path.join(repoRoot, 'docs', 'screenshots');
// The README loads every image on the Marketplace page; a screenshot above this is not cropped enough.
const MAX_BYTES = 150 * 1024;

/** Copies the screenshots written since `runStarted` (ms) and returns one line per file; copies none when one is stale or too large. */
export function updateDocsScreenshots(runStarted) {
  const files = DOCS_SCREENSHOTS.map((name) => {
    const from = path.join(testResultsDir, `${name}.png`);
    const { size, mtimeMs } = fs.statSync(from);
    if (mtimeMs < runStarted) throw new Error(`${path.relative(repoRoot, from)} is not from this run: its check failed or did not run`);
    if (size > MAX_BYTES) throw new Error(`${path.relative(repoRoot, from)} is ${Math.round(size / 1024)} KB, over ${MAX_BYTES / 1024} KB`);
    return { name, from, size };
  });
  fs.mkdirSync(docsDir, { recursive: true });
  return files.map(({ name, from, size }) => {
    fs.copyFileSync(from, path.join(docsDir, `${name}.png`));
    return `docs/screenshots/${name}.png (${Math.round(size / 1024)} KB)`;
  });
}
