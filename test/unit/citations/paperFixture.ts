import type { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';

type BibtexParser = { readonly parse: typeof parse };

/** The 100 real papers bundled with the extension. */
export function samplePapers(): Paper[] {
  const file = join(__dirname, '../../../data/iclr-sample.jsonl');
  return parseDataset(readFileSync(file, 'utf8'), file).papers;
}

/** The package ships a broken CommonJS build; its ES module loads fine through a real `import()`. */
export async function loadBibtexParser(): Promise<BibtexParser> {
  // `new Function` keeps the TypeScript CommonJS output from turning `import()` into `require()`.
  const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<BibtexParser>;
  return dynamicImport('@retorquere/bibtex-parser');
}
