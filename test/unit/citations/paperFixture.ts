import type { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { decisionTier } from '../../../src/core/venues';

type BibtexParser = { readonly parse: typeof parse };

/** A paper for tests: an ICLR 2023 poster unless the overrides say otherwise; `tier` follows `decision`. */
export function makePaper(overrides: Partial<Paper> & Pick<Paper, 'title'>): Paper {
  const decision = overrides.decision ?? 'Accept (Poster)';
  return {
    id: overrides.id ?? `test-${overrides.title}`,
    conference: 'ICLR.cc/2023/Conference',
    venue: 'ICLR',
    year: 2023,
    abstract: '',
    extra: {},
    ...overrides,
    decision,
    tier: overrides.tier ?? decisionTier(decision),
  };
}

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
