// Installs the offline VS Code host: code-server (a real VS Code server and workbench) into the ignored
// .vscode-test/host/, with its own package.json so the project's `npm ci` stays lean. Idempotent; `--force` reinstalls.
// Needs Debian's chromium, libkrb5-dev and ripgrep (.ci/run installs them). Each workaround is explained in docs/testing.md.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, chromiumPath, codeServerEntry, hostDir, installStamp, isHostInstalled } from './hostPaths.mjs';

// @vscode/ripgrep's install script downloads from GitHub unless it finds this file in its cache.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

// Native modules the server cannot run without; if install scripts were skipped they are missing.
const vscodeModules = path.join(hostDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
const requiredBuilds = [
  path.join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node'),
  path.join(vscodeModules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
  path.join(vscodeModules, 'kerberos', 'build', 'Release', 'kerberos.node'),
  path.join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'),
];

function fail(message) {
  console.error(`host:install: ${message}`);
  process.exit(1);
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
}

function checkPrerequisites() {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) fail(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}.`);
  const missing = [];
  if (!which('rg')) missing.push('ripgrep');
  if (!which('krb5-config')) missing.push('libkrb5-dev');
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (missing.length > 0) fail(`missing Debian packages; run: apt-get install -y ${missing.join(' ')}`);
}

function writeRipgrepCache(tmpDir) {
  const cacheDir = path.join(tmpDir, RIPGREP_CACHE);
  fs.mkdirSync(cacheDir, { recursive: true });
  const rg = fs.realpathSync(which('rg'));
  const tar = spawnSync('tar', ['-czf', path.join(cacheDir, RIPGREP_ASSET), '-C', path.dirname(rg), path.basename(rg)], { stdio: 'inherit' });
  if (tar.status !== 0) fail('could not pack Debian\'s rg for @vscode/ripgrep\'s cache.');
  if (path.basename(rg) !== 'rg') fail(`ripgrep resolves to ${rg}, not a file named rg.`);
}

function install() {
  fs.rmSync(hostDir, { recursive: true, force: true });
  fs.mkdirSync(hostDir, { recursive: true });
  const manifest = {
    name: 'paper-lookup-test-host',
    private: true,
    description: 'The offline VS Code host for Paper Lookup\'s integration and UI tests; written by scripts/host/install.mjs.',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // npm 11 warns that install scripts need approval; code-server's postinstall builds the server's native modules.
    allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, 'argon2@0.31.2': true },
  };
  fs.writeFileSync(path.join(hostDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-lookup-host-install-'));
  try {
    writeRipgrepCache(tmpDir);
    const env = {
      ...process.env,
      TMPDIR: tmpDir,
      // Root installs: code-server's postinstall refuses without it (npm 11 warns it is unknown, but passes it on).
      npm_config_unsafe_perm: 'true',
      // node-pty runs `npx node-gyp`: answer yes, and build against Debian's Node headers in /usr/include/node.
      npm_config_yes: 'true',
      npm_config_nodedir: '/usr',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    };
    const npm = spawnSync('npm', ['install', '--no-save'], { cwd: hostDir, env, stdio: 'inherit' });
    if (npm.status !== 0) fail(`npm install of code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status}).`);
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }

  const missing = requiredBuilds.filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    fail(`code-server's install scripts did not build:\n  ${missing.join('\n  ')}\nSee the npm output above.`);
  }
  const version = spawnSync(process.execPath, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(hostDir, 'config'), XDG_DATA_HOME: path.join(hostDir, 'data') },
  });
  if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
    fail(`the installed code-server does not start:\n${version.stdout}${version.stderr}`);
  }
  fs.writeFileSync(installStamp, `${JSON.stringify({ codeServer: CODE_SERVER_VERSION }, null, 2)}\n`);
}

checkPrerequisites();
if (isHostInstalled() && !process.argv.includes('--force')) {
  console.log(`host:install: code-server ${CODE_SERVER_VERSION} is already installed in ${hostDir}`);
} else {
  const started = Date.now();
  console.log(`host:install: installing code-server ${CODE_SERVER_VERSION} into ${hostDir} ...`);
  install();
  console.log(`host:install: done in ${Math.round((Date.now() - started) / 1000)} s`);
}
