import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importDatasetFiles } from '../../../src/core/import/importDatasetFiles';
import type { ImportWorkerFile, ImportWorkerProgress } from '../../../src/core/import/importWorkerProtocol';
import { loadSearchIndex } from '../../../src/core/search/loadSearchIndex';
import { searchPapers } from '../../../src/core/search/searchPapers';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');
// Local files go to the worker by path (it reads them in chunks); files of other file systems as bytes.
const file = (relative: string): ImportWorkerFile =>
  relative.endsWith('.jsonl') || relative.endsWith('.csv')
    ? { name: path.basename(relative), path: path.join(fixtures, relative) }
    : { name: path.basename(relative), bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, relative))) };
const openFile = (file: string): AsyncIterable<Uint8Array> => fs.createReadStream(file, { highWaterMark: 16 });
const ALL = ['import/papers.jsonl', 'import/papers.json', 'import/papers.csv', 'datasets/papers.parquet'];

describe('importDatasetFiles (the import worker’s job)', () => {
  it('merges JSONL, JSON, CSV and Parquet into one loadable index, with problems by file and line', async () => {
    const progress: ImportWorkerProgress[] = [];
    const result = await importDatasetFiles({ files: ALL.map(file) }, (step) => progress.push(step), openFile);
    assert.equal(result.type, 'done');
    if (result.type !== 'done') return;
    const index = await loadSearchIndex((name) => Promise.resolve(result.files[name] ?? ''));
    assert.equal(index.papers.length, 3 + 2 + 1 + 2);
    assert.deepEqual(result.report.files, ['papers.jsonl', 'papers.json', 'papers.csv', 'papers.parquet']);
    assert.equal(result.report.duplicates, 1);
    assert.equal(result.report.problemCount, 4);
    assert.deepEqual(
      result.report.problems.map((problem) => `${problem.file}:${problem.line}`),
      ['papers.jsonl:3', 'papers.csv:3', 'papers.parquet:0', 'papers.parquet:2'],
    );
    assert.deepEqual(progress, [
      { type: 'reading', file: 'papers.jsonl', papersSoFar: 0 },
      { type: 'reading', file: 'papers.json', papersSoFar: 3 },
      { type: 'reading', file: 'papers.csv', papersSoFar: 5 },
      { type: 'reading', file: 'papers.parquet', papersSoFar: 6 },
      { type: 'indexing', papers: 8 },
    ]);
    const hits = searchPapers(index, 'zeppelin').hits.map((hit) => hit.paper.title);
    assert.deepEqual(hits.sort(), ['A Second Zeppelin Study', 'Zeppelin Transformers Float Above Benchmarks']);
  });

  it('counts a paper found in two files once, as a merged duplicate', async () => {
    const result = await importDatasetFiles({ files: [file('import/papers.json'), file('import/papers.json')] }, () => undefined, openFile);
    assert.equal(result.type, 'done');
    if (result.type === 'done') assert.equal(result.report.duplicates, 2);
  });

  it('fails naming the file when one file has no usable papers, whatever the others hold', async () => {
    const result = await importDatasetFiles({ files: [file('import/papers.json'), file('import/no-papers.jsonl')] }, () => undefined, openFile);
    assert.deepEqual(result, { type: 'failed', message: 'no-papers.jsonl: no usable papers (no-papers.jsonl:1: missing title; row skipped)' });
  });

  it('words problems with the translations the host hands over, as the worker cannot ask VS Code', async () => {
    const l10nBundle = { '{0}: no usable papers ({1})': '{0}: keine brauchbaren Paper ({1})', 'missing title; row skipped': 'Titel fehlt; Zeile übersprungen' };
    const result = await importDatasetFiles({ files: [file('import/no-papers.jsonl')], l10nBundle }, () => undefined, openFile);
    assert.deepEqual(result, { type: 'failed', message: 'no-papers.jsonl: keine brauchbaren Paper (no-papers.jsonl:1: Titel fehlt; Zeile übersprungen)' });
  });

  it('writes the index files through writeFile when given, in pieces, and hands back none', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-import-'));
    try {
      const pieceCounts: number[] = [];
      const result = await importDatasetFiles({ files: ALL.map(file) }, () => undefined, openFile, async (name, content) => {
        if (typeof content !== 'string') pieceCounts.push([...content].length);
        await fs.promises.writeFile(path.join(dir, name), content);
      });
      assert.equal(result.type, 'done');
      if (result.type !== 'done') return;
      assert.deepEqual(result.files, {});
      assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.bin')).length, 1);
      assert.ok(pieceCounts.length === 1 && pieceCounts[0]! > 1, 'the binary file came in pieces');
      const index = await loadSearchIndex(async (name) => fs.promises.readFile(path.join(dir, name)));
      assert.equal(index.papers.length, 8);
      assert.equal(searchPapers(index, 'marmot hibernation').hits[0]?.paper.title, 'Marmot Hibernation Schedules for Learning Rates');
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('hands the index back whole when it cannot be written (a full disk costs the cache, not the import)', async () => {
    const result = await importDatasetFiles({ files: [file('import/papers.json')] }, () => undefined, openFile, () =>
      Promise.reject(Object.assign(new Error("ENOSPC: no space left on device, write '/cache/index.bin'"), { code: 'ENOSPC' })),
    );
    assert.equal(result.type, 'done');
    if (result.type !== 'done') return;
    assert.equal(result.writeError, "ENOSPC: no space left on device, write '/cache/index.bin'");
    const index = await loadSearchIndex((name) => Promise.resolve(result.files[name]!));
    assert.deepEqual(index.papers.map((paper) => paper.title), ['Zeppelin Transformers Float Above Benchmarks', 'A Second Zeppelin Study']);
  });
});
