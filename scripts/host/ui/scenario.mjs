// A scenario is an ordered list of checks on one page, each a test of its own. Later checks build on earlier
// ones, so after a failure the rest are reported as failed without running: every run counts the same checks.
import * as path from 'node:path';
import { repoRoot, testResultsDir } from '../hostPaths.mjs';

/**
 * @typedef {{ title: string, run: (page: import('playwright-core').Page) => Promise<string[] | void> }} Check
 * @typedef {{ name: string, checks: Check[] }} Scenario
 * @typedef {{ title: string, ok: boolean }} CheckResult
 */

/** Saves a PNG under test-results/ (the part of the page inside `clip`, if given) and returns its repo-relative path. */
export async function saveScreenshot(page, name, clip) {
  const file = path.join(testResultsDir, `${name}.png`);
  await page.screenshot({ path: file, clip });
  return path.relative(repoRoot, file);
}

/** Runs the checks in order, printing each as mocha's spec reporter would, and appends one result per check. */
export async function runScenario(page, scenario, results) {
  console.log(`\n    ${scenario.name}`);
  let failed = false;
  for (const check of scenario.checks) {
    if (failed) {
      reportFailure(results, check.title, 'not run: an earlier check in this scenario failed');
      continue;
    }
    try {
      const notes = (await check.run(page)) ?? [];
      results.push({ title: check.title, ok: true });
      console.log(`      ✔ ${check.title}${notes.map((note) => `\n        ${note}`).join('')}`);
    } catch (error) {
      failed = true;
      const shot = await saveScreenshot(page, `failure-${slug(scenario.name)}`).catch(() => 'none (the page is gone)');
      reportFailure(results, check.title, `${firstLine(error)}\n        screenshot: ${shot}`);
    }
  }
}

/** Fails every check of the scenarios when their page could not even be opened. */
export function failScenarios(scenarios, results, error) {
  for (const scenario of scenarios) {
    console.log(`\n    ${scenario.name}`);
    for (const check of scenario.checks) reportFailure(results, check.title, firstLine(error));
  }
}

function reportFailure(results, title, why) {
  results.push({ title, ok: false });
  console.log(`      ✖ ${title}\n        ${why}`);
}

function firstLine(error) {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Throws with `message` unless `condition` holds; the message says what the user would have seen instead. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls `probe` until it returns something other than undefined, or fails with `message`. */
export async function waitFor(probe, message, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
