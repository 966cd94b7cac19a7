import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bibtexEntry } from '../../../src/core/citations/bibtexEntry';
import type { BibtexOptions } from '../../../src/core/citations/bibtexEntry';
import { citationKeys } from '../../../src/core/citations/citationKeys';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import type { Paper } from '../../../src/core/dataset/paper';
import { parseDataset } from '../../../src/core/dataset/parseDataset';
import { makePaper } from '../makePaper';
import { ESD_ENTRY, esdPaper, loadBibtexParser, samplePapers } from './paperFixture';

const SHORT: BibtexOptions = { booktitleStyle: 'short', includeAbstract: false };
const OPENREVIEW: BibtexOptions = { booktitleStyle: 'openreview', includeAbstract: false };
const DBLP: BibtexOptions = { booktitleStyle: 'dblp', includeAbstract: false };

/** The value of one field of an entry, as written. */
function field(entry: string, name: string): string | undefined {
  return new RegExp(`^ {2}${name} = \\{(.*)\\},?$`, 'm').exec(entry)?.[1];
}

interface HostileTitle {
  readonly title: string;
  /** The title field exactly as written to the .bib. */
  readonly bibtex: string;
  /** What a BibTeX reader shows; null where the parser cannot render the math. */
  readonly rendered: string | null;
}
const HOSTILE = JSON.parse(readFileSync(join(__dirname, '../../fixtures/citations/hostile-titles.json'), 'utf8')) as HostileTitle[];

/** LaTeX's own ligatures, which the parser applies when it renders text. */
function typeset(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/---/g, '—').replace(/--/g, '–').replace(/``/g, '“').replace(/''/g, '”');
}

async function parseOne(entry: string, raw: boolean): Promise<Record<string, unknown>> {
  const { parse } = await loadBibtexParser();
  const library = parse(entry, { raw, english: false, caseProtection: false, sentenceCase: false, unsupported: 'ignore' });
  assert.deepEqual(library.errors, [], entry);
  assert.equal(library.entries.length, 1, entry);
  const [parsed] = library.entries;
  assert.ok(parsed, entry);
  return parsed.fields;
}

