import assert from 'node:assert/strict';
import { citationKeyTable } from '../../../src/core/bibliography/citationKeyTable';
import { paperForKey } from '../../../src/core/bibliography/paperForKey';
import { DEFAULT_KEY_FORMAT } from '../../../src/core/citations/parseKeyFormat';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { makePaper } from '../makePaper';

describe('paperForKey', () => {
  const expected = makePaper({ title: 'Expected Squared Difference for Calibration', year: 2023, authors: ['Hee Suk Yoon', 'Joshua Tian'] });
  const rejected = makePaper({ title: 'Expected Squared Difference for Calibration', year: 2022, tier: 'reject', authors: ['Hee Suk Yoon'] });
  const other = makePaper({ title: 'Graph Networks for Molecules', year: 2023, authors: ['Ada Smith'] });
  const table = citationKeyTable(buildSearchIndex([expected, rejected, other]), DEFAULT_KEY_FORMAT);

  it('is the paper whose key it is', () => {
    assert.equal(paperForKey(table.keyOf(other), table), other);
  });

  it('reads OpenReview-style and title-word keys: every word a title word or a surname, and the year', () => {
    assert.equal(paperForKey('yoon2023expected', table), expected);
    assert.equal(paperForKey('expectedSquared2023x', table), expected);
    assert.equal(paperForKey('yoon2022expected', table), rejected);
  });

  it('is nothing when the key is vague or fits no paper', () => {
    assert.equal(paperForKey('yoon2023', table), undefined, 'a surname alone');
    assert.equal(paperForKey('smith2023expected', table), undefined, 'a word in no title and no surname of that paper');
    assert.equal(paperForKey('expectedSquared', table), undefined, 'no year');
    assert.equal(paperForKey('graph2021', table), undefined, 'another year');
  });
});
