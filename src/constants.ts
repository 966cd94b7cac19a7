/** Every id the extension contributes, in one typed place; a unit test checks package.json against it. */
export const COMMANDS = {
  search: 'paperLookup.search',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SETTINGS_SECTION = 'paperLookup';
