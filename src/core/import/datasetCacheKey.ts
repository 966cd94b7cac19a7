import { createHash } from 'node:crypto';

/** One input file of an import: its name (as problems cite it) and the sha256 of its bytes, in hex. */
export interface HashedInput {
  readonly name: string;
  readonly sha256: string;
}

/**
 * The cache folder name for an imported dataset. The same files in any order give the same key; a change to
 * any file's bytes or name, to the index format or to the extension (whose parsing may change) gives a new one,
 * so a cached index is never used for inputs it was not built from.
 */
export function datasetCacheKey(inputs: readonly HashedInput[], formatVersion: number, extensionVersion: string): string {
  const files = inputs.map((input) => `${input.sha256} ${input.name}`).sort();
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ formatVersion, extensionVersion, files }));
  return hash.digest('hex').slice(0, 32);
}
