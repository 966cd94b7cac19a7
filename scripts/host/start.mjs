// `npm start`: the README's "try it" command. Builds the extension, installs it into a persistent code-server
// profile under .vscode-test/start/, serves VS Code on 127.0.0.1 and prints the address to open. Ctrl-C stops it.
// Port: $PORT, else 8080; the next free one if that is taken.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { withHost } from './withHost.mjs';
import { extensionManifest, isHostInstalled, repoRoot } from './hostPaths.mjs';

const startDir = path.join(repoRoot, '.vscode-test', 'start');
const userDataDir = path.join(startDir, 'user-data');
const extensionsDir = path.join(startDir, 'extensions');
const workspace = path.join(startDir, 'workspace');
const PORT_TRIES = 10;

const WELCOME = `# Paper Lookup

Press F1 (or Ctrl+Shift+P) and run **Paper Lookup: Search Papers…**, then type what you remember of a paper:
\`expected squared difference calibration\`, \`diffus\`, \`graph neural networks year:2022\`, \`decision:oral\`.

The extension searches every ICLR 2018–2023 submission (16,556 papers). Open a \`.tex\` or \`.md\` file here and
run **Paper Lookup: Insert Citation…** to cite one. This folder is a scratch workspace that \`npm start\` keeps
under .vscode-test/start/.
`;

const USER_SETTINGS = {
  'workbench.startupEditor': 'readme',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  // The scratch workspace sits inside the repo's git checkout; VS Code would offer to open that repository.
  'git.openRepositoryInParentFolders': 'never',
};

function runOrExit(what, args) {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort() {
  const wanted = Number(process.env.PORT ?? 8080);
  for (let port = wanted; port < wanted + PORT_TRIES; port++) {
    if (await portIsFree(port)) return port;
  }
  return 0; // all taken: let the system pick one
}

/** Links the repo into the profile's extensions dir under the installed-extension folder name, replacing older versions. */
function installExtension() {
  fs.mkdirSync(extensionsDir, { recursive: true });
  const { folderName, id } = extensionManifest();
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${id}-`)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  fs.symlinkSync(repoRoot, path.join(extensionsDir, folderName), 'dir');
}

function prepareProfile() {
  fs.mkdirSync(workspace, { recursive: true });
  const readme = path.join(workspace, 'README.md');
  if (!fs.existsSync(readme)) fs.writeFileSync(readme, WELCOME);
  const settings = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  }
}

if (!isHostInstalled()) runOrExit('installing the VS Code host (npm run host:install)', [path.join('scripts', 'host', 'install.mjs')]);
runOrExit('building the extension (node esbuild.mjs)', ['esbuild.mjs']);
installExtension();
prepareProfile();

let stopping;
const stopped = new Promise((resolve) => {
  stopping = resolve;
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopping(signal));

try {
  await withHost({ name: 'start', browser: false, port: await choosePort(), userDataDir, extensionsDir }, async ({ server, recentOutput }) => {
    console.log(`\nPaper Lookup is running in VS Code at ${server.origin}/?folder=${encodeURI(workspace)}`);
    console.log('Open that address in a browser; press Ctrl-C here to stop.\n');
    const outcome = await Promise.race([stopped, server.exited]);
    if (typeof outcome === 'string') {
      console.log('\nStopping VS Code...');
      return;
    }
    throw new Error(`code-server stopped unexpectedly (${outcome.signal ?? outcome.code}). Its last lines:\n${recentOutput.join('\n')}`);
  });
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
process.exit(0);
