// axe-core, the accessibility engine browsers' own audit tools use, run inside our webview page in the real
// workbench: WCAG 2.1 A and AA rules, colour contrast of the theme's colours included.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Scans the page in `frame` (a playwright Frame). The source is evaluated through the DevTools protocol, which
 * the page's CSP does not govern, so the page keeps its strict policy. Returns the violations, most severe first,
 * and the ids of the rules the page passed (so a caller can tell a clean page from a scan that checked nothing).
 * @returns {Promise<{ violations: { id: string, impact: string, help: string, targets: string[] }[], passed: string[] }>}
 */
export async function scanAccessibility(frame) {
  await frame.evaluate(AXE_SOURCE);
  const { violations, passed } = await frame.evaluate(async (tags) => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
      passed: result.passes.map((rule) => rule.id),
    };
  }, RULE_SETS);
  const rank = ['critical', 'serious', 'moderate', 'minor', 'unknown'];
  return { violations: violations.sort((a, b) => rank.indexOf(a.impact) - rank.indexOf(b.impact)), passed };
}

/** Violations a user would be blocked or seriously hindered by: what the issue allows none of. */
export function seriousViolations(violations) {
  return violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
}

/** One line per violation for the report: `serious color-contrast: Elements must meet … (2: .badge, …)`. */
export function describeViolations(violations) {
  return violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.targets.length}: ${violation.targets.slice(0, 3).join(', ')})`);
}
