import assert from 'node:assert/strict';
import type { Paper } from '../../../src/core/dataset/paper';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { loadSearchIndex } from '../../../src/core/search/loadSearchIndex';
import { ABSTRACT_BLOCK_PAPERS } from '../../../src/core/search/paperColumns';
import { buildSearchIndexFiles, checksumOf, SEARCH_INDEX_CHUNKS, searchIndexParts } from '../../../src/core/search/searchIndexFiles';
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

/** The index file with some bytes changed and the manifest's checksum made to match, as a bug that writes wrong data would. */
function damagedIndex(damage: (bytes: Uint8Array, startOf: (chunk: string) => number) => void): Files {
  const bytes = index.slice();
  const manifest = JSON.parse(built['manifest.json'] as string) as { checksum: string };
  damage(bytes, (chunk) => chunkOf(chunk)[0]);
  manifest.checksum = checksumOf(bytes);
  return { ...built, 'manifest.json': JSON.stringify(manifest), [indexName]: bytes };
}

function chunkOf(chunk: string): [number, number] {
  return (JSON.parse(built['manifest.json'] as string) as { chunks: Record<string, [number, number]> }).chunks[chunk]!;
}

describe('search index files', () => {
  it('round-trips: a loaded index answers like the built one, with the same papers', async () => {
    const loaded = await loadSearchIndex(reader(built));
    const fresh = buildSearchIndex(FIXTURE_PAPERS);
    // Loaded papers read their abstract through a getter on their class; compare them as plain objects.
    const plain = (paper: Paper): Paper => ({ ...paper, abstract: paper.abstract });
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
    assert.ok([...pieces].length > SEARCH_INDEX_CHUNKS.length * 2, 'the abstracts come in blocks');
    for (const bytes of written) assert.deepEqual(new Uint8Array(bytes), whole[name]);
    const loaded = await loadSearchIndex(reader({ 'manifest.json': files['manifest.json'] as string, [name]: new Uint8Array(written[1]!) }));
    assert.deepEqual(loaded.papers.map((paper) => paper.abstract), papers.map((paper) => paper.abstract));
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
    ['a truncated index file', withFile(indexName, index.slice(0, index.length - 8)), named('INDEX is corrupt \\(its size or checksum differs')],
    ['a flipped byte', withFile(indexName, index.map((byte, at) => (at === 10 ? byte ^ 1 : byte))), named('INDEX is corrupt \\(its size or checksum differs')],
    // Every chunk is covered: a bit flipped in a posting or an abstract would otherwise give silently wrong results.
    ...(['words', 'wordCounts', 'papers', 'abstractEnds', 'postings', 'abstracts'] as const).map((chunk): [string, Files, RegExp] => [
      `a flipped bit in the ${chunk} chunk`,
      withFile(indexName, index.map((byte, at) => (at === chunkOf(chunk)[0] + 1 ? byte ^ 4 : byte))),
      named('INDEX is corrupt \\(its size or checksum differs'),
    ]),
    ['a chunk range outside the file', editedManifest((json) => ((json.chunks as Record<string, number[]>).postings = [0, 1e9])), /bad range for postings/],
    ['a paper count that differs', editedManifest((json) => (json.paperCount = 3)), /holds 10 papers, the manifest says 3/],
    ['unsorted index terms', damagedIndex((bytes, startOf) => bytes.set([0x7a], startOf('terms'))), named('INDEX is corrupt \\(index terms are not sorted')],
    ['unsorted vocabulary words', damagedIndex((bytes, startOf) => bytes.set([0x7a], startOf('words'))), named('INDEX is corrupt \\(vocabulary words are not sorted')],
    ['paper columns that are not JSON', damagedIndex((bytes, startOf) => bytes.set([0x21], startOf('papers'))), named('INDEX is corrupt \\(paper columns are not valid JSON\\)')],
  ];
  for (const [what, files, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      await assert.rejects(loadSearchIndex(reader(files)), message);
    });
  }

  it('refuses the last byte of the file flipped, and every bit of a posting byte', async () => {
    const [offset] = chunkOf('postings');
    for (const at of [index.length - 1, offset]) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = index.map((byte, position) => (position === at ? byte ^ (1 << bit) : byte));
        await assert.rejects(loadSearchIndex(reader(withFile(indexName, damaged))), /checksum differs/);
      }
    }
  });

  it('names the index file by its content, so a new index can replace an old one in a folder by its manifest alone', () => {
    assert.match(indexName, /^index-[0-9a-f]{16}\.bin$/);
    const other = buildSearchIndexFiles(FIXTURE_PAPERS.slice(1)).files;
    assert.notEqual(Object.keys(other).find((name) => name !== 'manifest.json'), indexName);
  });
});
