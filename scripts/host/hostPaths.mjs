// Where the offline VS Code host (code-server + Debian's Chromium) lives, shared by every host script.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// code-server 4.100.3 (VS Code 1.100.3) is the newest whose engine accepts Node 20; see docs/testing.md.
export const CODE_SERVER_VERSION = '4.100.3';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hostDir = path.join(repoRoot, '.vscode-test', 'host');
export const codeServerEntry = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const installStamp = path.join(hostDir, 'installed.json');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
export const integrationEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
export const testResultsDir = path.join(repoRoot, 'test-results');

/** True when install.mjs finished for the pinned version (it writes the stamp last). */
export function isHostInstalled() {
  try {
    const stamp = JSON.parse(fs.readFileSync(installStamp, 'utf8'));
    return stamp.codeServer === CODE_SERVER_VERSION && fs.existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/** The manifest fields that name the extension's folder in an extensions dir: `publisher.name-version`. */
export function extensionManifest() {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return {
    id: `${manifest.publisher}.${manifest.name}`,
    folderName: `${manifest.publisher}.${manifest.name}-${manifest.version}`,
  };
}
