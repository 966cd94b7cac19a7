import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openIndexFile } from '../../../src/cli/openIndexFile';

describe('openIndexFile', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-open-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads the ranges asked for, each in an aligned buffer of its own, and stops short at the end of a file that shrank', async () => {
    const file = path.join(tmp, 'index.bin');
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    fs.writeFileSync(file, bytes);
    const opened = await openIndexFile(file);
    assert.equal(opened.length, bytes.length);
    const range = opened.read(4, 70_004);
    assert.ok(Buffer.from(range).equals(bytes.subarray(4, 70_004)));
    assert.equal(range.byteOffset % 4, 0);
    assert.equal(new Uint32Array(opened.read(8, 16).buffer).length, 2, 'a small range can be viewed as numbers');
    fs.truncateSync(file, 50_000);
    assert.equal(opened.read(40_000, 60_000).length, 10_000);
  });

  it('rejects a file that cannot be opened', async () => {
    await assert.rejects(openIndexFile(path.join(tmp, 'missing.bin')), /ENOENT/);
  });
});
