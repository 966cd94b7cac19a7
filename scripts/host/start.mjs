// `npm start`: the README's "try it" command. Builds the extension, installs it into a persistent code-server
// profile under .vscode-test/start/, serves VS Code on 127.0.0.1 and prints the address to open. Ctrl-C stops it.
// Port: $PORT, else 8080; the next free one if that is taken.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './codeServer.mjs';
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

// Sockets and temp files go to a short path outside the repo (a socket path must stay under 108 bytes).
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-start-'));
const removeState = () => fs.rmSync(stateDir, { recursive: true, force: true });
const recent = [];
const server = await startCodeServer({
  stateDir,
  userDataDir,
  extensionsDir,
  port: await choosePort(),
  onOutput: (line) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    if (process.env.PAPER_LOOKUP_HOST_VERBOSE) console.log(`[code-server] ${line}`);
  },
}).catch((error) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  removeState();
  process.exit(1);
});

console.log(`\nPaper Lookup is running in VS Code at ${server.origin}/?folder=${encodeURI(workspace)}`);
console.log('Open that address in a browser; press Ctrl-C here to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping VS Code...');
    void server.stop().then(() => {
      removeState();
      process.exit(0);
    });
  });
}
const { code, signal } = await server.exited;
if (!stopping) {
  removeState();
  console.error(`start: code-server stopped unexpectedly (${signal ?? code}). Its last lines:\n${recent.join('\n')}`);
  process.exit(1);
}
