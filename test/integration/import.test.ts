import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import { SEARCH_INDEX_FORMAT_NAME, SEARCH_INDEX_MANIFEST } from '../../src/core/search/searchIndexFiles';
import type { PaperLookupTestHooks } from '../../src/testHooks';
import type { ImportOutcome } from '../../src/host/import/importDatasetCommand';
import { eventually, extensionApi, extensionId } from './extensionApi';

const FIXTURES = ['import/papers.jsonl', 'import/papers.json', 'import/papers.csv', 'datasets/papers.parquet'];

function fixture(relative: string): vscode.Uri {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension);
  return vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', relative);
}

function importFiles(uris: readonly vscode.Uri[]): Thenable<ImportOutcome> {
  return vscode.commands.executeCommand<ImportOutcome>(COMMANDS.importDataset, uris, { confirm: false });
}

async function titlesFor(api: PaperLookupTestHooks, query: string): Promise<string[]> {
  return (await api.searchItems(query)).map((item) => item.label);
}

async function rootLabels(api: PaperLookupTestHooks): Promise<string[]> {
  return (await api.tree.getChildren()).map((node) => {
    const label = api.tree.getTreeItem(node).label;
    return typeof label === 'string' ? label : (label?.label ?? '');
  });
}

function activeCacheFolder(api: PaperLookupTestHooks): vscode.Uri {
  const active = api.library.activeDataset;
  assert.ok(active, 'an imported dataset is active');
  return api.datasets.cache.folder(active.key);
}

/** Folders an import left half-written in the cache (the worker writes into `<key>.tmp-…` before it is renamed). */
async function halfWritten(api: PaperLookupTestHooks): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(api.datasets.cache.root)).map(([name]) => name).filter((name) => name.includes('.tmp-'));
}

