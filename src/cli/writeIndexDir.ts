import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { SEARCH_INDEX_MANIFEST } from '../core/search/searchIndexFiles';
import { CliError } from './cliError';

/**
 * Writes index files into `dir` all at once: into a fresh sibling folder first, then renamed into place, so
 * a failure (disk full, Ctrl-C) leaves either the previous index or none, never a half-written one. An
 * existing `dir` is replaced only when it is empty or already an index, so a mistyped `--out ~` cannot
 * delete anything else.
 */
export async function writeIndexDir(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  const target = path.resolve(dir);
  const existing = await existingEntries(target);
  if (existing !== undefined && existing.length > 0 && !existing.includes(SEARCH_INDEX_MANIFEST)) {
    throw new CliError(`${dir} exists and is not a Paper Lookup index; choose another --out directory`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  let moved = false;
  try {
    await fs.mkdir(temporary);
    for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(temporary, name), content);
    if (existing !== undefined) {
      await fs.rename(target, previous);
      moved = true;
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true });
    if (moved) await fs.rename(previous, target).catch(() => undefined);
    throw new CliError(`cannot write the index to ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (moved) await fs.rm(previous, { recursive: true, force: true });
}

/** The names in `dir`, or undefined when it does not exist; a file in the way is an error. */
async function existingEntries(dir: string): Promise<string[] | undefined> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new CliError(`${dir} is a file, not a directory; choose another --out directory`);
    throw new CliError(`cannot use ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
