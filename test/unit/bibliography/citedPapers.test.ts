import assert from 'node:assert/strict';
import { citationKeyTable } from '../../../src/core/bibliography/citationKeyTable';
import { citedPapers } from '../../../src/core/bibliography/citedPapers';
import { findCitations } from '../../../src/core/bibliography/findCitations';
import { parseBibFile } from '../../../src/core/bibliography/parseBibFile';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { makePaper } from '../makePaper';

describe('citedPapers', () => {
  it('lists each cited key once in first-cited order, with its entry, the dataset paper’s decision, and unresolved keys marked', () => {
    const rejected = makePaper({ title: 'A Rejected Idea', year: 2021, tier: 'reject' });
    const table = citationKeyTable(buildSearchIndex([rejected]), DEFAULT_KEY_FORMAT);
    const bib = parseBibFile('@inproceedings{idea, title = {A {Rejected} Idea}, booktitle = {ICLR}, year = 2021}\n@misc{other, title = {Outside}}\n');
    const text = '\\cite{idea, missing} and \\citep{other, idea}';
    const nodes = citedPapers(findCitations(text, 'latex'), [bib], table);
    assert.deepEqual(
      nodes.map((node) => [node.key, node.count, node.unresolved, node.title, node.badge]),
      [
        ['idea', 2, false, 'A Rejected Idea', 'ICLR 2021 · Reject'],
        ['missing', 1, true, undefined, undefined],
        ['other', 1, false, 'Outside', undefined],
      ],
    );
    assert.equal(nodes[0]?.firstOffset, text.indexOf('idea'));
  });
});
