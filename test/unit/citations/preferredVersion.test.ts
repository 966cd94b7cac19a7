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

  it('cites the main-conference paper over a workshop paper of the same title, even a newer or better-decided one', () => {
    const main = makePaper({ title: 'Deep Learning for Graphs', year: 2022, decision: 'Accept (Poster)' });
    const atWorkshop = makePaper({ title: 'Deep Learning for Graphs', conference: 'ICLR.cc/2023/Workshop/ME-FoMo', venue: 'ICLR Workshop ME-FoMo', year: 2023, decision: 'Accept (Oral)' });
    assert.equal(preferredVersion([atWorkshop, main]), main);
    assert.equal(preferredVersion([atWorkshop, reject]), atWorkshop);
  });

  it('prefers the newest of equally decided versions, and keeps a best hit that has no other version', () => {
    const later = makePaper({ title: 'Deep Learning for Graphs', year: 2021, decision: 'Accept (Poster)' });
    assert.equal(preferredVersion([poster, later]), later);
    assert.equal(preferredVersion([other, poster]), other);
    assert.equal(preferredVersion([]), undefined);
  });
});
