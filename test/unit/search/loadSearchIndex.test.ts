import assert from 'node:assert/strict';
import { buildSearchIndex } from '../../../src/core/search/buildSearchIndex';
import { loadSearchIndex } from '../../../src/core/search/loadSearchIndex';
import { buildSearchIndexFiles } from '../../../src/core/search/searchIndexFiles';
import { searchPapers } from '../../../src/core/search/searchPapers';
import { FIXTURE_PAPERS } from './fixturePapers';

const built = buildSearchIndexFiles(FIXTURE_PAPERS).files;

function reader(files: Readonly<Record<string, string | Uint8Array>>): (name: string) => Promise<string | Uint8Array> {
  return async (name) => {
    const content = files[name];
    if (content === undefined) throw new Error(`ENOENT: ${name}`);
    return content;
  };
}

function withFile(name: string, content: string): Record<string, string> {
  return { ...built, [name]: content };
}

function edited(name: string, edit: (json: Record<string, unknown>) => void): Record<string, string> {
  const json = JSON.parse(built[name]!) as Record<string, unknown>;
  edit(json);
  return withFile(name, JSON.stringify(json));
}

describe('search index files', () => {
  it('round-trips: a loaded index answers like the built one, with the same papers', async () => {
    const loaded = await loadSearchIndex(reader(built));
    const fresh = buildSearchIndex(FIXTURE_PAPERS);
    assert.deepEqual(loaded.papers, FIXTURE_PAPERS);
    for (const query of ['diffus', 'tranformer recognition', 'graph year:2019', '-graph', 'title:attention']) {
      const result = searchPapers(loaded, query);
      assert.ok(result.total > 0, query);
      assert.deepEqual(result, searchPapers(fresh, query), query);
    }
  });

  it('loads from bytes as well as strings', async () => {
    const bytes = Object.fromEntries(Object.entries(built).map(([name, text]) => [name, new TextEncoder().encode(text)]));
    const loaded = await loadSearchIndex(reader(bytes));
    assert.equal(searchPapers(loaded, 'reformer').hits[0]?.paper.title, 'Reformer: The Efficient Transformer');
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    ['a missing manifest', Object.fromEntries(Object.entries(built).filter(([name]) => name !== 'manifest.json')), /Cannot read search index file manifest\.json: ENOENT/],
    ['a manifest that is not JSON', withFile('manifest.json', '{"format":'), /manifest\.json is corrupt \(not valid JSON\)/],
    ['a foreign JSON file', withFile('manifest.json', '{"name":"something else"}'), /not a Paper Lookup search index/],
    ['another format version', edited('manifest.json', (json) => (json.formatVersion = 99)), /format 99 is not supported.*rebuild/],
    ['another lunr version', edited('manifest.json', (json) => (json.lunrVersion = '1.0.0')), /built with lunr 1\.0\.0/],
    ['a truncated lunr file', withFile('lunr.json', built['lunr.json']!.slice(0, 200)), /lunr\.json is corrupt \(not valid JSON\)/],
    ['a lunr file without postings', edited('lunr.json', (json) => delete json.invertedIndex), /lunr\.json is corrupt \(invertedIndex is missing\)/],
    ['a broken posting', edited('lunr.json', (json) => ((json.invertedIndex as unknown[])[0] = ['term', null])), /lunr\.json is corrupt \(bad term entry\)/],
    ['an unknown pipeline function', edited('lunr.json', (json) => (json.pipeline = ['evil'])), /lunr\.json is corrupt \(Cannot load unregistered function: evil\)/],
    ['papers that do not match the index', edited('papers.json', (json) => ((json as unknown as { id: string }[])[0]!.id = 'other')), /does not match its papers/],
    ['a paper count that differs', edited('manifest.json', (json) => (json.paperCount = 3)), /holds 10 papers, the manifest says 3/],
    ['a paper with a bad tier', edited('papers.json', (json) => ((json as unknown as { tier: string }[])[0]!.tier = 'great')), /paper 1 is corrupt \(unknown tier\)/],
    ['an unsorted vocabulary', edited('vocabulary.json', (json) => (json.words as string[]).reverse()), /vocabulary\.json is corrupt \(Vocabulary words are not sorted/],
    ['a vocabulary of the wrong shape', withFile('vocabulary.json', '[]'), /vocabulary\.json is corrupt \(expected an object\)/],
  ];
  for (const [what, files, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      await assert.rejects(loadSearchIndex(reader(files)), message);
    });
  }
});
