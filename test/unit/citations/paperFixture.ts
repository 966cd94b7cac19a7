import type { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { parseDatasetBytes } from '../../../src/core/dataset/parseDatasetBytes';

type BibtexParser = { readonly parse: typeof parse };

/** The 100 real papers bundled with the extension. */
export function samplePapers(): Paper[] {
  const file = join(__dirname, '../../../data/iclr-sample.jsonl');
  return parseDataset(readFileSync(file, 'utf8'), file).papers;
}

const ESD_DIR = join(__dirname, '../../fixtures/citations');
/** The ESD paper's row of the bundled corpus, as JSONL. */
export const ESD_ROW = readFileSync(join(ESD_DIR, 'esd.jsonl'), 'utf8');
/** OpenReview's BibTeX entry for it, as issue 10 quotes it: what every part of Paper Lookup must write. */
export const ESD_ENTRY = readFileSync(join(ESD_DIR, 'esd.bib'), 'utf8').trimEnd();

/** The ESD paper, read from its corpus row. */
export function esdPaper(): Paper {
  return parseDataset(ESD_ROW, 'esd.jsonl').papers[0]!;
}

let corpus: Promise<Paper[]> | undefined;

/** Every ICLR 2018-2023 submission as the extension bundles it (about 3 s to read, so read once). */
export function corpusPapers(): Promise<Paper[]> {
  const file = join(__dirname, '../../../data/iclr-2018-2023.jsonl.gz');
  corpus ??= parseDatasetBytes(readFileSync(file), file).then((result) => result.papers);
  return corpus;
}

/** The package ships a broken CommonJS build; its ES module loads fine through a real `import()`. */
export async function loadBibtexParser(): Promise<BibtexParser> {
  // `new Function` keeps the TypeScript CommonJS output from turning `import()` into `require()`.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, for the reason above
  const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<BibtexParser>;
  return dynamicImport('@retorquere/bibtex-parser');
}