describe('Import Dataset (paperLookup.importDataset) in a real VS Code', () => {
  let api: PaperLookupTestHooks;
  const all = () => FIXTURES.map(fixture);

  before(async () => {
    api = await extensionApi();
    await api.tree.model.setGrouping('venue-tier');
  });

  // The suites after this one expect the bundled corpus.
  after(async () => {
    await vscode.commands.executeCommand(COMMANDS.useBundledDataset);
  });

  it('imports JSONL, JSON, CSV and Parquet files at once; search and tree then show only those papers', async () => {
    const builds = api.datasets.builds;
    assert.equal(await importFiles(all()), 'replaced');
    assert.equal(api.datasets.builds, builds + 1, 'the index was built');
    assert.deepEqual((await titlesFor(api, 'zeppelin')).sort(), ['A Second Zeppelin Study', 'Zeppelin Transformers Float Above Benchmarks']);
    assert.equal((await titlesFor(api, 'xylophone'))[0], 'Xylophone Networks for Sparse Attention');
    assert.deepEqual(await titlesFor(api, 'inversely correlated ood'), [], 'the bundled corpus is no longer searched');
    assert.deepEqual(await rootLabels(api), ['ICLR 2024 · 2', 'ICLR 2023 · 2', 'ICLR 2022 · 2', 'ICLR 2021 · 2']);
    const cached = (await vscode.workspace.fs.readDirectory(activeCacheFolder(api))).map(([name]) => name);
    assert.deepEqual(cached.filter((name) => !/^index-[0-9a-f]+\.bin$/.test(name)).sort(), ['import-report.json', 'manifest.json'], 'the built index is cached in global storage');
    assert.equal(cached.length, 3);
    assert.deepEqual(await halfWritten(api), []);
  });

  it('imports each format on its own', async () => {
    const expected: Record<string, string> = {
      'import/papers.jsonl': 'Quokka: Smiling Agents in Reinforcement Learning',
      'import/papers.json': 'A Second Zeppelin Study',
      'import/papers.csv': 'Marmot Hibernation Schedules for Learning Rates',
      'datasets/papers.parquet': 'Second Parquet Paper',
    };
    for (const [file, title] of Object.entries(expected)) {
      assert.equal(await importFiles([fixture(file)]), 'replaced', file);
      const papers = (await api.library.index()).papers;
      assert.ok(papers.some((paper) => paper.title === title), `${file} gives "${title}"`);
      assert.ok(papers.every((paper) => !paper.title.includes('Xylophone') || file.endsWith('.jsonl')), `${file} replaced the previous papers`);
    }
  });

  it('loads the same files from the cache the second time, in any order', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const { builds, cacheHits } = api.datasets;
    assert.equal(await importFiles(all().reverse()), 'replaced');
    assert.equal(api.datasets.builds, builds, 'nothing was rebuilt');
    assert.equal(api.datasets.cacheHits, cacheHits + 1);
    assert.equal((await api.library.index()).papers.length, 8);
  });

  it('detects a corrupt cached index, deletes and rebuilds it, and keeps searching', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const folder = activeCacheFolder(api);
    const manifestUri = vscode.Uri.joinPath(folder, SEARCH_INDEX_MANIFEST);
    await vscode.workspace.fs.writeFile(manifestUri, new TextEncoder().encode(`{"format": "${SEARCH_INDEX_FORMAT_NAME}", trunc`));
    const { builds, cacheHits } = api.datasets;
    assert.equal(await importFiles(all()), 'replaced');
    assert.equal(api.datasets.builds, builds + 1, 'the corrupt cache was rebuilt');
    assert.equal(api.datasets.cacheHits, cacheHits);
    assert.equal((await titlesFor(api, 'marmot hibernation'))[0], 'Marmot Hibernation Schedules for Learning Rates');
    const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(manifestUri))) as { format?: string };
    assert.equal(manifest.format, SEARCH_INDEX_FORMAT_NAME, 'the cache holds a good index again');
  });

  it('finds a damaged block of a cached index when it is first read after loading, tells the user, and rebuilds the index', async () => {
    // Enough papers that their titles lie beyond the blocks loading reads and checks.
    const rows = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({ conference: 'ICLR.cc/2022/Conference', title: `Paper ${i} on ${i === 1499 ? 'zebras' : 'widgets'}`, abstract: `abstract ${i} ${'of some length '.repeat(30)}`, decision: 'Reject' }),
    );
    const source = vscode.Uri.file(`${os.tmpdir()}/paper-lookup-damage-${process.pid}.jsonl`);
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(rows.join('\n')));
    try {
      assert.equal(await importFiles([source]), 'replaced');
      const folder = activeCacheFolder(api);
      const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, SEARCH_INDEX_MANIFEST)))) as {
        files: { index: string };
        chunks: Record<string, [number, number]>;
      };
      const indexUri = vscode.Uri.joinPath(folder, manifest.files.index);
      const bytes = await vscode.workspace.fs.readFile(indexUri);
      const [start, length] = manifest.chunks.paperDetails!;
      bytes[start + length - 10]! ^= 1;
      await vscode.workspace.fs.writeFile(indexUri, bytes);

      const { builds, cacheHits } = api.datasets;
      const damaged = await api.library.reload();
      assert.equal(api.datasets.cacheHits, cacheHits + 1, 'the damage is not in what loading reads');
      assert.throws(() => damaged.papers[1499]!.title, /is corrupt \(block \d+ fails its checksum\); rebuild the index/);
      await eventually(() => api.datasets.builds > builds, 'the damaged index to be rebuilt');
      const rebuilt = await api.library.index();
      assert.notEqual(rebuilt, damaged);
      assert.equal(rebuilt.papers[1499]!.title, 'Paper 1499 on zebras');
      assert.deepEqual(await titlesFor(api, 'zebras'), ['Paper 1499 on zebras']);
    } finally {
      await vscode.workspace.fs.delete(source);
    }
  });

  it('loads the remembered dataset from its cache at the next start, and rebuilds it from the sources when the cache is gone', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const { cacheHits } = api.datasets;
    assert.equal((await api.library.reload()).papers.length, 8);
    assert.equal(api.datasets.cacheHits, cacheHits + 1, 'the cached index was loaded');

    await vscode.workspace.fs.delete(activeCacheFolder(api), { recursive: true });
    const { builds } = api.datasets;
    assert.equal((await api.library.reload()).papers.length, 8);
    assert.equal(api.datasets.builds, builds + 1, 'the index was rebuilt from the source files');
    await vscode.workspace.fs.stat(activeCacheFolder(api));
  });

  it('leaves the previous dataset in use when an import is cancelled while indexing', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const before = await api.library.index();
    const cancel = new vscode.CancellationTokenSource();
    const steps: string[] = [];
    const opening = api.datasets.open([fixture('import/papers.csv'), fixture('import/papers.json')], (step) => {
      steps.push(step);
      if (step.startsWith('Indexing')) cancel.cancel();
    }, cancel.token);
    await assert.rejects(opening, (error) => error instanceof vscode.CancellationError);
    assert.ok(steps.includes('Indexing 3 papers…'), `progress was ${steps.join(' | ')}`);
    assert.deepEqual(await halfWritten(api), [], 'the cancelled import left no folder behind');
    assert.equal(await api.library.index(), before);
    assert.equal((await api.library.index()).papers.length, 8);
  });

  it('changes nothing and names the file when a file has no usable papers or cannot be read', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const before = await api.library.index();
    const broken = [fixture('import/papers.json'), fixture('import/no-papers.jsonl')];
    assert.equal(await importFiles(broken), 'failed');
    assert.equal(await importFiles([fixture('import/missing.jsonl')]), 'failed');
    assert.equal(await api.library.index(), before);
    const none = new vscode.CancellationTokenSource().token;
    await assert.rejects(api.datasets.open(broken, () => undefined, none), /^ImportError: no-papers\.jsonl: no usable papers \(no-papers\.jsonl:1: missing title; row skipped\)$/);
    await assert.rejects(api.datasets.open([fixture('import/missing.jsonl')], () => undefined, none), /Cannot read missing\.jsonl: the file does not exist/);
    assert.deepEqual(await halfWritten(api), [], 'the failed imports left no folder behind');
  });

  it('switches back to the bundled corpus and forgets the import', async () => {
    assert.equal(await importFiles(all()), 'replaced');
    const count = await vscode.commands.executeCommand<number>(COMMANDS.useBundledDataset);
    assert.equal(count, 16_556);
    assert.equal(api.library.activeDataset, undefined);
    assert.equal((await titlesFor(api, 'inversely correlated ood'))[0], 'ID and OOD Performance Are Sometimes Inversely Correlated on Real-world Datasets');
    assert.equal((await api.library.reload()).papers.length, 16_556, 'the next start loads the bundled corpus too');
  });
});
