import { DEFAULT_KEY_FORMAT, DEFAULT_KEY_TEMPLATE, parseKeyFormat, type KeyFormat } from './citations/parseKeyFormat';
import { BOOKTITLE_STYLES, type BooktitleStyle } from './citations/proceedingsFields';
import { english } from './translate';
import type { Translate } from './translate';

export const LATEX_COMMANDS = ['auto', 'cite', 'citep', 'citet', 'autocite', 'textcite', 'parencite'] as const;
export type LatexCommandSetting = (typeof LATEX_COMMANDS)[number];

export const MARKDOWN_STYLES = ['pandoc', 'narrative', 'link'] as const;
export type MarkdownStyle = (typeof MARKDOWN_STYLES)[number];

export interface CitationSettings {
  /** The parsed `keyFormat`; the default when the user's template is invalid. */
  readonly keyFormat: KeyFormat;
  /** The template `keyFormat` came from, so caches can tell formats apart. */
  readonly keyTemplate: string;
  /** Why the user's template was rejected; absent when it is valid. */
  readonly keyFormatProblem?: string;
  readonly booktitleStyle: BooktitleStyle;
  readonly includeAbstract: boolean;
  /** `auto`: chosen from the packages the document loads. */
  readonly latexCommand: LatexCommandSetting;
  readonly markdownStyle: MarkdownStyle;
  /** A .bib path (relative to the workspace folder) used when the document names none; empty: `references.bib`. */
  readonly bibFile: string;
}

export interface DiagnosticsSettings {
  /** Check citations and bibliographies as you type (Problems panel). */
  readonly enabled: boolean;
  /** Also hint at .bib entries that no document of the workspace cites. */
  readonly uncitedEntries: boolean;
}

/** One immutable snapshot of the `paperLookup.*` settings, parsed from whatever the user wrote. */
export interface Settings {
  readonly search: { readonly maxResults: number };
  readonly citation: CitationSettings;
  readonly diagnostics: DiagnosticsSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  search: { maxResults: 50 },
  citation: {
    keyFormat: DEFAULT_KEY_FORMAT,
    keyTemplate: DEFAULT_KEY_TEMPLATE,
    booktitleStyle: 'openreview',
    includeAbstract: false,
    latexCommand: 'auto',
    markdownStyle: 'pandoc',
    bibFile: '',
  },
  diagnostics: { enabled: true, uncitedEntries: false },
};

/** Reads a raw settings object (as `workspace.getConfiguration('paperLookup')` returns it); bad values fall back to defaults. */
export function parseSettings(read: (key: string) => unknown, t: Translate = english): Settings {
  const defaults = DEFAULT_SETTINGS.citation;
  const bibFile = read('citation.bibFile');
  const includeAbstract = read('citation.includeAbstract');
  return {
    search: { maxResults: integerIn(read('search.maxResults'), 1, 500, DEFAULT_SETTINGS.search.maxResults) },
    citation: {
      ...keyFormat(read('citation.keyFormat'), t),
      booktitleStyle: oneOf(read('citation.booktitleStyle'), BOOKTITLE_STYLES, defaults.booktitleStyle),
      includeAbstract: typeof includeAbstract === 'boolean' ? includeAbstract : defaults.includeAbstract,
      latexCommand: oneOf(read('citation.latexCommand'), LATEX_COMMANDS, defaults.latexCommand),
      markdownStyle: oneOf(read('citation.markdownStyle'), MARKDOWN_STYLES, defaults.markdownStyle),
      bibFile: typeof bibFile === 'string' ? bibFile.trim() : defaults.bibFile,
    },
    diagnostics: {
      enabled: flag(read('diagnostics.enabled'), DEFAULT_SETTINGS.diagnostics.enabled),
      uncitedEntries: flag(read('diagnostics.uncitedEntries'), DEFAULT_SETTINGS.diagnostics.uncitedEntries),
    },
  };
}

function keyFormat(raw: unknown, t: Translate): Pick<CitationSettings, 'keyFormat' | 'keyTemplate' | 'keyFormatProblem'> {
  if (raw === undefined || raw === null) return { keyFormat: DEFAULT_KEY_FORMAT, keyTemplate: DEFAULT_KEY_TEMPLATE };
  if (typeof raw !== 'string') {
    return {
      keyFormat: DEFAULT_KEY_FORMAT,
      keyTemplate: DEFAULT_KEY_TEMPLATE,
      keyFormatProblem: t('The citation key format must be text such as {0}.', DEFAULT_KEY_TEMPLATE),
    };
  }
  const parsed = parseKeyFormat(raw, t);
  return parsed.ok
    ? { keyFormat: parsed.format, keyTemplate: raw.trim() }
    : { keyFormat: DEFAULT_KEY_FORMAT, keyTemplate: DEFAULT_KEY_TEMPLATE, keyFormatProblem: parsed.message };
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
