/** The imported dataset in use, remembered across sessions so the next start loads its cached index. */
export interface ActiveDataset {
  /** The source files, as URI strings, in the order they were imported. */
  readonly sources: readonly string[];
  /** The cache key of their index. */
  readonly key: string;
  /** What the key was computed with; a different format or extension version means the cache is stale. */
  readonly formatVersion: number;
  readonly extensionVersion: string;
}

/** Checks a value read back from extension state, which an older version may have written. */
export function isActiveDataset(value: unknown): value is ActiveDataset {
  if (typeof value !== 'object' || value === null) return false;
  const dataset = value as Record<string, unknown>;
  return (
    Array.isArray(dataset.sources) &&
    dataset.sources.length > 0 &&
    dataset.sources.every((source) => typeof source === 'string') &&
    typeof dataset.key === 'string' &&
    /^[0-9a-f]+$/.test(dataset.key) &&
    typeof dataset.formatVersion === 'number' &&
    typeof dataset.extensionVersion === 'string'
  );
}
