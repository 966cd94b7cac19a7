// `npm run check-types`: `tsc --noEmit` over every project, each with its own lib (see the tsconfig.json files).
// All run, in parallel, so one failing project does not hide another's errors; exits non-zero if any failed.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const PROJECTS = ['tsconfig.json', 'src/webview/tsconfig.json', 'scripts/tsconfig.json', 'scripts/host/ui/tsconfig.json'];

/** @param {string} project @returns {Promise<boolean>} whether it type-checks */
function check(project) {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', project], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = (stdout + stderr).trimEnd();
      console.log(`tsc -p ${project}: ${error ? 'failed' : 'ok'}${output ? `\n${output}` : ''}`);
      resolve(!error);
    });
  });
}

const results = await Promise.all(PROJECTS.map(check));
process.exitCode = results.every(Boolean) ? 0 : 1;
