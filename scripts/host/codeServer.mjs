// Starts code-server on 127.0.0.1 with every file it writes (config, logs, sockets) kept under one directory,
// and stops it by killing its whole process group (the server forks extension hosts and pty hosts).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry } from './hostPaths.mjs';

const LISTENING = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * @param {object} options
 * @param {string} options.stateDir   holds tmp/, xdg/ and, unless given, user-data/ and extensions/
 * @param {number} [options.port]     0 picks a free port
 * @param {string} [options.userDataDir]
 * @param {string} [options.extensionsDir]
 * @param {(line: string) => void} [options.onOutput]  each line the server prints
 * @param {Record<string, string>} [options.env]  more environment for the server and the extension hosts it starts
 * @param {number} [options.startTimeoutMs]
 * @returns {Promise<{ port: number, origin: string, exited: Promise<{ code: number | null, signal: string | null }>, stop: () => Promise<void> }>}
 */
export async function startCodeServer(options) {
  const { stateDir, port = 0, onOutput = () => {}, startTimeoutMs = 60_000 } = options;
  const userDataDir = options.userDataDir ?? path.join(stateDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(stateDir, 'extensions');
  const dirs = {
    TMPDIR: path.join(stateDir, 'tmp'),
    XDG_RUNTIME_DIR: path.join(stateDir, 'xdg', 'runtime'),
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg', 'data'),
  };
  for (const dir of [...Object.values(dirs), userDataDir, extensionsDir]) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
  ];
  // Its own process group, so stop() reaches the extension host and pty host it forks.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, ...dirs, PORT: '' },
  });
  // Its own group means Ctrl-C and a dying parent do not reach it: take it down whenever this process exits.
  const killOnExit = () => killGroup(child.pid, 'SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const output = [];

  const listening = new Promise((resolve, reject) => {
    const onLine = (line) => {
      output.push(line);
      onOutput(line);
      const match = LISTENING.exec(line);
      if (match) resolve(Number(match[1]));
    };
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    child.once('error', reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`code-server exited (${signal ?? code}) before listening:\n${output.join('\n')}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within ${startTimeoutMs / 1000} s:\n${output.join('\n')}`)), startTimeoutMs).unref();
  });

  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Forked children that outlive the server still belong to the group.
      killGroup(child.pid, 'SIGKILL');
      process.off('exit', killOnExit);
    })();
    return stopped;
  };

  try {
    const actualPort = await listening;
    return { port: actualPort, origin: `http://127.0.0.1:${actualPort}`, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * @param {number | undefined} pid  undefined when the spawn failed: nothing to kill
 * @param {NodeJS.Signals} signal
 */
function killGroup(pid, signal) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
  }
}
