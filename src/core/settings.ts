/** One immutable snapshot of the `paperLookup.*` settings, parsed from whatever the user wrote. */
export interface Settings {
  readonly search: { readonly maxResults: number };
}

export const DEFAULT_SETTINGS: Settings = {
  search: { maxResults: 50 },
};

/** Reads a raw settings object (as `workspace.getConfiguration('paperLookup')` returns it); bad values fall back to defaults. */
export function parseSettings(read: (key: string) => unknown): Settings {
  return {
    search: { maxResults: integerIn(read('search.maxResults'), 1, 500, DEFAULT_SETTINGS.search.maxResults) },
  };
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
