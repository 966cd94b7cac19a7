import * as fs from 'node:fs';
import Mocha from 'mocha';

/**
 * Mocha's spec reporter that also writes the run's outcome as JSON when it ends (`{"passed","failed",
 * "pending","failures":[{"title","error"}]}`), so scripts/test.mjs adds up counts without reading mocha's
 * text. The file is the `summary` reporter option (unit tests: `--reporter-option summary=FILE`) or
 * PAPER_LOOKUP_TEST_SUMMARY (the integration suite in the extension host, which inherits the environment of
 * the code-server that runIntegration.mjs starts).
 */
class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const reporterOptions = (options as { reporterOptions?: { summary?: unknown } }).reporterOptions;
    const file = typeof reporterOptions?.summary === 'string' ? reporterOptions.summary : process.env.PAPER_LOOKUP_TEST_SUMMARY;
    if (file === undefined || file === '') return;
    const failures: { title: string; error: string }[] = [];
    runner.on('fail', (test, error: unknown) => failures.push({ title: test.fullTitle(), error: error instanceof Error ? error.message : String(error) }));
    runner.once('end', () => {
      const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures: 1, pending: 0 };
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed, pending, failures }));
    });
  }
}

export = SummaryReporter;
