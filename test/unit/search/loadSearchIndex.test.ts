import assert from 'node:assert/strict';
import type { Paper } from '../../../src/core/dataset/paper';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { loadSearchIndex } from '../../../src/core/search/loadSearchIndex';
import { buildSearchIndexFiles, checksumOf } from '../../../src/core/search/searchIndexFiles';
import { searchPapers } from '../../../src/core/search/searchPapers';
import type { SearchResult } from '../../../src/core/search/searchPapers';
import { FIXTURE_PAPERS } from './fixturePapers';

const built = buildSearchIndexFiles(FIXTURE_PAPERS).files;
const index = built['index.bin'] as Uint8Array;

function reader(files: Readonly<Files>): (name: string) => Promise<string | Uint8Array> {
  return async (name) => {
    const content = files[name];
    if (content === undefined) throw new Error(`ENOENT: ${name}`);
    return content;
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
function damagedIndex(damage: (bytes: Uint8Array, chunks: Parameters<typeof checksumOf>[1]) => void): Files {
  const bytes = (built['index.bin'] as Uint8Array).slice();
  const manifest = JSON.parse(built['manifest.json'] as string) as { checksum: string; chunks: Parameters<typeof checksumOf>[1] };
  damage(bytes, manifest.chunks);
  manifest.checksum = checksumOf(bytes, manifest.chunks);
  return { ...built, 'manifest.json': JSON.stringify(manifest), 'index.bin': bytes };
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
    ['a missing index file', Object.fromEntries(Object.entries(built).filter(([name]) => name !== 'index.bin')), /Cannot read search index file index\.bin: ENOENT/],
    ['an index file read as text', withFile('index.bin', 'text'), /index\.bin is corrupt \(expected binary content\)/],
    ['a truncated index file', withFile('index.bin', index.slice(0, index.length - 8)), /index\.bin is corrupt \(its size or checksum differs/],
    ['a flipped byte', withFile('index.bin', index.map((byte, at) => (at === 10 ? byte ^ 1 : byte))), /index\.bin is corrupt \(its size or checksum differs/],
    ...(['words', 'wordCounts', 'papers', 'abstractEnds'] as const).map((chunk): [string, Files, RegExp] => [
      `a flipped byte in the ${chunk} chunk`,
      withFile('index.bin', index.map((byte, at) => (at === chunkOf(chunk)[0] + 1 ? byte ^ 4 : byte))),
      /index\.bin is corrupt \(its size or checksum differs/,
    ]),
    ['a chunk range outside the file', editedManifest((json) => ((json.chunks as Record<string, number[]>).postings = [0, 1e9])), /bad range for postings/],
    ['a paper count that differs', editedManifest((json) => (json.paperCount = 3)), /holds 10 papers, the manifest says 3/],
    ['unsorted index terms', damagedIndex((bytes, chunks) => bytes.set([0x7a], chunks.terms[0])), /index\.bin is corrupt \(index terms are not sorted/],
    ['unsorted vocabulary words', damagedIndex((bytes, chunks) => bytes.set([0x7a], chunks.words[0])), /index\.bin is corrupt \(vocabulary words are not sorted/],
    ['paper columns that are not JSON', damagedIndex((bytes, chunks) => bytes.set([0x21], chunks.papers[0])), /index\.bin is corrupt \(paper columns are not valid JSON\)/],
  ];
  for (const [what, files, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      await assert.rejects(loadSearchIndex(reader(files)), message);
    });
  }

  it('still answers every word when the postings, which the checksum leaves out, are damaged', async () => {
    const [offset, length] = chunkOf('postings');
    const loaded = await loadSearchIndex(reader(withFile('index.bin', index.map((byte, at) => (at >= offset && at < offset + length && at % 7 === 0 ? 0xff : byte)))));
    for (const word of loaded.vocabulary.words) assert.doesNotThrow(() => searchPapers(loaded, word));
    assert.ok(searchPapers(loaded, 'transformer').total < searchPapers(await loadSearchIndex(reader(built)), 'transformer').total);
  });
});
