// `npm run bench:bib`: the bibliography assistant's speed targets on a generated 10,000-entry (~5 MB) .bib and a
// 60-page LaTeX document citing 300 keys, with the bundled index (dist/index, built by esbuild.mjs). Times the core
// work each editor request does: parsing the .bib once, completion inside \cite{, hover, and full diagnostics.
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkBibliography } from '../src/core/bibliography/checkBibliography';
import { citationKeyTable } from '../src/core/bibliography/citationKeyTable';
import { entryIdentities } from '../src/core/bibliography/entryIdentities';
import { entryIdentity } from '../src/core/bibliography/entryIdentity';
import { findCitations } from '../src/core/bibliography/findCitations';
import { parseBibFile } from '../src/core/bibliography/parseBibFile';
import { paperOfEntry } from '../src/core/bibliography/paperOfEntry';
import { bibtexEntry } from '../src/core/citations/bibtexEntry';
import { isSameWork } from '../src/core/citations/isSameWork';
import { normaliseTitle } from '../src/core/citations/normaliseTitle';
import { DEFAULT_KEY_FORMAT } from '../src/core/citations/parseKeyFormat';
import { scanBibFile } from '../src/core/citations/scanBibFile';
import { citeCompletionContextAt } from '../src/core/editing/citeCompletionContextAt';
import { citeKeyAt } from '../src/core/editing/citeKeyAt';
import { loadSearchIndex } from '../src/core/search/loadSearchIndex';
import { searchPapers } from '../src/core/search/searchPapers';
import { createPrng } from './prng';

const ENTRIES = 10_000;
const CITED = 300;
const PAGES = 60;
const PAGE_CHARACTERS = 3_000;

async function main(): Promise<void> {
  const index = await loadSearchIndex((name) => Promise.resolve(readFileSync(path.join('dist', 'index', name))));
  const table = citationKeyTable(index, DEFAULT_KEY_FORMAT);
  // The table's title lookup is built once per dataset (on the first hover or check of the session), not per .bib.
  table.papersWithTitle('warm up');
  const random = createPrng(12);
  const papers = [...index.papers].sort(() => random() - 0.5).slice(0, ENTRIES);
  // Every other entry an arXiv-style @misc of the paper, so the venue checks have work to do.
  const bib = papers
    .map((paper, i) => {
      // An abstract in every fourth entry makes the file about 5 MB, as the measurement had.
      const entry = bibtexEntry(paper, `key${i}`, { booktitleStyle: 'short', includeAbstract: i % 4 === 0 });
      return i % 2 === 0 ? entry : entry.replace(/^@\w+\{/m, '@misc{').replace(/\n\}$/, `,\n  eprint = {2101.${String(10000 + i)}},\n  archivePrefix = {arXiv}\n}`);
    })
    .join('\n\n');
  const cited = Array.from({ length: CITED }, (_, i) => `key${Math.floor((i * ENTRIES) / CITED)}`);
  const filler = 'Deep learning methods learn representations of data with multiple levels of abstraction. ';
  const pages: string[] = [];
  for (let page = 0; page < PAGES; page += 1) {
    let text = '';
    for (let i = page * 5; i < page * 5 + 5; i += 1) text += `${filler.repeat(6)}As shown by \\citep{${cited[i]}}.\n\n`;
    pages.push(text.padEnd(PAGE_CHARACTERS, ' '));
  }
  const document = `\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n${pages.join('\n')}\\bibliography{refs}\n\\end{document}\n`;

  // Parsing is what the editor does off the typing path: the parse and reading every entry's identity.
  const parseOnce = (): ReturnType<typeof parseBibFile> => {
    const fresh = parseBibFile(bib);
    entryIdentities(fresh);
    return fresh;
  };
  const parses = times(5, parseOnce);
  const parsed = parseOnce();
  const scan = scanBibFile(bib, undefined, parsed);
  const byTitle = new Map<string, typeof scan.entries>();
  for (const entry of scan.entries) byTitle.set(entry.title, [...(byTitle.get(entry.title) ?? []), entry]);

  // Completion: what CiteCompletionProvider does per keystroke once the .bib is parsed.
  const words = ['graph', 'diffusion', 'contrastive', 'transformer', 'few shot', 'reinforcement', 'adversarial', 'language model', 'federated', 'robust'];
  const completions = times(200, (i) => {
    const prefix = words[i % words.length]!.slice(0, 3 + (i % 5));
    const text = `${document.slice(0, 5000)}\\citep{${prefix}`;
    const context = citeCompletionContextAt(text, text.length, 'latex');
    const found = [...table.keysStartingWith(context?.prefix ?? '', 8), ...searchPapers(index, context?.prefix ?? '', { limit: 20 }).hits.map((hit) => hit.paper)];
    return found.map((paper) => byTitle.get(normaliseTitle(paper.title))?.find((entry) => isSameWork(entry, paper))?.key ?? table.keyOf(paper));
  });

  // Hover: the key under the cursor, its entry, and the dataset paper it cites.
  const offsets = findCitations(document, 'latex').keys.map((key) => key.start + 1);
  const hovers = times(300, (i) => {
    const key = citeKeyAt(document, offsets[i % offsets.length]!, 'latex');
    const entry = parsed.byKey.get(key?.key.toLowerCase() ?? '');
    return entry === undefined ? undefined : paperOfEntry(entryIdentity(entry), table);
  });

  const check = (bibFile: ReturnType<typeof parseBibFile>): number =>
    checkBibliography({ document: { file: 'paper.tex', citations: findCitations(document, 'latex') }, bibs: [{ file: 'refs.bib', bib: bibFile }], table }).length;
  // The first check of a freshly parsed .bib matches entries to dataset papers; later checks (after a keystroke) reuse that.
  const firstChecks = Array.from({ length: 3 }, () => {
    const fresh = parseOnce();
    const started = performance.now();
    check(fresh);
    return performance.now() - started;
  });
  check(parsed);
  const laterChecks = times(20, () => check(parsed));

  const rows: Array<[string, string, string]> = [
    ['parse the .bib once (median of 5)', ms(median(parses)), '≤ 500 ms'],
    ['completion in \\citep{ (p95 of 200)', ms(percentile(completions, 0.95)), '≤ 30 ms'],
    ['hover on a key (p95 of 300)', ms(percentile(hovers, 0.95)), '≤ 20 ms'],
    ['full diagnostics, first after parsing (median of 3)', ms(median(firstChecks)), '≤ 150 ms'],
    ['full diagnostics, after a keystroke (p95 of 20)', ms(percentile(laterChecks, 0.95)), '≤ 150 ms'],
  ];
  console.log(`.bib: ${parsed.entries.length} entries, ${(bib.length / 1e6).toFixed(1)} MB; document: ${(document.length / 1e3).toFixed(0)} kB, ${offsets.length} citations; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  for (const [what, value, target] of rows) console.log(`${what.padEnd(52)} ${value.padStart(10)}   target ${target}`);
}

/** Milliseconds of each of `runs` calls. */
function times(runs: number, run: (i: number) => unknown): number[] {
  const result: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run(i);
    result.push(performance.now() - started);
  }
  return result;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

void main();
