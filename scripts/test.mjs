// `npm test`: builds, then runs the unit tests (plain Node), the integration suite inside a real VS Code
// extension host, and the UI tests in the real workbench (search, Papers tree, abstract view, hostile data),
// and ends with one line counting them all.
// A host that is missing or cannot start fails the run: it is never skipped.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isHostInstalled, repoRoot } from './host/hostPaths.mjs';
import { countMochaLines } from './host/mochaSummary.mjs';

const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs a command with its output shown live; resolves with its exit code and output lines. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    for (const [stream, sink] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let pending = '';
      stream.on('data', (chunk) => {
        sink.write(chunk);
        const parts = (pending + chunk.toString('utf8')).split('\n');
        pending = parts.pop() ?? '';
        lines.push(...parts.map((line) => line.replace(ANSI, '')));
      });
      stream.on('end', () => { if (pending) lines.push(pending.replace(ANSI, '')); });
    }
    child.on('error', (error) => { lines.push(String(error)); resolve({ code: 1, lines }); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), lines }));
  });
}

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

async function main() {
  const summaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-test-'));
  const totals = { passed: 0, failed: 0 };
  const problems = [];
  const add = (name, counts, code) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    // An exit code that says failure with no failing test counted (a crash, a build error) still fails.
    if (code !== 0 && counts.failed === 0) {
      totals.failed += 1;
      problems.push(`${name} exited with code ${code}`);
    } else if (counts.failed > 0) {
      problems.push(`${name}: ${counts.failed} failed`);
    }
  };
  const hostSummary = async (name, script) => {
    const file = path.join(summaryDir, `${name}.json`);
    const { code } = await run(process.execPath, [script, '--summary', file]);
    const counts = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
    add(name, counts, code);
  };

  try {
    heading('build');
    const build = await run(process.execPath, ['esbuild.mjs', '--tests']);
    if (build.code !== 0) {
      add('build', { passed: 0, failed: 0 }, build.code);
      return totals;
    }

    heading('unit tests (mocha)');
    const mochaArgs = [path.join('node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', 'spec'];
    if (process.stdout.isTTY) mochaArgs.push('--color');
    const unit = await run(process.execPath, mochaArgs);
    add('unit tests', countMochaLines(unit.lines), unit.code);

    if (!isHostInstalled()) {
      console.error('\nThe VS Code host for the integration and UI tests is not installed. Run `npm run host:install` (see README).');
      totals.failed += 1;
      problems.push('the VS Code host is not installed (npm run host:install)');
      return totals;
    }
    heading('integration tests (extension host in code-server)');
    await hostSummary('integration tests', path.join('scripts', 'host', 'runIntegration.mjs'));
    heading('UI tests (search, Papers tree, abstract view and hostile data in the workbench in code-server)');
    await hostSummary('UI test', path.join('scripts', 'host', 'uiTest.mjs'));
    return totals;
  } finally {
    fs.rmSync(summaryDir, { recursive: true, force: true });
    if (problems.length > 0) console.log(`\nFailures: ${problems.join('; ')}`);
  }
}

const totals = await main();
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
