import assert from 'node:assert/strict';
import type { Paper } from '../../../src/core/dataset/paper';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import type { ByteSource } from '../../../src/core/search/byteSource';
import { memoryBytes } from '../../../src/core/search/byteSource';
import { blockChecksums, DamagedIndexError, INDEX_BLOCK_BYTES } from '../../../src/core/search/checkedIndexFile';
import { loadSearchIndex } from '../../../src/core/search/loadSearchIndex';
import { ABSTRACT_BLOCK_PAPERS, PAPER_BLOCK_PAPERS } from '../../../src/core/search/paperColumns';
import { buildSearchIndexFiles, SEARCH_INDEX_LAZY_CHUNKS, searchIndexParts } from '../../../src/core/search/searchIndexFiles';
import { searchPapers } from '../../../src/core/search/searchPapers';
import type { SearchResult } from '../../../src/core/search/searchPapers';
import { FIXTURE_PAPERS } from './fixturePapers';
import { makePaper } from '../makePaper';

const built = buildSearchIndexFiles(FIXTURE_PAPERS).files;
const indexName = (JSON.parse(built['manifest.json'] as string) as { files: { index: string } }).files.index;
const index = built[indexName] as Uint8Array;
const named = (pattern: string): RegExp => new RegExp(pattern.replace('INDEX', indexName.replace(/\./g, '\\.')));

function reader(files: Readonly<Files>): (name: string) => Promise<string | Uint8Array> {
  return (name) => {
    const content = files[name];
    return content === undefined ? Promise.reject(new Error(`ENOENT: ${name}`)) : Promise.resolve(content);
  };
}

type Files = Record<string, string | Uint8Array>;

function withFile(name: string, content: string | Uint8Array): Files {
  return { ...built, [name]: content };
}

function editedManifest(edit: (json: Record<string, unknown>) => void): Files {
  const json = JSON.parse(built['manifest.json'] as string) as Record<string, unknown>;
  edit(json);
  return withFile('manifest.json', JSON.stringify(json));
}

/** The index file with some bytes changed and the manifest's checksums made to match, as a bug that writes wrong data would. */
function damagedIndex(damage: (bytes: Uint8Array, startOf: (chunk: string) => number) => void): Files {
  const bytes = index.slice();
  const manifest = JSON.parse(built['manifest.json'] as string) as { blockChecksums: string };
  damage(bytes, (chunk) => chunkOf(chunk)[0]);
  const checksums = blockChecksums([bytes]);
  manifest.blockChecksums = Buffer.from(checksums.buffer, checksums.byteOffset, checksums.byteLength).toString('base64');
  return { ...built, 'manifest.json': JSON.stringify(manifest), [indexName]: bytes };
}

function chunkOf(chunk: string): [number, number] {
  return (JSON.parse(built['manifest.json'] as string) as { chunks: Record<string, [number, number]> }).chunks[chunk]!;
}