describe('bibtexEntry', () => {
  it('writes the ESD paper exactly as OpenReview does', () => {
    assert.equal(bibtexEntry(esdPaper(), 'yoon2023esd', OPENREVIEW), ESD_ENTRY);
  });

  it('writes an accepted paper without authors with the booktitle, a key field and a note on what is missing', () => {
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

  it('names the proceedings of each year 2018-2023 in the openreview, short and dblp styles', () => {
    const expected: [number, string, string][] = [
      [2018, 'International Conference on Learning Representations', '6th International Conference on Learning Representations, {ICLR} 2018, Vancouver, BC, Canada, April 30 - May 3, 2018, Conference Track Proceedings'],
      [2019, 'International Conference on Learning Representations', '7th International Conference on Learning Representations, {ICLR} 2019, New Orleans, LA, USA, May 6-9, 2019'],
      [2020, 'International Conference on Learning Representations', '8th International Conference on Learning Representations, {ICLR} 2020, Addis Ababa, Ethiopia, April 26-30, 2020'],
      [2021, 'International Conference on Learning Representations', '9th International Conference on Learning Representations, {ICLR} 2021, Virtual Event, Austria, May 3-7, 2021'],
      [2022, 'International Conference on Learning Representations', 'The Tenth International Conference on Learning Representations, {ICLR} 2022, Virtual Event, April 25-29, 2022'],
      [2023, 'The Eleventh International Conference on Learning Representations', 'The Eleventh International Conference on Learning Representations, {ICLR} 2023, Kigali, Rwanda, May 1-5, 2023'],
    ];
    for (const [year, openreview, dblp] of expected) {
      const paper = makePaper({ title: 'X', year, decision: 'Accept (Oral)', authors: ['Ada Lovelace'] });
      // Without a URL the entry starts with a note; the fields follow the entry's first line.
      const lines = (options: BibtexOptions): string[] => bibtexEntry(paper, 'x', options).split('\n').slice(2, -1);
      assert.deepEqual(lines(OPENREVIEW), ['  title = {{X}},', '  author = {Ada Lovelace},', `  booktitle = {${openreview}},`, `  year = {${year}}`], `${year}`);
      assert.equal(field(bibtexEntry(paper, 'x', SHORT), 'booktitle'), 'International Conference on Learning Representations');
      // dblp's order: booktitle, then publisher, then year.
      assert.deepEqual(lines(DBLP), ['  title = {{X}},', '  author = {Ada Lovelace},', `  booktitle = {${dblp}},`, '  publisher = {OpenReview.net},', `  year = {${year}}`], `${year}`);
    }
  });

  it('names later editions by their ordinal, and never invents one', () => {
    const booktitle = (year: number | undefined, options: BibtexOptions): string | undefined =>
      field(bibtexEntry(makePaper({ title: 'X', year, decision: 'Accept (Poster)' }), 'x', options), 'booktitle');
    assert.equal(booktitle(2024, OPENREVIEW), 'The Twelfth International Conference on Learning Representations');
    assert.equal(booktitle(2025, OPENREVIEW), 'The Thirteenth International Conference on Learning Representations');
    assert.equal(booktitle(2031, OPENREVIEW), 'International Conference on Learning Representations');
    assert.equal(booktitle(undefined, OPENREVIEW), 'International Conference on Learning Representations');
    assert.equal(booktitle(2024, DBLP), 'The Twelfth International Conference on Learning Representations, {ICLR} 2024, Vienna, Austria, May 7-11, 2024');
    // No dblp record to follow: the OpenReview name, and no publisher.
    const later = bibtexEntry(makePaper({ title: 'X', year: 2031, decision: 'Accept (Poster)' }), 'x', DBLP);
    assert.equal(field(later, 'booktitle'), 'International Conference on Learning Representations');
    assert.doesNotMatch(later, /publisher/);
    assert.equal(booktitle(2014, DBLP), 'International Conference on Learning Representations');
  });

  it('cites a paper of iclr.cc/2024/conference, written in lower case, as ICLR 2024', () => {
    const row = JSON.stringify({ conference: 'iclr.cc/2024/conference', title: 'X', abstract: '', decision: 'Accept (Poster)', authors: ['Ada Lovelace'] });
    const [paper] = parseDataset(row, 'lower.jsonl').papers;
    assert.equal(field(bibtexEntry(paper!, 'x', OPENREVIEW), 'booktitle'), 'The Twelfth International Conference on Learning Representations');
  });

  it('uses the name of another venue as its booktitle in every style', () => {
    for (const options of [OPENREVIEW, SHORT, DBLP]) {
      const entry = bibtexEntry(makePaper({ title: 'X', venue: 'NeurIPS', year: 2022, decision: 'Accept (Poster)' }), 'x', options);
      assert.equal(field(entry, 'booktitle'), 'NeurIPS');
      assert.doesNotMatch(entry, /publisher/);
    }
  });

  it("writes a paper that was not accepted as OpenReview's @misc, plus a howpublished that says what happened", () => {
    const cases: [string, string][] = [
      ['Reject', 'Submitted to ICLR 2021, rejected'],
      ['Withdrawn', 'Submitted to ICLR 2021, withdrawn'],
      ['Desk Rejected', 'Submitted to ICLR 2021, desk rejected'],
      ['Invite to Workshop Track', 'Submitted to ICLR 2021, invited to the workshop track'],
      ['Pending & 50% sure', 'Submitted to ICLR 2021, decision: Pending \\& 50\\% sure'],
      ['', 'Submitted to ICLR 2021'],
    ];
    for (const [decision, howpublished] of cases) {
      for (const options of [OPENREVIEW, SHORT, DBLP]) {
        const entry = bibtexEntry(makePaper({ title: 'X', year: 2021, decision, authors: ['Ada Lovelace'], openreviewId: 'SJgIPJBFvH' }), 'x', options);
        assert.deepEqual(entry.split('\n'), [
          '@misc{x,',
          '  title = {{X}},',
          '  author = {Ada Lovelace},',
          `  howpublished = {${howpublished}},`,
          '  year = {2021},',
          '  url = {https://openreview.net/forum?id=SJgIPJBFvH}',
          '}',
        ]);
      }
    }
  });

  it('writes a paper of a workshop as @misc, whatever its decision: it is not in the main conference proceedings', () => {
    for (const decision of ['Accept (Poster)', 'Accept (Oral)', 'Reject']) {
      const paper = makePaper({ title: 'X', conference: 'ICLR.cc/2023/Workshop/ME-FoMo', venue: 'ICLR Workshop ME-FoMo', year: 2023, decision, authors: ['Ada Lovelace'] });
      for (const options of [OPENREVIEW, SHORT, DBLP]) {
        const entry = bibtexEntry(paper, 'x', options);
        assert.match(entry, /^@misc\{x,$/m, decision);
        assert.doesNotMatch(entry, /booktitle|inproceedings|publisher|Learning Representations/);
      }
      const howpublished = field(bibtexEntry(paper, 'x', OPENREVIEW), 'howpublished');
      assert.equal(howpublished, decision === 'Reject' ? 'Submitted to ICLR Workshop ME-FoMo 2023, rejected' : 'ICLR Workshop ME-FoMo 2023');
    }
  });

  it('uses authors, URL and id from the dataset when it has them, and then adds no key field or note', () => {
    const withAuthors = makePaper({ title: 'X', authors: ['Ada Lovelace', 'Alan Turing', 'Emmy Nöther'], extra: { url: 'https://example.org/paper?id=1' } });
    const entry = bibtexEntry(withAuthors, 'x', SHORT);
    // Letters outside ASCII as OpenReview writes them, which pdflatex sets without packages.
    assert.ok(entry.startsWith('@inproceedings{x,\n  title = {{X}},\n  author = {Ada Lovelace and Alan Turing and Emmy N{\\"o}ther},\n'), entry);
    assert.ok(entry.includes('  url = {https://example.org/paper?id=1}'));
    assert.doesNotMatch(entry, /key = |Paper Lookup/);

    const fromId = bibtexEntry(makePaper({ title: 'X', authors: ['A. Author', 'B. Author'], extra: { id: 'SJgIPJBFvH' } }), 'x', SHORT);
    assert.ok(fromId.includes('  author = {A. Author and B. Author},'));
    assert.ok(fromId.includes('  url = {https://openreview.net/forum?id=SJgIPJBFvH}'));
  });

  it('joins author names with "and", escaping each and bracing one that BibTeX would misread', () => {
    const authors = (names: string[]): string => field(bibtexEntry(makePaper({ title: 'X', authors: names }), 'x', SHORT), 'author') ?? '';
    assert.equal(authors(['Ada Lovelace', 'Alan Turing']), 'Ada Lovelace and Alan Turing');
    assert.equal(authors(['Jo {Smith} & Co_']), 'Jo \\{Smith\\} \\& Co\\_');
    // `Last, First` and `Last, Jr, First` are BibTeX's own forms.
    assert.equal(authors(['Smith, John', 'Doe, Jane']), 'Smith, John and Doe, Jane');
    assert.equal(authors(['King, Jr., Martin Luther']), 'King, Jr., Martin Luther');
    assert.equal(authors(['Philip M. Long and Hanie Sedghi']), '{Philip M. Long and Hanie Sedghi}');
    assert.equal(authors(['Smith, J. and Doe, J.']), '{Smith, J. and Doe, J.}');
    // A comma that is not a name form: too many parts, or an empty one.
    assert.equal(authors(['Google Research, Brain Team, Zurich, Switzerland']), '{Google Research, Brain Team, Zurich, Switzerland}');
    assert.equal(authors(['Smith,', ', Jane']), '{Smith,} and {, Jane}');
    assert.equal(authors(['others', 'Ada Lovelace']), '{others} and Ada Lovelace');
    // Letters outside ASCII as OpenReview writes them; a LaTeX accent in the data stays one.
    assert.equal(authors(['Bernhard Schölkopf', 'Łukasz Kaiser', "Jos\\'{e} M. F. Moura"]), 'Bernhard Sch{\\"o}lkopf and {\\L}ukasz Kaiser and Jos{\\\'{e}} M. F. Moura');
  });

  it('writes names so that a real BibTeX parser reads exactly one author for each name', async () => {
    const { parse } = await loadBibtexParser();
    const names = [
      'Hee Suk Yoon', 'Fernando de la Torre', 'Laurens van der Maaten', 'Bernhard Schölkopf', 'Łukasz Kaiser', "Cara O'Brien",
      'Adam Prügel-Bennett', 'Smith, John', 'Hal Daumé III', 'Philip M. Long and Hanie Sedghi', 'Google Research, Brain Team, Zurich',
      'others', 'Jo {Smith} & Co_', '李小龙', 'Wieland Brendel *',
    ];
    const entry = bibtexEntry(makePaper({ title: 'X', authors: names }), 'x', OPENREVIEW);
    const library = parse(entry, { english: false });
    assert.deepEqual(library.errors, [], entry);
    const creators = library.entries[0]?.fields.author as { lastName?: string; name?: string }[];
    assert.equal(creators.length, names.length, JSON.stringify(creators));
    assert.deepEqual(
      creators.slice(0, 8).map((creator) => (creator.lastName ?? creator.name ?? '').normalize('NFC')),
      ['Yoon', 'Torre', 'Maaten', 'Schölkopf', 'Kaiser', "O'Brien", 'Prügel-Bennett', 'Smith'],
    );
  });

  it('keeps only the URL part it can trust, and asks for authors when they are missing', () => {
    const entry = bibtexEntry(makePaper({ title: 'X', extra: { url: 'javascript:alert(1)', id: '42' } }), 'x', SHORT);
    assert.doesNotMatch(entry, /url = /);
    assert.ok(entry.startsWith('% Paper Lookup: authors and URL are not in the dataset; fill them in.\n'));
    const urlOnly = bibtexEntry(makePaper({ title: 'X', extra: { url: 'https://openreview.net/forum?id=abc' } }), 'x', SHORT);
    assert.ok(urlOnly.startsWith('% Paper Lookup: authors are not in the dataset; fill them in.\n'));
    const authorsOnly = bibtexEntry(makePaper({ title: 'X', authors: ['Ada Lovelace'] }), 'x', SHORT);
    assert.ok(authorsOnly.startsWith('% Paper Lookup: URL is not in the dataset; fill it in.\n@inproceedings{x,\n  title = {{X}},\n  author = {Ada Lovelace},'));
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
      const entry = bibtexEntry(paper, key, { booktitleStyle: 'dblp', includeAbstract: true });
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
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        const entry = bibtexEntry(makePaper({ title, abstract }), 'k', { booktitleStyle: 'short', includeAbstract: true });
        const library = parse(entry, { raw: true });
        assert.deepEqual(library.errors, [], entry);
        assert.equal(library.entries.length, 1, entry);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
