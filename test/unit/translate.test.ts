import assert from 'node:assert/strict';
import { parseDataset } from '../../src/core/dataset/parseDataset';
import { formatProblem } from '../../src/core/dataset/formatProblem';
import { importedMessage } from '../../src/core/import/importSummary';
import { renderAbstractPage } from '../../src/core/render/abstractPage';
import { buildSearchIndex } from '../../src/core/search/buildSearchIndex';
import { parseQuery } from '../../src/core/search/parseQuery';
import { searchPapers } from '../../src/core/search/searchPapers';
import { bundleTranslator, english } from '../../src/core/translate';
import type { Translate } from '../../src/core/translate';
import { describeTreeNode } from '../../src/core/tree/describeTreeNode';
import { PaperTree } from '../../src/core/tree/paperTree';
import { makePaper } from './makePaper';
import { FIXTURE_PAPERS } from './search/fixturePapers';

/** A stand-in for a real language: the message shouts, the values filled into it do not. */
const shout: Translate = (message, ...args) => english(message.toUpperCase(), ...args);

describe('Translate', () => {
  it('fills {0}, {1}… in English, as often as they occur, and leaves other braces alone', () => {
    assert.equal(english('Result {0} of {1}', 3, 12), 'Result 3 of 12');
    assert.equal(english('same id as line {0}; kept line {0}', 4), 'same id as line 4; kept line 4');
    assert.equal(english('Include {title1} or {0}', '{year}'), 'Include {title1} or {year}');
  });

  it('looks messages up in a loaded bundle, falling back to the English message', () => {
    const german = bundleTranslator({ 'Result {0} of {1}': 'Ergebnis {0} von {1}' });
    assert.equal(german('Result {0} of {1}', 3, 12), 'Ergebnis 3 von 12');
    assert.equal(german('Abstract'), 'Abstract');
    assert.equal(bundleTranslator(undefined)('Result {0} of {1}', 1, 2), 'Result 1 of 2');
  });

  it('words the abstract page in the given language, but never the paper', () => {
    const paper = makePaper({ title: 'Insert Citation Considered Harmful', abstract: '' });
    const html = renderAbstractPage({
      paper,
      state: { paperId: paper.id, query: '' },
      highlightTerms: [],
      position: { index: 0, total: 2 },
      nonce: 'N',
      cspSource: 'vscode-webview://abc',
      scriptUri: 'vscode-webview://abc/page.js',
      styleUri: 'vscode-webview://abc/page.css',
      t: shout,
      language: 'x-shout',
    });
    for (const label of ['>INSERT CITATION</button>', '>COPY BIBTEX</button>', '>FIND SIMILAR PAPERS</button>', 'aria-label="PAPER ACTIONS"', '>ABSTRACT</h2>', 'RESULT 1 OF 2']) {
      assert.ok(html.includes(label), `no ${label}`);
    }
    assert.ok(html.includes('<html lang="x-shout">'));
    assert.ok(html.includes('Insert Citation Considered Harmful'), 'the title is data and stays as written');
    assert.ok(!html.includes('>Insert Citation</button>'));
  });

  it('words query hints in the given language, keeping what the user typed', () => {
    assert.deepEqual(parseQuery('year:abc graph', shout).hints, ['IGNORED YEAR:abc — USE YEAR:2021, YEAR:2019..2021 OR YEAR:>=2020']);
    const index = buildSearchIndex(FIXTURE_PAPERS);
    assert.match(searchPapers(index, 'foo:bar graph', { translate: shout }).hint ?? '', /^UNKNOWN FILTER foo: — TRY /);
    assert.equal(searchPapers(index, 'the of and', { translate: shout }).hint, 'ONLY VERY COMMON WORDS: ADD A MORE SPECIFIC WORD');
  });

  it('words tree labels, dataset problems and import notices in the given language', () => {
    const tree = new PaperTree([makePaper({ title: 'A', decision: 'Accept (Oral)' })], { grouping: 'tier-venue', translate: shout });
    const [oral] = tree.roots();
    assert.equal(oral?.kind === 'group' ? oral.label : undefined, 'ORAL');
    assert.equal(describeTreeNode(oral!, shout).accessibilityLabel, 'ORAL, 1 PAPER');

    const dataset = parseDataset('{"title": "Fine", "abstract": "x", "decision": "Reject"}\n{"abstract": "no title"}', 'd.jsonl', undefined, shout);
    assert.deepEqual(dataset.problems.map(formatProblem), ["d.jsonl: NO ROW HAS A FIELD NAMED 'conference'; VENUES SHOW AS 'UNKNOWN'", 'd.jsonl:2: MISSING TITLE; ROW SKIPPED']);
    assert.equal(importedMessage({ files: ['d.jsonl'], problems: [], problemCount: 0, duplicates: 0 }, 2, shout), 'PAPER LOOKUP NOW SEARCHES 2 PAPERS FROM d.jsonl.');
  });
});