describe('search index files', () => {
  it('round-trips: a loaded index answers like the built one, with the same papers', async () => {
    const loaded = await loadSearchIndex(reader(built));
    const fresh = buildSearchIndex(FIXTURE_PAPERS);
    // Loaded papers read every field through a getter on their class; compare them as plain objects.
    const plain = (paper: Paper): Paper => JSON.parse(JSON.stringify(paper)) as Paper;
    const plainHits = (result: SearchResult): SearchResult => ({ ...result, hits: result.hits.map((hit) => ({ ...hit, paper: plain(hit.paper) })) });
    assert.deepEqual(loaded.papers.map(plain), FIXTURE_PAPERS.map(plain));
    for (const query of ['diffus', 'tranformer recognition', 'graph year:2019', '-graph', 'title:attention']) {
      const result = searchPapers(loaded, query);
      assert.ok(result.total > 0, query);
      assert.deepEqual(plainHits(result), plainHits(searchPapers(fresh, query)), query);
    }
  });

  it('round-trips with the abstracts brotli-compressed, as the shipped index stores them', async () => {
    const papers = [...FIXTURE_PAPERS, makePaper({ title: 'Named', abstract: 'Über alles.', authors: ['Bernhard Schölkopf', 'Smith, J.'], keywords: ['kernels', 'causality'] })];
    const compressed = buildSearchIndexFiles(papers, 'brotli').files;
    const name = Object.keys(compressed).find((file) => file !== 'manifest.json')!;
    assert.ok((compressed[name] as Uint8Array).length < index.length, 'the compressed index is smaller');
    const loaded = await loadSearchIndex(reader(compressed));
    assert.deepEqual(loaded.papers.map((paper) => [paper.abstract, paper.authors, paper.keywords]), papers.map((paper) => [paper.abstract, paper.authors, paper.keywords]));
    await assert.rejects(loadSearchIndex(reader({ ...compressed, 'manifest.json': (compressed['manifest.json'] as string).replace('"brotli"', '"zip"') })), /unknown abstracts encoding zip/);
  });

  it('reads every abstract across several compressed blocks, in any order', async () => {
    const papers = Array.from({ length: ABSTRACT_BLOCK_PAPERS * 2 + 5 }, (_, i) => makePaper({ id: `p${i}`, title: `Paper ${i}`, abstract: i % 3 === 0 ? '' : `Abstract ${i}: ${'é'.repeat(i % 7)} ${'🙂'.repeat(i % 2)}` }));
    const loaded = await loadSearchIndex(reader(buildSearchIndexFiles(papers, 'brotli').files));
    for (const i of [2 * ABSTRACT_BLOCK_PAPERS + 4, 0, ABSTRACT_BLOCK_PAPERS, ABSTRACT_BLOCK_PAPERS - 1, 7]) assert.equal(loaded.papers[i]!.abstract, papers[i]!.abstract, `paper ${i}`);
    assert.deepEqual(loaded.papers.map((paper) => paper.abstract), papers.map((paper) => paper.abstract));
  });

  it('gives the same file as pieces, made anew each time they are read, with plain abstracts in several blocks', async () => {
    const papers = Array.from({ length: ABSTRACT_BLOCK_PAPERS * 2 + 5 }, (_, i) => makePaper({ id: `p${i}`, title: `Paper ${i}`, abstract: i % 3 === 0 ? '' : `Abstract ${i}: ${'é'.repeat(i % 7)} ${'🙂'.repeat(i % 2)}` }));
    const whole = buildSearchIndexFiles(papers).files;
    const { files } = searchIndexParts(buildSearchIndex(papers));
    assert.equal(files['manifest.json'], whole['manifest.json']);
    const name = Object.keys(files).find((file) => file !== 'manifest.json')!;
    const pieces = files[name] as Iterable<Uint8Array>;
    const written = [Buffer.concat([...pieces]), Buffer.concat([...pieces])];
    const abstractsLength = (JSON.parse(files['manifest.json'] as string) as { chunks: Record<string, [number, number]> }).chunks.abstracts![1];
    assert.ok(Math.max(...[...pieces].map((piece) => piece.length)) < abstractsLength, 'the abstracts come in blocks, never as one buffer');
    for (const bytes of written) assert.deepEqual(new Uint8Array(bytes), whole[name]);
    const loaded = await loadSearchIndex(reader({ 'manifest.json': files['manifest.json'] as string, [name]: new Uint8Array(written[1]!) }));
    assert.deepEqual(loaded.papers.map((paper) => paper.abstract), papers.map((paper) => paper.abstract));
  });

  it('gives a search the same paper objects as the list of all papers, whichever is asked for first', async () => {
    const loaded = await loadSearchIndex(reader(built));
    assert.equal(loaded.paperCount, FIXTURE_PAPERS.length);
    const hit = searchPapers(loaded, 'reformer').hits[0]!.paper;
    const doc = FIXTURE_PAPERS.findIndex((paper) => paper.id === hit.id);
    assert.equal(loaded.paperAt(doc), hit);
    assert.equal(loaded.papers[doc], hit, 'the list made later holds the object the search made');
    assert.deepEqual(loaded.papers.map((paper, i) => paper === loaded.paperAt(i)), FIXTURE_PAPERS.map(() => true));
    assert.equal(loaded.paperById.get(hit.id), hit);
  });

  it('loads a manifest given as bytes', async () => {
    const loaded = await loadSearchIndex(reader(withFile('manifest.json', new TextEncoder().encode(built['manifest.json'] as string))));
    assert.equal(searchPapers(loaded, 'reformer').hits[0]?.paper.title, 'Reformer: The Efficient Transformer');
  });

  it('gives every loaded paper its abstract, and the papers serialise like the originals', async () => {
    const loaded = await loadSearchIndex(reader(built));
    assert.equal(loaded.papers[0]!.abstract, FIXTURE_PAPERS[0]!.abstract);
    assert.equal(JSON.stringify(loaded.papers), JSON.stringify(FIXTURE_PAPERS));
  });

  const refusals: [string, Files, RegExp][] = [
    ['a missing manifest', Object.fromEntries(Object.entries(built).filter(([name]) => name !== 'manifest.json')), /Cannot read search index file manifest\.json: ENOENT/],
    ['a manifest that is not JSON', withFile('manifest.json', '{"format":'), /manifest\.json is corrupt \(not valid JSON\)/],
    ['a foreign JSON file', withFile('manifest.json', '{"name":"something else"}'), /not a Paper Lookup search index/],
    ['another format version', editedManifest((json) => (json.formatVersion = 1)), /format 1 is not supported.*rebuild/],
    ['another lunr version', editedManifest((json) => (json.lunrVersion = '1.0.0')), /built with lunr 1\.0\.0/],
    ['a missing index file', Object.fromEntries(Object.entries(built).filter(([name]) => name !== indexName)), named('Cannot read search index file INDEX: ENOENT')],
    ['an index file read as text', withFile(indexName, 'text'), named('INDEX is corrupt \\(expected binary content\\)')],
    ['a truncated index file', withFile(indexName, index.slice(0, index.length - 8)), named('INDEX is corrupt \\(it holds \\d+ bytes, the manifest says \\d+\\); rebuild the index')],
    // The fixture's file is one block, read and checked at load: any flipped bit in it is refused then.
    ['a flipped byte', withFile(indexName, index.map((byte, at) => (at === 10 ? byte ^ 1 : byte))), named('INDEX is corrupt \\(block 0 fails its checksum\\); rebuild')],
    ...(['words', 'wordCounts', 'paperCodes', 'firstAuthorNames', 'firstAuthorDocs', 'abstractEnds', 'paperDetails', 'postings', 'abstracts'] as const).map((chunk): [string, Files, RegExp] => [
      `a flipped bit in the ${chunk} chunk`,
      withFile(indexName, index.map((byte, at) => (at === chunkOf(chunk)[0] + 1 ? byte ^ 4 : byte))),
      named('INDEX is corrupt \\(block 0 fails its checksum'),
    ]),
    ['block checksums that do not fit the file', editedManifest((json) => (json.blockChecksums = 'AAAA')), /block checksums do not fit the file/],
    ['chunks that stop short of the end of the file', editedManifest((json) => ((json.chunks as Record<string, number[]>).abstracts![1]! -= 4)), /chunks do not fill/],
    ['a chunk range outside the file', editedManifest((json) => ((json.chunks as Record<string, number[]>).postings = [0, 1e9])), /bad range for postings/],
    ['a paper count that differs', editedManifest((json) => (json.paperCount = 3)), /holds 10 papers, the manifest says 3/],
    ['paper code tables that are not JSON', damagedIndex((bytes, startOf) => bytes.set([0x21], startOf('paperCodeTables'))), named('INDEX is corrupt \\(paper code tables are not valid JSON\\)')],
  ];
  for (const [what, files, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      await assert.rejects(loadSearchIndex(reader(files)), message);
    });
  }

  it('finds unsorted index terms or vocabulary words at the first search that reaches them, before any result', async () => {
    for (const [chunk, what] of [['terms', 'index terms'], ['words', 'vocabulary words']] as const) {
      const damage: DamagedIndexError[] = [];
      // Loading checks how many lines there are, not their order (1.3 million lines at 300,000 papers).
      const loaded = await loadSearchIndex(reader(damagedIndex((bytes, startOf) => bytes.set([0x7a], startOf(chunk)))), { onDamage: (error) => damage.push(error) });
      const message = named(`^Search index file INDEX is corrupt \\(${what} are not sorted and unique\\); rebuild the index$`);
      assert.throws(() => searchPapers(loaded, 'diffusion'), (error) => error instanceof DamagedIndexError && message.test(error.message), chunk);
      assert.throws(() => searchPapers(loaded, 'attention'), DamagedIndexError, `${chunk}: searched again, still refused`);
      assert.equal(damage.length, 1, chunk);
    }
  });

  it('finds a paper code out of its table when it is read, before any result', async () => {
    const damage: DamagedIndexError[] = [];
    // The fixture's years take 2 bytes a paper and its conferences 1, each column padded to 4: venues start at
    // byte 32, the first paper's venue code there.
    const loaded = await loadSearchIndex(reader(damagedIndex((bytes, startOf) => bytes.set([0xff], startOf('paperCodes') + 32))), { onDamage: (error) => damage.push(error) });
    const message = named('^Search index file INDEX is corrupt \\(paper venue codes are out of range\\); rebuild the index$');
    assert.equal(loaded.papers[1]!.venue, FIXTURE_PAPERS[1]!.venue, 'another paper reads');
    assert.throws(() => loaded.papers[0]!.venue, (error) => error instanceof DamagedIndexError && message.test(error.message));
    assert.throws(() => searchPapers(loaded, `venue:${FIXTURE_PAPERS[1]!.venue}`), DamagedIndexError, 'a filter that reads it');
    assert.equal(damage.length, 1);
  });

  it('finds abstract offsets out of order when an abstract of their block is read', async () => {
    const damage: DamagedIndexError[] = [];
    // The fifth paper's abstract made to end at 0, before the fourth's: every abstract of its block is refused.
    const loaded = await loadSearchIndex(reader(damagedIndex((bytes, startOf) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(startOf('abstractEnds') + 4 * 4, 0, true))), {
      onDamage: (error) => damage.push(error),
    });
    const message = named('^Search index file INDEX is corrupt \\(abstract offsets are not ascending\\); rebuild the index$');
    assert.equal(loaded.papers[0]!.title, FIXTURE_PAPERS[0]!.title, 'titles still read');
    for (const paper of [0, 6]) assert.throws(() => loaded.papers[paper]!.abstract, (error) => error instanceof DamagedIndexError && message.test(error.message), `paper ${paper}`);
    assert.equal(damage.length, 1);
  });

  it('finds a title word outside the vocabulary when a search first ranks that title, before any result', async () => {
    const damage: DamagedIndexError[] = [];
    // The first paper's first title word made a word number past the vocabulary's end.
    const loaded = await loadSearchIndex(reader(damagedIndex((bytes, startOf) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(startOf('titleWords'), 0x0fff_ffff, true))), {
      onDamage: (error) => damage.push(error),
    });
    const title = FIXTURE_PAPERS[0]!.title;
    const message = named('^Search index file INDEX is corrupt \\(a title word is not in the vocabulary\\); rebuild the index$');
    assert.throws(() => searchPapers(loaded, title), (error) => error instanceof DamagedIndexError && message.test(error.message));
    assert.equal(damage.length, 1);
  });

  it('refuses the last byte of the file flipped, and every bit of a posting byte', async () => {
    const [offset] = chunkOf('postings');
    for (const at of [index.length - 1, offset]) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = index.map((byte, position) => (position === at ? byte ^ (1 << bit) : byte));
        await assert.rejects(loadSearchIndex(reader(withFile(indexName, damaged))), /fails its checksum/);
      }
    }
  });

  it('names the index file by its content, so a new index can replace an old one in a folder by its manifest alone', () => {
    assert.match(indexName, /^index-[0-9a-f]{16}\.bin$/);
    const other = buildSearchIndexFiles(FIXTURE_PAPERS.slice(1)).files;
    assert.notEqual(Object.keys(other).find((name) => name !== 'manifest.json'), indexName);
  });
});

