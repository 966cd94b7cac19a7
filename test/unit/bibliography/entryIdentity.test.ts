import assert from 'node:assert/strict';
import { entryIdentity } from '../../../src/core/bibliography/entryIdentity';
import { parseBibFile } from '../../../src/core/bibliography/parseBibFile';

const identityOf = (entry: string): ReturnType<typeof entryIdentity> => {
  const [parsed] = parseBibFile(entry).entries;
  assert.ok(parsed, entry);
  return entryIdentity(parsed);
};

describe('entryIdentity', () => {
  it('reads the OpenReview id from a forum or PDF link', () => {
    assert.equal(identityOf('@misc{a, url = {https://openreview.net/forum?id=SJgIPJBFvH}}').openreviewId, 'SJgIPJBFvH');
    assert.equal(identityOf('@misc{a, note = {https://openreview.net/pdf?id=Ab-c_12345}}').openreviewId, 'Ab-c_12345');
  });

  it('reads a DOI in any case and from a doi.org link, and an arXiv DOI as an arXiv id', () => {
    assert.equal(identityOf('@article{a, doi = {https://doi.org/10.1000/ABC.1}}').doi, '10.1000/abc.1');
    assert.equal(identityOf('@article{a, url = {https://dx.doi.org/10.1000/x}}').doi, '10.1000/x');
    const arxivDoi = identityOf('@article{a, doi = {10.48550/arXiv.2101.00001}}');
    assert.equal(arxivDoi.doi, undefined);
    assert.equal(arxivDoi.arxivId, '2101.00001');
  });

  it('reads the arXiv id from eprint, the journal, or an arxiv.org link, without its version, and calls such @misc or @article a preprint', () => {
    for (const entry of [
      '@misc{a, eprint = {2101.00001v3}, archivePrefix = {arXiv}}',
      '@article{a, journal = {arXiv preprint arXiv:2101.00001}}',
      '@misc{a, url = {https://arxiv.org/abs/2101.00001v2}}',
    ]) {
      const identity = identityOf(entry);
      assert.equal(identity.arxivId, '2101.00001', entry);
      assert.equal(identity.isPreprint, true, entry);
    }
    assert.equal(identityOf('@inproceedings{a, eprint = {2101.00001}, booktitle = {ICLR}}').isPreprint, false);
  });

  it('tells an @inproceedings at ICLR by its booktitle, spelt out or short', () => {
    assert.equal(identityOf('@inproceedings{a, booktitle = {International Conference on Learning Representations}}').claimsIclr, true);
    assert.equal(identityOf('@conference{a, booktitle = {Proc. ICLR}}').claimsIclr, true);
    assert.equal(identityOf('@inproceedings{a, booktitle = {NeurIPS}}').claimsIclr, false);
    assert.equal(identityOf('@misc{a, booktitle = {ICLR}}').claimsIclr, false);
  });

  it('normalises the title as the rest of Paper Lookup does, and keeps the year as written', () => {
    const identity = identityOf('@misc{a, title = {{BERT}: Pre-Training of G{\\"o}del Machines}, year = 2019}');
    assert.equal(identity.title, 'bert pre training of godel machines');
    assert.equal(identity.year, '2019');
  });
});
