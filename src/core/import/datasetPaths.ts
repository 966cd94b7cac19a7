/**
 * The file paths of the `paperLookup.datasets` setting: text entries only, trimmed, blanks and repeats dropped,
 * and a leading `~` expanded to `home`, so a hand-edited settings file cannot break loading.
 */
export function datasetPaths(raw: unknown, home: string): string[] {
  if (!Array.isArray(raw)) return [];
  const paths = raw
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => (entry === '~' || /^~[\\/]/.test(entry) ? home + entry.slice(1) : entry));
  return [...new Set(paths)];
}