describe('search index files read by range', () => {
  // Enough papers for several blocks of details and of checksums, with words to search for.
  const topics = ['graph', 'diffusion', 'attention', 'kernel', 'bandit'];
  const papers = Array.from({ length: PAPER_BLOCK_PAPERS * 16 + 7 }, (_, i) =>
    makePaper({ id: `p${i}`, title: `Paper ${i} on ${topics[i % topics.length]!} methods`, authors: [`Author ${i}`], abstract: `Abstract ${i}: ${'words of the abstract '.repeat(20)}${topics[(i + 1) % topics.length]!}.` }),
  );
  const files = buildSearchIndexFiles(papers).files;
  const manifest = JSON.parse(files['manifest.json'] as string) as { files: { index: string }; chunks: Record<string, [number, number]> };
  const name = manifest.files.index;
  const bytes = files[name] as Uint8Array;
  const chunk = (part: string): [number, number] => manifest.chunks[part]!;
  const abstractEnds = new Uint32Array(bytes.buffer, bytes.byteOffset + chunk('abstractEnds')[0], chunk('abstractEnds')[1] / 4);
  // Loading reads the blocks that hold the parts every search needs; the lazy parts start in the last of them.
  const eagerEnd = Math.ceil(chunk(SEARCH_INDEX_LAZY_CHUNKS[0]!)[0] / INDEX_BLOCK_BYTES) * INDEX_BLOCK_BYTES;
  const lazyAt = (at: number): number => (assert.ok(at >= eagerEnd, `byte ${at} is read at load`), at);

  /** Opens `content` as the CLI does, by range, noting every range read. */
  function recording(content: Uint8Array): { open: () => Promise<ByteSource>; reads: [number, number][] } {
    const reads: [number, number][] = [];
    const file = memoryBytes(content);
    return { open: () => Promise.resolve({ length: file.length, read: (start, end) => (reads.push([start, end]), file.read(start, end)) }), reads };
  }

  const readsOf = (reads: readonly [number, number][], part: string): boolean => reads.some(([start, end]) => start < chunk(part)[0] + chunk(part)[1] && end > chunk(part)[0]);

  /** The file with one bit flipped at `at`; the manifest's checksums are the good file's, as on a damaged disk. */
  const flipped = (at: number): Uint8Array => bytes.map((byte, position) => (position === at ? byte ^ 0x10 : byte));

  async function loadWith(content: Uint8Array, onDamage?: (error: DamagedIndexError) => void): Promise<SearchIndexOf> {
    return loadSearchIndex(reader(files), { open: recording(content).open, ...(onDamage ? { onDamage } : {}) });
  }
  type SearchIndexOf = Awaited<ReturnType<typeof loadSearchIndex>>;

  it('reads no paper details, postings or abstracts at load, and a search reads postings but no abstract', async () => {
    const { open, reads } = recording(bytes);
    const loaded = await loadSearchIndex(reader(files), { open });
    assert.deepEqual(reads, [[0, eagerEnd]]);
    assert.ok(bytes.length > eagerEnd + 4 * INDEX_BLOCK_BYTES, 'most of the file is left to read by range');
    reads.length = 0;
    const hits = searchPapers(loaded, 'diffusion methods', { limit: 3 }).hits;
    assert.equal(hits.length, 3);
    assert.ok(readsOf(reads, 'postings'));
    assert.deepEqual(hits.map((hit) => hit.paper.title), hits.map((hit) => papers.find((paper) => paper.id === hit.paper.id)!.title));
    const abstractBlocks = Math.ceil(chunk('abstracts')[0] / INDEX_BLOCK_BYTES) * INDEX_BLOCK_BYTES;
    assert.ok(!reads.some(([, end]) => end > abstractBlocks), 'no block of abstracts read for titles');
    assert.equal(loaded.papers[papers.length - 1]!.abstract, papers.at(-1)!.abstract);
    assert.ok(readsOf(reads, 'abstracts'));
  });

  it('answers and serialises like the papers it was built from', async () => {
    const loaded = await loadWith(bytes);
    assert.equal(JSON.stringify(loaded.papers), JSON.stringify(papers));
  });

  it('finds a flipped bit in an abstract when that abstract is read, tells onDamage once, and still reads the other blocks', async () => {
    const paper = PAPER_BLOCK_PAPERS * 12;
    const damage: DamagedIndexError[] = [];
    const loaded = await loadWith(flipped(lazyAt(chunk('abstracts')[0] + abstractEnds[paper - 1]! + 3)), (error) => damage.push(error));
    assert.equal(loaded.papers[0]!.abstract, papers[0]!.abstract, 'a block far from the damage');
    assert.throws(() => loaded.papers[paper]!.abstract, (error) => error instanceof DamagedIndexError && named('^Search index file INDEX is corrupt \\(block \\d+ fails its checksum\\); rebuild the index$'.replace('INDEX', name)).test(error.message));
    assert.throws(() => loaded.papers[paper]!.abstract, DamagedIndexError, 'read again, still refused');
    assert.equal(damage.length, 1);
  });

  it('finds a flipped bit in a block of paper details when a paper of that block shows its title', async () => {
    const detailEnds = new Uint32Array(bytes.buffer, bytes.byteOffset + chunk('paperDetailEnds')[0], chunk('paperDetailEnds')[1] / 4);
    const loaded = await loadWith(flipped(lazyAt(chunk('paperDetails')[0] + detailEnds[15]! + 40)));
    assert.throws(() => loaded.papers[PAPER_BLOCK_PAPERS * 16 + 1]!.title, /block \d+ fails its checksum/);
    assert.throws(() => loaded.papers[PAPER_BLOCK_PAPERS * 16 + 2]!.authors, DamagedIndexError);
    assert.equal(loaded.papers[0]!.title, papers[0]!.title, 'a block far from the damage');
    // What ranking reads of every paper is checked at load, so a search still runs.
    assert.ok(searchPapers(loaded, 'year:2023').total > 0);
  });

  it('finds a flipped bit in a posting when a search reads it, before any result', async () => {
    const good = await loadWith(bytes);
    const term = good.postings.termId('kernel');
    const loaded = await loadWith(flipped(lazyAt(chunk('postings')[0] + good.postings.offsets[term]! + 1)));
    assert.throws(() => searchPapers(loaded, 'kernel'), DamagedIndexError);
  });

  it('refuses a file cut short at load, before reading any block', async () => {
    await assert.rejects(loadWith(bytes.subarray(0, bytes.length - INDEX_BLOCK_BYTES)), /corrupt \(it holds \d+ bytes, the manifest says \d+\)/);
  });

  it('refuses a read that comes back short, as a file cut after loading would', async () => {
    const file = memoryBytes(bytes);
    const loaded = await loadSearchIndex(reader(files), { open: () => Promise.resolve({ length: file.length, read: (start, end) => file.read(start, Math.min(end, chunk('abstracts')[0] + 10)) }) });
    assert.throws(() => loaded.papers[papers.length - 1]!.abstract, /corrupt \(reading bytes \d+\.\.\d+ gave \d+\)/);
  });
});
