// `npm run check:citations -- FILE…`: citation keys and BibTeX entries for a whole dataset (the full
// reconstruction is too big and not ours to ship in tests). Checks every key is unique and well-formed and
// every entry parses with a real BibTeX parser; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { bibtexEntry } from '../src/core/citations/bibtexEntry';
import { citationKeys } from '../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../src/core/citations/parseKeyFormat';
import { parseDatasetBytes } from '../src/core/dataset/parseDatasetBytes';

const VALID_KEY = /^[A-Za-z][A-Za-z0-9_:-]*$/;

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) files = ['data/iclr-sample.jsonl'];
  const { parse } = await import('@retorquere/bibtex-parser');
  let failures = 0;
  for (const file of files) {
    const { papers } = await parseDatasetBytes(readFileSync(file), file);
    const started = performance.now();
    const keys = citationKeys(papers, DEFAULT_KEY_FORMAT);
    const keyMs = performance.now() - started;
    const seen = new Map<string, string>();
    let suffixed = 0;
    for (const paper of papers) {
      const key = keys.get(paper.id) ?? '';
      if (!VALID_KEY.test(key)) failures += report(`${paper.id}: malformed key '${key}'`);
      const other = seen.get(key);
      if (other !== undefined) failures += report(`${paper.id}: key '${key}' already used by ${other}`);
      seen.set(key, paper.id);
      if (/\d{4}[a-z]{4}$/.test(key)) suffixed++;
    }
    let unparsed = 0;
    for (const paper of papers) {
      const key = keys.get(paper.id) ?? '';
      const entry = bibtexEntry(paper, key, { booktitleStyle: 'openreview', includeAbstract: true });
      // LaTeX in titles (math macros) is BibTeX's business to pass through, not the parser's to convert.
      const parsed = parse(entry, { raw: true });
      if (parsed.errors.length > 0 || parsed.entries.length !== 1 || parsed.entries[0].key !== key) {
        unparsed++;
        failures += report(`${paper.id}: its BibTeX entry does not parse back (${parsed.errors.map((error) => error.error).join('; ')})`);
      }
    }
    console.log(
      `${file}: ${papers.length} papers, ${seen.size} unique keys (${suffixed} with a clash suffix) in ${keyMs.toFixed(0)} ms, ` +
        `${papers.length - unparsed} of ${papers.length} BibTeX entries parse back`,
    );
  }
  return failures === 0 ? 0 : 1;
}

function report(message: string): number {
  if (process.exitCode === undefined) console.error(message);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:citations: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
