import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bibtexEntry } from '../../../src/core/citations/bibtexEntry';
import { citationKeys } from '../../../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import { BOOKTITLE_STYLES } from '../../../src/core/citations/proceedingsFields';
import type { Paper } from '../../../src/core/dataset/paper';
import { makePaper } from '../makePaper';
import { corpusPapers, samplePapers } from './paperFixture';

interface HostileTitle {
  readonly title: string;
  readonly rendered: string | null;
}
const HOSTILE = JSON.parse(readFileSync(join(__dirname, '../../fixtures/citations/hostile-titles.json'), 'utf8')) as HostileTitle[];
/** Names that have broken entries before: accents, particles, braces, a comma, LaTeX in a name. */
const HOSTILE_AUTHORS = ['Bernhard Schölkopf', 'Łukasz Kaiser', 'Hervé Jégou', 'Ludwig van Beethoven', 'Smith, J.', 'Jo {Smith} & Co_', '$\\input{/etc/hostname}$', '李小龙'];

/** Runs a tool of a TeX or Pandoc installation; the tools are part of CI (.ci/run installs them). */
function run(command: string, args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function available(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The entries we write are data, never code: every hostile title compiles with pdflatex + natbib even with
 * `-shell-escape`, runs no command, reads no file, ends no document early, and renders with Pandoc.
 */
describe('BibTeX entries in real LaTeX and Pandoc', function () {
  this.timeout(180_000);
  const fixtures = [
    // A first author of its own each: plainnat runs out of letters (2023a … 2023z) for many same-labelled entries.
    ...HOSTILE.map(({ title }, i) =>
      makePaper({ id: `hostile-${i}`, title, abstract: title, decision: i % 2 === 0 ? 'Reject' : 'Accept (Poster)', authors: [`Writer Number${i}`, ...HOSTILE_AUTHORS] }),
    ),
    ...samplePapers(),
  ];
  /** Every entry of the bibliography, with the key it is cited by. */
  let cited: { readonly paper: Paper; readonly key: string }[] = [];
  let dir: string;

  before(async function () {
    // A developer machine without TeX skips; CI must not (it installs texlive and pandoc).
    if (!['pdflatex', 'bibtex', 'pandoc'].every(available)) {
      if (process.env.CI) throw new Error('pdflatex, bibtex and pandoc are needed (apt-get install texlive-latex-base texlive-latex-recommended pandoc)');
      this.skip();
    }
    // Real entries too: every corpus paper whose title has math or a character outside ASCII (with its real
    // authors, accents and all), in each booktitle style, under the keys the extension gives them.
    const corpus = await corpusPapers();
    const keys = citationKeys(corpus, DEFAULT_KEY_FORMAT);
    const hard = corpus.filter((paper) => /\$|[^\x00-\x7f]/.test(paper.title));
    cited = fixtures.map((paper, i) => ({ paper, key: `k${i}` }));
    const entries = cited.map(({ paper, key }) => bibtexEntry(paper, key, { booktitleStyle: 'openreview', includeAbstract: true }));
    for (const style of BOOKTITLE_STYLES) {
      for (const paper of hard) {
        const key = `${keys.get(paper.id)!}:${style}`;
        cited.push({ paper, key });
        entries.push(bibtexEntry(paper, key, { booktitleStyle: style, includeAbstract: false }));
      }
    }
    dir = mkdtempSync(join(tmpdir(), 'paper-lookup-tex-'));
    writeFileSync(join(dir, 'refs.bib'), `${entries.join('\n\n')}\n`);
  });
  after(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles with pdflatex, natbib and bibtex under -shell-escape: no error, nothing run, the whole document typeset', () => {
    const keys = cited.map(({ key }) => key).join(',');
    writeFileSync(
      join(dir, 'main.tex'),
      [
        '\\documentclass{article}',
        '\\usepackage{natbib}',
        // OpenReview ids hold `_`, and URLs are written as OpenReview writes them, for hyperref, biblatex and Pandoc
        // to link; plainnat sets them with \\url, which conference templates load (without it, `_` is a TeX error).
        '\\usepackage{url}',
        '\\begin{document}',
        `Cited \\citep{${keys}}.`,
        '\\bibliographystyle{plainnat}',
        '\\bibliography{refs}',
        '\\typeout{PAPER-LOOKUP-REACHED-THE-END}',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    const latex = ['-shell-escape', '-interaction=nonstopmode', '-halt-on-error', 'main'];
    assert.equal(run('pdflatex', latex, dir).status, 0);
    const bibtex = run('bibtex', ['main'], dir);
    assert.equal(bibtex.status, 0, bibtex.output);
    assert.doesNotMatch(bibtex.output, /error message|I was expecting|Illegal/);
    run('pdflatex', latex, dir);
    const final = run('pdflatex', latex, dir);
    const log = readFileSync(join(dir, 'main.log'), 'latin1');
    assert.equal(final.status, 0, log.slice(-3000));
    assert.doesNotMatch(log, /^! /m, 'no TeX error');
    assert.doesNotMatch(log, /Undefined control sequence|Unicode character|Missing character|undefined on input line/);
    assert.match(log, /PAPER-LOOKUP-REACHED-THE-END/, 'no title ended the document or hid the rest of it');
    assert.equal(existsSync(join(dir, 'PWNED')), false, '\\write18 ran a shell command');
    assert.doesNotMatch(log, /\(\/etc\/hostname/, '\\input read a file');
    const bbl = readFileSync(join(dir, 'main.bbl'), 'utf8');
    assert.equal(bbl.match(/\\bibitem/g)?.length, cited.length, 'every entry is in the bibliography');
  });

  it('renders with pandoc --citeproc, keeping every word of every hostile title', () => {
    writeFileSync(join(dir, 'main.md'), `${cited.map(({ key }) => `[@${key}]`).join(' ')}\n`);
    // HTML with MathML, where every formula converts (plain text cannot show `\\sqrt[3]{x}` and says so).
    const pandoc = run('pandoc', ['--citeproc', '--bibliography', 'refs.bib', '-t', 'html', '--mathml', '--wrap=none', 'main.md'], dir);
    assert.equal(pandoc.status, 0, pandoc.output);
    assert.doesNotMatch(pandoc.output, /\[WARNING\]/, pandoc.output.split('\n').filter((line) => line.includes('[WARNING]')).join('\n'));
    const rendered = pandoc.output.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').normalize('NFC').toLowerCase();
    for (const { title, rendered: expected } of HOSTILE) {
      if (expected === null) continue; // math and logos, which render as symbols
      // The longest plain word of each title must come through (a swallowed group would lose it).
      const words = expected.normalize('NFC').match(/[\p{L}\p{N}]{4,}/gu) ?? [];
      const longest = words.sort((a, b) => b.length - a.length)[0];
      if (longest !== undefined) assert.ok(rendered.includes(longest.toLowerCase()), `${title}: '${longest}' is missing from Pandoc's output`);
    }
    assert.ok(rendered.includes('{companyname}11k'), 'a pair of braces in a title prints as a pair');
    assert.ok(rendered.includes('schölkopf'));
  });
});
