import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bibtexEntry } from '../../../src/core/citations/bibtexEntry';
import type { BibtexOptions } from '../../../src/core/citations/bibtexEntry';
import { citationKeys } from '../../../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import type { Paper } from '../../../src/core/dataset/paper';
import { makePaper } from '../makePaper';
import { loadBibtexParser, samplePapers } from './paperFixture';

const SHORT: BibtexOptions = { booktitleStyle: 'short', includeAbstract: false };
const OPENREVIEW: BibtexOptions = { booktitleStyle: 'openreview', includeAbstract: false };

interface HostileTitle {
  readonly title: string;
  /** The title field exactly as written to the .bib. */
  readonly bibtex: string;
  /** What a BibTeX reader shows; null where the parser cannot render the math. */
  readonly rendered: string | null;
}
const HOSTILE: HostileTitle[] = JSON.parse(readFileSync(join(__dirname, '../../fixtures/citations/hostile-titles.json'), 'utf8'));

/** LaTeX's own ligatures, which the parser applies when it renders text. */
function typeset(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/---/g, '—').replace(/--/g, '–').replace(/``/g, '“').replace(/''/g, '”');
}

async function parseOne(entry: string, raw: boolean): Promise<Record<string, unknown>> {
  const { parse } = await loadBibtexParser();
  const library = parse(entry, { raw, english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
  assert.deepEqual(library.errors, [], entry);
  assert.equal(library.entries.length, 1, entry);
  return library.entries[0].fields;
}

describe('bibtexEntry', () => {
  it('writes an accepted paper as @inproceedings with the short booktitle, a key field and a note on what is missing', () => {
    const paper = makePaper({ title: 'Subspace Regularizers for Few-Shot Class Incremental Learning', year: 2022, decision: 'Accept (Poster)' });
    assert.equal(
      bibtexEntry(paper, 'subspaceRegularizers2022', SHORT),
      [
        '% Paper Lookup: authors and URL are not in the dataset; fill them in.',
        '@inproceedings{subspaceRegularizers2022,',
        '  title = {Subspace Regularizers for Few-Shot Class Incremental Learning},',
        '  booktitle = {International Conference on Learning Representations},',
        '  year = {2022},',
        '  key = {Subspace Regularizers}',
        '}',
      ].join('\n'),
    );
  });

  it('names each ICLR edition as OpenReview does, and falls back to the short name for other years', () => {
    const expected: [number, string][] = [
      [2018, 'The Sixth International Conference on Learning Representations'],
      [2019, 'The Seventh International Conference on Learning Representations'],
      [2020, 'The Eighth International Conference on Learning Representations'],
      [2021, 'The Ninth International Conference on Learning Representations'],
      [2022, 'The Tenth International Conference on Learning Representations'],
      [2023, 'The Eleventh International Conference on Learning Representations'],
      [2031, 'International Conference on Learning Representations'],
    ];
    for (const [year, booktitle] of expected) {
      const entry = bibtexEntry(makePaper({ title: 'X', year, decision: 'Accept (Oral)' }), 'x', OPENREVIEW);
      assert.ok(entry.includes(`  booktitle = {${booktitle}},`), `${year}: ${entry}`);
      assert.ok(entry.includes(`  year = {${year}},`));
    }
  });

  it('never presents a rejected, withdrawn or desk-rejected paper as published', () => {
    const cases: [string, string][] = [
      ['Reject', 'Submitted to ICLR 2021, rejected'],
      ['Withdrawn', 'Submitted to ICLR 2021, withdrawn'],
      ['Desk Rejected', 'Submitted to ICLR 2021, desk rejected'],
      ['Pending & 50% sure', 'Submitted to ICLR 2021, decision: Pending \\& 50\\% sure'],
      ['', 'Submitted to ICLR 2021'],
    ];
    for (const [decision, howpublished] of cases) {
      const entry = bibtexEntry(makePaper({ title: 'X', year: 2021, decision }), 'x', OPENREVIEW);
      assert.match(entry, /^@misc\{x,$/m, decision);
      assert.ok(entry.includes(`  howpublished = {${howpublished}},`), entry);
      assert.doesNotMatch(entry, /booktitle|inproceedings/);
    }
  });

  it('says a workshop-track invitation is one, without a conference booktitle', () => {
    const entry = bibtexEntry(makePaper({ title: 'X', year: 2018, decision: 'Invite to Workshop Track' }), 'x', SHORT);
    assert.match(entry, /^@misc\{x,$/m);
    assert.ok(entry.includes('  howpublished = {Submitted to ICLR 2018, invited to the workshop track},'));
  });

  it('uses authors, URL and id from the dataset when it has them, and then adds no key field or note', () => {
    const withAuthors = makePaper({ title: 'X', authors: ['Ada Lovelace', 'Alan Turing', 'Emmy Nöther'], extra: { url: 'https://example.org/paper?id=1' } });
    const entry = bibtexEntry(withAuthors, 'x', SHORT);
    // Letters outside ASCII as OpenReview writes them, which pdflatex sets without packages.
    assert.ok(entry.startsWith('@inproceedings{x,\n  author = {Ada Lovelace and Alan Turing and Emmy N{\\"o}ther},\n'), entry);
    assert.ok(entry.includes('  url = {https://example.org/paper?id=1}'));
    assert.doesNotMatch(entry, /key = |Paper Lookup/);

    const fromId = bibtexEntry(makePaper({ title: 'X', authors: ['A. Author', 'B. Author'], extra: { id: 'SJgIPJBFvH' } }), 'x', SHORT);
    assert.ok(fromId.includes('  author = {A. Author and B. Author},'));
    assert.ok(fromId.includes('  url = {https://openreview.net/forum?id=SJgIPJBFvH}'));
  });

  it('joins author names with "and", escaping each and bracing one that holds "and"', () => {
    const authors = (names: string[]): string => /author = \{(.*)\},/.exec(bibtexEntry(makePaper({ title: 'X', authors: names }), 'x', SHORT))?.[1] ?? '';
    assert.equal(authors(['Ada Lovelace', 'Alan Turing']), 'Ada Lovelace and Alan Turing');
    assert.equal(authors(['Jo {Smith} & Co_']), 'Jo \\{Smith\\} \\& Co\\_');
    assert.equal(authors(['Smith, John', 'Doe, Jane']), 'Smith, John and Doe, Jane');
    assert.equal(authors(['Philip M. Long and Hanie Sedghi']), '{Philip M. Long and Hanie Sedghi}');
  });

  it('keeps only the URL part it can trust, and asks for authors when they are missing', () => {
    const entry = bibtexEntry(makePaper({ title: 'X', extra: { url: 'javascript:alert(1)', id: '42' } }), 'x', SHORT);
    assert.doesNotMatch(entry, /url = /);
    assert.ok(entry.startsWith('% Paper Lookup: authors and URL are not in the dataset; fill them in.\n'));
    const urlOnly = bibtexEntry(makePaper({ title: 'X', extra: { url: 'https://openreview.net/forum?id=abc' } }), 'x', SHORT);
    assert.ok(urlOnly.startsWith('% Paper Lookup: authors are not in the dataset; fill them in.\n'));
    const authorsOnly = bibtexEntry(makePaper({ title: 'X', authors: ['Ada Lovelace'] }), 'x', SHORT);
    assert.ok(authorsOnly.startsWith('% Paper Lookup: URL is not in the dataset; fill it in.\n@inproceedings{x,\n  author = {Ada Lovelace},'));
  });

  it('includes the escaped abstract only when asked', () => {
    const paper = makePaper({ title: 'X', abstract: 'We get 50% better {results} on $\\mathbb{R}^n$ & more.' });
    assert.doesNotMatch(bibtexEntry(paper, 'x', SHORT), /abstract/);
    assert.ok(bibtexEntry(paper, 'x', { ...SHORT, includeAbstract: true }).includes(
      // \\mathbb needs amssymb; base LaTeX's \\mathbf compiles in any preamble.
      '  abstract = {We get 50\\% better \\{results\\} on $\\mathbf{R}^n$ \\& more.}',
    ));
  });

  it('protects acronyms and mixed-case words in titles', () => {
    const entry = bibtexEntry(makePaper({ title: 'ID and OOD Performance of BERT, GPT-2 and ImageNet Models' }), 'x', SHORT);
    assert.ok(entry.includes('  title = {{ID} and {OOD} Performance of {BERT}, {GPT}-2 and {ImageNet} Models},'), entry);
  });

  it('writes hostile titles so that a real BibTeX parser reads them back exactly', async () => {
    for (const { title, bibtex, rendered } of HOSTILE) {
      const entry = bibtexEntry(makePaper({ title, abstract: title, decision: 'Reject' }), 'hostile', { ...SHORT, includeAbstract: true });
      const raw = await parseOne(entry, true);
      assert.equal(raw.title, bibtex, title);
      // Accents come back as combining marks; what matters is that they read as the same letters.
      if (rendered !== null) assert.equal(String((await parseOne(entry, false)).title).normalize('NFC'), rendered.normalize('NFC'), title);
    }
  });

  it('writes every paper of the bundled sample so that a real BibTeX parser reads it back', async () => {
    const papers: Paper[] = samplePapers();
    const keys = citationKeys(papers, DEFAULT_KEY_FORMAT);
    for (const paper of papers) {
      const key = keys.get(paper.id) ?? '';
      const entry = bibtexEntry(paper, key, { booktitleStyle: 'openreview', includeAbstract: true });
      const { parse } = await loadBibtexParser();
      const library = parse(entry, { english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
      assert.deepEqual(library.errors, [], entry);
      assert.equal(library.entries[0]?.key, key);
      const expected = paper.title.includes('$') ? paper.title.replace(/\$\^2\$/, '²') : typeset(paper.title);
      assert.equal(library.entries[0].fields.title, expected, entry);
    }
  });
});

describe('bibtexEntry on generated hostile text', () => {
  it('always produces an entry a real BibTeX parser reads, whatever the title and abstract', async () => {
    const { parse } = await loadBibtexParser();
    const piece = fc.constantFrom('{', '}', '$', '\\', '%', '&', '#', '_', '~', '^', '@', '"', ',', '=', '\n', ' ', 'a', 'B', 'é', '🚀', '\\textit{', '\\"o', '$x$', '\\{', '}\n@misc{');
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, async (title, abstract) => {
        const entry = bibtexEntry(makePaper({ title, abstract }), 'k', { booktitleStyle: 'short', includeAbstract: true });
        const library = parse(entry, { raw: true });
        assert.deepEqual(library.errors, [], entry);
        assert.equal(library.entries.length, 1, entry);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
