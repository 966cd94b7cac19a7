// The built terminal companion (dist/cli.js): the same engine and bundled index as the extension, asked outside
// the workbench, so a check can compare what the UI shows with what the engine answers.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../hostPaths.mjs';

/** Standard output of `paper-lookup ARGS…`; throws with its message when it fails. */
export function terminalCompanion(args) {
  const cli = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`paper-lookup ${args[0]} failed: ${cli.stderr || cli.stdout}`);
  return cli.stdout;
}
