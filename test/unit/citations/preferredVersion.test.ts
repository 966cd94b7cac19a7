import assert from 'node:assert/strict';
import { preferredVersion } from '../../../src/core/citations/preferredVersion';
import { makePaper } from '../makePaper';

describe('preferredVersion', () => {
  const workshop = makePaper({ title: 'Deep Learning for Graphs', year: 2018, decision: 'Invite to Workshop Track' });
  const poster = makePaper({ title: 'Deep learning for graphs', year: 2019, decision: 'Accept (Poster)' });
  const reject = makePaper({ title: 'Deep Learning for Graphs.', year: 2020, decision: 'Reject' });
  const other = makePaper({ title: 'Graphs for Deep Learning', year: 2023, decision: 'Accept (Oral)' });

  it('cites the accepted version among hits with the same title, wherever the search ranked it', () => {
    assert.equal(preferredVersion([workshop, other, reject, poster]), poster);
  });

  it('prefers the newest of equally decided versions, and keeps a best hit that has no other version', () => {
    const later = makePaper({ title: 'Deep Learning for Graphs', year: 2021, decision: 'Accept (Poster)' });
    assert.equal(preferredVersion([poster, later]), later);
    assert.equal(preferredVersion([other, poster]), other);
    assert.equal(preferredVersion([]), undefined);
  });
});
