// `npm test`: first the static checks (types, lint, import cycles), then builds and runs the unit tests (plain
// Node), the integration suite inside a real VS Code extension host, and the UI tests in the real workbench
// (search, Papers tree, abstract view, hostile data), and ends with one line counting them all.
// Each static check counts as one test. `--static-only` stops after them (`npm run check`).
// A host that is missing or cannot start fails the run: it is never skipped.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isHostInstalled, repoRoot } from './host/hostPaths.mjs';

/**
 * Runs a command with its output shown as it comes; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => {
      console.error(String(error));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The counts a part wrote as JSON (test/summaryReporter.ts, or the host runners' --summary), if it wrote them. */
function readCounts(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
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
    const code = await run(process.execPath, [script, '--summary', file]);
    add(name, readCounts(file), code);
  };

  try {
    // The npm scripts developers run themselves, so `npm test` checks exactly what they check.
    for (const [name, script] of /** @type {const} */ ([['type check', 'check-types'], ['lint', 'lint'], ['import cycles', 'check:cycles']])) {
      heading(`${name} (npm run ${script})`);
      const code = await run('npm', ['run', '--silent', script]);
      add(name, { passed: code === 0 ? 1 : 0, failed: 0 }, code);
    }
    if (process.argv.includes('--static-only')) return totals;

    heading('build');
    const build = await run(process.execPath, ['esbuild.mjs', '--tests']);
    if (build !== 0) {
      add('build', { passed: 0, failed: 0 }, build);
      return totals;
    }

    heading('unit tests (mocha)');
    const unitFile = path.join(summaryDir, 'unit.json');
    const mochaArgs = [path.join('node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', './test/summaryReporter.ts', '--reporter-option', `summary=${unitFile}`];
    if (process.stdout.isTTY) mochaArgs.push('--color');
    const unit = await run(process.execPath, mochaArgs);
    add('unit tests', readCounts(unitFile), unit);

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
