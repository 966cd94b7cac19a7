import assert from 'node:assert/strict';
import { FirstAuthors } from '../../../src/core/search/firstAuthors';
import { LINES_PER_BLOCK } from '../../../src/core/search/lineBlocks';

/** The same first authors written as an index file stores them and read back, with `edit` applied to the papers' numbers. */
function roundTrip(authors: FirstAuthors, papers: number, edit?: (docs: Uint32Array) => Uint32Array): FirstAuthors {
  const { names, nameBlockStarts, nameBlockKeys, docStarts, docs } = authors.encode();
  return FirstAuthors.stored(
    { names: { length: names.length, read: (start, end) => names.subarray(start, end) }, nameBlockStarts, nameBlockKeys, docStarts, docs: edit ? edit(docs.slice()) : docs },
    papers,
    (problem) => new RangeError(problem),
  );
}

describe('FirstAuthors', () => {
  // More names than a block holds, so lookups cross blocks; '' is a paper without authors.
  const families = Array.from({ length: 3 * LINES_PER_BLOCK }, (_, doc) => (doc % 97 === 0 ? '' : `name${doc % 1500}`));
  const built = FirstAuthors.of(families);
  const expected = (match: (family: string) => boolean): number[] => families.flatMap((family, doc) => (family !== '' && match(family) ? [doc] : []));

  it('finds the papers of a family name, or of the names a prefix begins, in memory and read back', () => {
    for (const authors of [built, roundTrip(built, families.length)]) {
      assert.deepEqual([...authors.papersNamed('name7', false)], expected((family) => family === 'name7'));
      assert.deepEqual([...authors.papersNamed('name14', true)].sort((a, b) => a - b), expected((family) => family.startsWith('name14')));
      assert.deepEqual([...authors.papersNamed('name', true)].length, expected(() => true).length);
      assert.deepEqual([...authors.papersNamed('nobody', false)], []);
      assert.deepEqual([...authors.papersNamed('', false)], [], 'a paper without authors is named by nothing');
    }
  });

  it('refuses a paper number past the index when a lookup reaches it', () => {
    const damaged = roundTrip(built, families.length, (docs) => docs.map((doc, at) => (at === 0 ? 1e9 : doc)));
    assert.deepEqual([...damaged.papersNamed('name999', false)], expected((family) => family === 'name999'), 'other names still answer');
    assert.throws(() => damaged.papersNamed('name', true), (error) => error instanceof RangeError && /first author's paper is not in the index/.test(error.message));
  });
});
