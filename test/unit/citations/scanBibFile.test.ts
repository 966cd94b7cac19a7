import assert from 'node:assert/strict';
import { scanBibFile } from '../../../src/core/citations/scanBibFile';

describe('scanBibFile', () => {
  it('finds keys, normalised titles and years of entries in any delimiter style', () => {
    const scan = scanBibFile([
      '@string{iclr = "ICLR"}',
      '@Article{devlin2019bert,',
      '  title = {{BERT}: Pre-training of Deep Bidirectional Transformers},',
      '  year = 2019,',
      '}',
      '@misc(quoted, title = "G{\\"o}del and {Few Shot} \\& More", year = {2020})',
      '@comment{ @misc{ignored, title = {Not an entry}} }',
    ].join('\n'));
    assert.deepEqual([...scan.keys], ['devlin2019bert', 'quoted']);
    assert.deepEqual(scan.entries, [
      { key: 'devlin2019bert', title: 'bert pre training of deep bidirectional transformers', year: '2019' },
      { key: 'quoted', title: 'godel and few shot more', year: '2020' },
    ]);
    assert.equal(scan.titles.get('bert pre training of deep bidirectional transformers'), 'devlin2019bert');
    assert.equal(scan.parseError, undefined);
  });

  it('reads a title field, not a field whose name ends in title or a title inside another value', () => {
    const scan = scanBibFile('@inproceedings{k, booktitle = {Proc. title = {Wrong}}, title = {Right One}}');
    assert.equal(scan.entries[0]?.title, 'right one');
  });

  it('reports an unclosed entry and still finds the entries after it', () => {
    const scan = scanBibFile('@misc{first, title = {Fine}}\n@misc{broken, title = {Never closed\n@misc{after, title = {Still Found}}\n');
    assert.deepEqual([...scan.keys], ['first', 'after']);
    assert.match(scan.parseError ?? '', /@misc entry on line 2 is not closed/);
  });

  it('copes with text that is not BibTeX at all', () => {
    for (const text of ['', 'just some notes', '@', '@@@{', '}}}{{{', '@misc{, title = {x}}']) {
      const scan = scanBibFile(text);
      assert.equal(scan.keys.size, 0, text);
    }
  });
});
