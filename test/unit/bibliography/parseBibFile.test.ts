import assert from 'node:assert/strict';
import { MAX_FIELD_LENGTH, parseBibFile } from '../../../src/core/bibliography/parseBibFile';
import { lineIndex } from '../../../src/core/bibliography/lineIndex';

const lineOf = (text: string, offset: number): number => lineIndex(text).position(offset).line + 1;

describe('parseBibFile', () => {
  it('reads types, keys, fields and the offsets of each entry and key', () => {
    const text = 'Free text is a comment.\n@InProceedings{smith2020,\n  Title = {A {Braced} Title},\n  year = 2020,\n  note = "quoted {"} text"\n}\n';
    const bib = parseBibFile(text);
    assert.deepEqual(bib.problems, []);
    const [entry] = bib.entries;
    assert.ok(entry);
    assert.equal(entry.type, 'inproceedings');
    assert.equal(entry.key, 'smith2020');
    assert.equal(text.slice(entry.keyStart, entry.keyEnd), 'smith2020');
    assert.equal(text.slice(entry.start, entry.end), text.slice(text.indexOf('@'), text.lastIndexOf('}') + 1));
    assert.equal(entry.fields.get('title')?.value, 'A {Braced} Title');
    assert.equal(entry.fields.get('year')?.value, '2020');
    assert.equal(entry.fields.get('note')?.value, 'quoted {"} text');
    assert.equal(bib.byKey.get('SMITH2020'.toLowerCase()), entry);
  });

  it('expands @string macros, month names and # concatenation; skips @preamble and @comment', () => {
    const bib = parseBibFile([
      '@string{iclr = "International Conference on Learning Representations"}',
      '@preamble{ "\\newcommand{\\noop}[1]{}" }',
      '@comment{ @misc{hidden, title = {Not an entry}} }',
      '@inproceedings(k, booktitle = "Proc. " # iclr, month = jan)',
    ].join('\n'));
    assert.deepEqual(bib.problems, []);
    assert.deepEqual(bib.entries.map((entry) => entry.key), ['k']);
    assert.equal(bib.entries[0]?.fields.get('booktitle')?.value, 'Proc. International Conference on Learning Representations');
    assert.equal(bib.entries[0]?.fields.get('month')?.value, 'January');
  });

  it('warns about an undefined @string and keeps its name as the value', () => {
    const bib = parseBibFile('@misc{k, howpublished = nowhere}');
    assert.equal(bib.entries[0]?.fields.get('howpublished')?.value, 'nowhere');
    assert.equal(bib.problems.length, 1);
    assert.equal(bib.problems[0]?.severity, 'warning');
    assert.match(bib.problems[0]?.message ?? '', /@string nowhere is used on line 1 but never defined/);
  });

  it('lends a crossref parent’s fields to the child, the child’s own fields first', () => {
    const bib = parseBibFile('@inproceedings{child, title = {Child}, crossref = {parent}}\n@proceedings{parent, title = {Parent}, booktitle = {ICLR}, year = 2021}\n');
    const child = bib.byKey.get('child');
    assert.equal(child?.fields.get('title')?.value, 'Child');
    assert.equal(child?.fields.get('booktitle')?.value, 'ICLR');
    assert.equal(child?.fields.get('year')?.value, '2021');
    assert.equal(bib.entries[0], child);
  });

  it('reads CRLF files and a byte-order mark with the same offsets as the text', () => {
    const text = '\uFEFF@article{a,\r\n  title = {One},\r\n  year = {2019}\r\n}\r\n@article{b,\r\n  title = {Two}\r\n}\r\n';
    const bib = parseBibFile(text);
    assert.deepEqual(bib.entries.map((entry) => [entry.key, entry.fields.get('title')?.value]), [['a', 'One'], ['b', 'Two']]);
    assert.equal(text.slice(bib.entries[1]?.keyStart, bib.entries[1]?.keyEnd), 'b');
  });

  it('reports an unclosed brace by line and still reads the entries after it', () => {
    const text = '@misc{first, title = {Fine}}\n@misc{broken, title = {Never closed\n@misc{after, title = {Still Found}}\n';
    const bib = parseBibFile(text);
    assert.deepEqual(bib.entries.map((entry) => entry.key), ['first', 'after']);
    assert.equal(bib.problems.length, 1);
    assert.equal(bib.problems[0]?.severity, 'error');
    assert.match(bib.problems[0]?.message ?? '', /The @misc entry on line 2 is not closed/);
    assert.equal(lineOf(text, bib.problems[0]?.start), 2);
  });

  it('reports an entry missing its last brace at the end of the file', () => {
    const bib = parseBibFile('@misc{ok, title = {Fine}}\n@article{last, title = {Open}\n');
    assert.deepEqual(bib.entries.map((entry) => entry.key), ['ok']);
    assert.match(bib.problems[0]?.message ?? '', /@article entry on line 2 is not closed/);
  });

  it('reports a stray closing brace and a field without =, resuming at the next entry', () => {
    const bib = parseBibFile('@misc{a, title = "x}y"}\n@misc{b, title {no equals}}\n@misc{c, title = {Fine}}\n');
    assert.deepEqual(bib.entries.map((entry) => entry.key), ['c']);
    assert.equal(bib.problems.length, 2);
  });

  it('reports a duplicate key (any case) at the second entry and keeps the first for lookups', () => {
    const text = '@misc{dup, title = {First}}\n@misc{Dup, title = {Second}}\n';
    const bib = parseBibFile(text);
    assert.equal(bib.entries.length, 2);
    assert.equal(bib.byKey.get('dup')?.fields.get('title')?.value, 'First');
    assert.equal(bib.problems.length, 1);
    assert.match(bib.problems[0]?.message ?? '', /The key Dup is already used by the entry on line 1/);
    assert.equal(text.slice(bib.problems[0]?.start, bib.problems[0]?.end), 'Dup');
  });

  it('skips a field over a million characters with a warning naming it, and keeps the entry', () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    assert.ok(huge.length > MAX_FIELD_LENGTH);
    const bib = parseBibFile(`@misc{big,\n  title = {Big},\n  abstract = {${huge}}\n}\n@misc{next, title = {Next}}\n`);
    assert.deepEqual(bib.entries.map((entry) => entry.key), ['big', 'next']);
    assert.equal(bib.entries[0]?.fields.has('abstract'), false);
    assert.equal(bib.problems[0]?.severity, 'warning');
    assert.match(bib.problems[0]?.message ?? '', /The abstract field of big on line 3 is over a million characters/);
  });

  it('never throws on text that is not BibTeX, and finds no entries in it', () => {
    for (const text of ['', 'notes', '@', '@@@{', '}}}{{{', '@misc{, title = {x}}', '@misc{k', '@misc{k,', '@misc{k, t =', '@string{', '@preamble{"x"', 'mail me@example.org', '@comment']) {
      const bib = parseBibFile(text);
      assert.ok(bib.entries.every((entry) => entry.key === 'k'), text);
    }
  });

  it('parses a 10,000-entry file in one linear pass', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `@article{key${i},\n  title = {Title number ${i}},\n  author = {A. Author and B. Author},\n  year = {2020}\n}\n`).join('\n');
    const bib = parseBibFile(text);
    assert.equal(bib.entries.length, 10_000);
    assert.equal(bib.byKey.get('key9999')?.fields.get('title')?.value, 'Title number 9999');
  });
});
