import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { SEARCH_INDEX_FORMAT_NAME, SEARCH_INDEX_MANIFEST } from '../core/search/searchIndexFiles';
import { CliError } from './cliError';
import { errorText } from '../core/errorText';

/** Held while an import writes into a folder, so two imports into one folder never interleave their files. */
const LOCK_FILE = '.paper-lookup-import.lock';
/** A file's text, its bytes, or its bytes in pieces written one after another (made as they are written). */
type IndexFileContent = string | Uint8Array | Iterable<Uint8Array>;
/** The only names an index folder's manifest may list for deletion: index files we name ourselves. */
const OUR_INDEX_FILE = /^index(?:-[0-9a-f]+)?\.bin$/;
/** A file an import is writing (or was, when it was killed) before renaming it into place. */
const OUR_TEMPORARY_FILE = /^\.(?:manifest\.json|index(?:-[0-9a-f]+)?\.bin)\.tmp-\d+-[0-9a-f]{8}$/;

/**
 * Writes index files into `dir`, which must be missing, empty, or an index we wrote (its manifest says so).
 * Anything else is refused before a byte is written, so `--out ~` or `--out my-project` cannot lose a file.
 *
 * The folder itself is kept (its permissions, and a symlink stays a symlink): the new files go in under
 * temporary names and are renamed into place, the manifest last. The manifest names the index file, whose
 * name carries its checksum, so a reader sees either the old index or the new one, never a mix. The only
 * files deleted are the previous index file our own manifest named; anything else in the folder stays.
 */
export async function writeIndexDir(dir: string, files: Readonly<Record<string, IndexFileContent>>): Promise<void> {
  const target = path.resolve(dir);
  // Checked before anything is created, so a refused folder is not even touched by the lock file.
  await refuseForeignFolder(dir, await listFolder(dir, target));
  const created = await makeFolder(dir, target);
  const releaseLock = await takeLock(dir, target, created);
  try {
    const previous = await refuseForeignFolder(dir, await listFolder(dir, target));
    await replaceFiles(dir, target, files, previous);
  } catch (error) {
    await releaseLock();
    if (created !== undefined) await fs.rmdir(created).catch(() => undefined);
    throw error instanceof CliError ? error : new CliError(`cannot write the index to ${dir}: ${errorText(error)}`);
  }
  await releaseLock();
}

/** The folder's names (our lock and temporary files left out), or undefined when it does not exist; a file in the way is an error. */
async function listFolder(dir: string, target: string): Promise<string[] | undefined> {
  try {
    return (await fs.readdir(target)).filter((name) => name !== LOCK_FILE && !OUR_TEMPORARY_FILE.test(name));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new CliError(`${dir} is a file, not a directory; choose another --out directory`);
    throw new CliError(`cannot use ${dir}: ${errorText(error)}`);
  }
}

/**
 * Refuses a folder that holds anything but our index; returns the files the previous index's manifest
 * names (to delete once the new index is in place), none for an empty or missing folder.
 */
async function refuseForeignFolder(dir: string, entries: string[] | undefined): Promise<string[]> {
  if (entries === undefined || entries.length === 0) return [];
  const notOurs = new CliError(`${dir} is not empty and holds no Paper Lookup index; choose an empty or new --out directory (nothing was changed)`);
  if (!entries.includes(SEARCH_INDEX_MANIFEST)) throw notOurs;
  let manifest: unknown;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(path.resolve(dir), SEARCH_INDEX_MANIFEST), 'utf8'));
  } catch {
    throw notOurs;
  }
  if (typeof manifest !== 'object' || manifest === null || (manifest as { format?: unknown }).format !== SEARCH_INDEX_FORMAT_NAME) throw notOurs;
  const named = (manifest as { files?: unknown }).files;
  if (typeof named !== 'object' || named === null) return [];
  return Object.values(named).filter((name): name is string => typeof name === 'string' && OUR_INDEX_FILE.test(name) && entries.includes(name));
}

/** Creates the folder (and its parents) when missing; returns it when this call created it, so a failure can take it back. */
async function makeFolder(dir: string, target: string): Promise<string | undefined> {
  try {
    const first = await fs.mkdir(target, { recursive: true });
    return first === undefined ? undefined : target;
  } catch (error) {
    throw new CliError(`cannot create ${dir}: ${errorText(error)}`);
  }
}

/** Takes the folder's import lock, or refuses while another live import holds it. */
async function takeLock(dir: string, target: string, created: string | undefined): Promise<() => Promise<void>> {
  const lock = path.join(target, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lock, String(process.pid), { flag: 'wx' });
      return async () => fs.rm(lock, { force: true });
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        if (created !== undefined) await fs.rmdir(created).catch(() => undefined);
        throw new CliError(`cannot write the index to ${dir}: ${errorText(error)}`);
      }
      const holder = Number((await fs.readFile(lock, 'utf8').catch(() => '')).trim());
      if (isRunning(holder)) break;
      // Left by an import that was killed: nobody is writing.
      await fs.rm(lock, { force: true });
    }
  }
  throw new CliError(`another paper-lookup import is writing to ${dir}; wait for it to finish, or choose another --out directory`);
}

async function replaceFiles(dir: string, target: string, files: Readonly<Record<string, IndexFileContent>>, previous: readonly string[]): Promise<void> {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = (name: string): string => path.join(target, `.${name}.tmp-${suffix}`);
  // The manifest last: renaming it into place is what switches readers to the new index.
  const names = Object.keys(files).sort((a, b) => Number(a === SEARCH_INDEX_MANIFEST) - Number(b === SEARCH_INDEX_MANIFEST));
  const written: string[] = [];
  try {
    for (const name of names) {
      await fs.writeFile(temporary(name), files[name]!);
      written.push(name);
    }
    for (const name of names) await fs.rename(temporary(name), path.join(target, name));
  } catch (error) {
    await Promise.all(written.map((name) => fs.rm(temporary(name), { force: true })));
    throw new CliError(`cannot write the index to ${dir}: ${errorText(error)}`);
  }
  await Promise.all(previous.filter((name) => !Object.hasOwn(files, name)).map((name) => fs.rm(path.join(target, name), { force: true })));
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return errorCode(error) === 'EPERM';
  }
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}
