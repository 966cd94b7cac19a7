import assert from 'node:assert/strict';
import { isBibtexFileName } from '../../../src/core/citations/isBibtexFileName';

describe('isBibtexFileName', () => {
  it('accepts the BibTeX extensions LaTeX and Pandoc read as BibTeX, in any case', () => {
    for (const name of ['refs.bib', 'chapters/More.BIB', '/abs/path/refs.bibtex']) assert.equal(isBibtexFileName(name), true, name);
  });

  it('refuses the other bibliography formats Pandoc reads, and names without an extension', () => {
    for (const name of ['refs.json', 'refs.yaml', 'refs.yml', 'refs.ris', 'refs.bib.json', 'refs', 'bib']) assert.equal(isBibtexFileName(name), false, name);
  });
});
