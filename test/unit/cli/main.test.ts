import assert from 'node:assert/strict';
import { errorLines, runCli } from './fakeCliIo';

/** Every failure: nothing on stdout, exactly one stderr line starting with the program name, exit 2. */
function assertUsageError(run: Awaited<ReturnType<typeof runCli>>, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, '');
  const lines = errorLines(run);
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0] ?? '', /^paper-lookup: /);
  assert.match(lines[0] ?? '', pattern);
}

describe('paper-lookup command line', () => {
  it('prints the overall help with --help, -h and help, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = await runCli(args);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: paper-lookup COMMAND/);
      assert.match(run.stdout, /search QUERY/);
      assert.match(run.stdout, /stats/);
      assert.equal(run.stderr, '');
    }
  });

  it('prints a command help with search --help and help search', async () => {
    for (const args of [['search', '--help'], ['help', 'search'], ['search', '-h', 'ignored query']]) {
      const run = await runCli(args);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: paper-lookup search/);
      assert.match(run.stdout, /--limit N/);
      assert.match(run.stdout, /--dataset FILE/);
      assert.deepEqual(run.reads, [], 'help loads no data');
    }
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '9.8.7\n');
  });

  it('rejects a missing or unknown command with one line and exit 2', async () => {
    assertUsageError(await runCli([]), /missing command/);
    assertUsageError(await runCli(['serch', 'x']), /unknown command 'serch'/);
    assertUsageError(await runCli(['--frobnicate']), /unknown option '--frobnicate'/);
  });

  it('rejects unknown options, missing values and repeated options', async () => {
    assertUsageError(await runCli(['search', '--frobnicate', 'x']), /unknown option '--frobnicate'/);
    assertUsageError(await runCli(['search', '-x', 'query']), /unknown option '-x'.*after '--'/);
    assertUsageError(await runCli(['search', 'x', '--limit']), /--limit needs a value/);
    assertUsageError(await runCli(['search', '--dataset', '--json', 'x']), /--dataset needs a value/);
    assertUsageError(await runCli(['search', '--limit', '2', '--limit', '3', 'x']), /--limit is given more than once/);
    assertUsageError(await runCli(['search', '--json=yes', 'x']), /--json takes no value/);
    assertUsageError(await runCli(['stats', 'extra']), /unexpected argument 'extra'/);
  });

  it('validates --limit as a positive integer', async () => {
    for (const value of ['0', '-3', '1.5', 'ten', '', '1e3', '99999999999999999999']) {
      assertUsageError(await runCli(['search', `--limit=${value}`, 'x']), /--limit must be a positive integer/);
    }
  });

  it('keeps an error on one line even when the argument holds newlines and escape codes', async () => {
    const run = await runCli(['search', '--bad\nline\u001b[31m']);
    assertUsageError(run, /unknown option/);
    assert.doesNotMatch(run.stderr, /\u001b/);
  });
});
