import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import SummaryReporter from '../summaryReporter';

/**
 * The extension host calls this (extensionTestsPath) once VS Code is up: it runs every compiled
 * `*.test.js` beside it and settles with the suite's outcome, which the host turns into its exit code.
 */
export function run(): Promise<void> {
  // The spec reporter's text for people; its counts as JSON for scripts/test.mjs (see summaryReporter).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, forbidOnly: Boolean(process.env.CI), reporter: SummaryReporter });
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
