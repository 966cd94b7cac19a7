// `npm run check:citations -- FILE…`: citation keys and BibTeX entries for a whole dataset (the full
// reconstruction is too big and not ours to ship in tests). Checks every key is well-formed and unique
// ignoring case (as BibTeX compares keys), and every entry parses with a real BibTeX parser in every
// booktitle style; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { bibtexEntry } from '../src/core/citations/bibtexEntry';
import { citationKeyFor } from '../src/core/citations/citationKeyFor';
import { citationKeys } from '../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../src/core/citations/parseKeyFormat';
import { BOOKTITLE_STYLES } from '../src/core/citations/proceedingsFields';
import { parseDatasetBytes } from '../src/core/dataset/parseDatasetBytes';
import { errorText } from '../src/core/errorText';

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
      const other = seen.get(key.toLowerCase());
      if (other !== undefined) failures += report(`${paper.id}: key '${key}' already used, ignoring case, by ${other}`);
      seen.set(key.toLowerCase(), paper.id);
      if (key !== citationKeyFor(paper, DEFAULT_KEY_FORMAT)) suffixed++;
    }
    const unparsed = new Map<string, number>(BOOKTITLE_STYLES.map((style) => [style, 0]));
    for (const style of BOOKTITLE_STYLES) {
      for (const paper of papers) {
        const key = keys.get(paper.id) ?? '';
        // Styles differ only in the booktitle: the abstract, the slowest field to parse, is checked once.
        const entry = bibtexEntry(paper, key, { booktitleStyle: style, includeAbstract: style === BOOKTITLE_STYLES[0] });
        // LaTeX in titles (math macros) is BibTeX's business to pass through, not the parser's to convert.
        const parsed = parse(entry, { raw: true });
        if (parsed.errors.length > 0 || parsed.entries.length !== 1 || parsed.entries[0]?.key !== key) {
          unparsed.set(style, unparsed.get(style)! + 1);
          failures += report(`${paper.id}: its ${style} BibTeX entry does not parse back (${parsed.errors.map((error) => error.error).join('; ')})`);
        }
      }
    }
    const parsedCounts = BOOKTITLE_STYLES.map((style) => `${papers.length - unparsed.get(style)!} ${style}`).join(', ');
    console.log(
      `${file}: ${papers.length} papers, ${seen.size} keys unique ignoring case (${suffixed} with a clash suffix) in ${keyMs.toFixed(0)} ms; ` +
        `BibTeX entries that parse back: ${parsedCounts} (of ${papers.length} each)`,
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
    console.error(`check:citations: ${errorText(error)}`);
    process.exit(2);
  },
);
