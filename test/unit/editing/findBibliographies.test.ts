import assert from 'node:assert/strict';
import { findBibliographies } from '../../../src/core/editing/findBibliographies';

describe('findBibliographies', () => {
  it('reads \\bibliography lists, adding .bib as BibTeX does', () => {
    assert.deepEqual(findBibliographies('\\bibliography{refs, ../shared/more,extra.bib}', 'latex'), ['refs.bib', '../shared/more.bib', 'extra.bib']);
  });

  it('reads \\addbibresource with options and leaves out remote resources', () => {
    const text = '\\addbibresource[label=main]{refs.bib}\n\\addbibresource[location=remote]{https://example.org/x.bib}\n';
    assert.deepEqual(findBibliographies(text, 'latex'), ['refs.bib']);
  });

  it('ignores commented-out bibliographies', () => {
    assert.deepEqual(findBibliographies('% \\bibliography{old}\n\\bibliography{new}', 'latex'), ['new.bib']);
  });

  it('reads a Markdown front matter string, quoted or not', () => {
    assert.deepEqual(findBibliographies('---\ntitle: Notes\nbibliography: refs.bib\n---\n# Body', 'markdown'), ['refs.bib']);
    assert.deepEqual(findBibliographies('---\r\nbibliography: "my refs.bib" # main\r\n...\r\n', 'markdown'), ['my refs.bib']);
  });

  it('reads a Markdown front matter list in flow and block style', () => {
    assert.deepEqual(findBibliographies('---\nbibliography: [a.bib, "b.bib"]\n---\n', 'markdown'), ['a.bib', 'b.bib']);
    assert.deepEqual(findBibliographies('---\nbibliography:\n  - a.bib\n  # comment\n  - \'b.bib\'\nlink-citations: true\n---\n', 'markdown'), ['a.bib', 'b.bib']);
  });

  it('finds nothing without front matter or outside it', () => {
    assert.deepEqual(findBibliographies('# Title\n\nbibliography: refs.bib\n', 'markdown'), []);
    assert.deepEqual(findBibliographies('---\ntitle: x\n---\nbibliography: refs.bib\n', 'markdown'), []);
    assert.deepEqual(findBibliographies('---\nbibliography: refs.bib\n', 'markdown'), []);
  });
});
