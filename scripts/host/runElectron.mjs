// `npm run test:electron`: the same integration suite in desktop VS Code, downloaded by @vscode/test-electron.
// Needs internet (update.code.visualstudio.com); offline machines and CI use runIntegration.mjs instead.
// Builds nothing: run `node esbuild.mjs --tests` first (the npm script does).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { fixtureWorkspace, integrationEntry, repoRoot } from './hostPaths.mjs';

// The VS Code that code-server 4.100.3 ships, so both hosts run the suite on the same VS Code.
const version = process.env.PAPER_LOOKUP_VSCODE_VERSION ?? '1.100.3';

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-electron-'));
try {
  await runTests({
    version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: integrationEntry,
    launchArgs: [fixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userDataDir],
  });
} catch (error) {
  console.error(`test:electron: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
