import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

// The built program as npm links it: exercises the shebang, the execute bit and the bundled data lookup.
describe('dist/cli.js (the built terminal companion)', function () {
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('is executable and searches the bundled papers', () => {
    assert.notEqual(fs.statSync(CLI).mode & 0o111, 0, 'npm runs bin files directly');
    const run = spawnSync(CLI, ['search', '--json', '--limit', '1', 'gaussian diffusion compression'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { hits: { title: string }[] }).hits[0]?.title, 'Lossy Compression with Gaussian Diffusion');
  });

  it('fails bad usage with one line on stderr and exit code 2', () => {
    const run = spawnSync(process.execPath, [CLI, 'search', '--limit'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'paper-lookup: search: --limit needs a value (N)\n');
  });
});
