import type { Translate } from '../translate';
import { decisionTier, parseConference } from '../venues';
import { describeValue } from './describeValue';
import { ABSTRACT_QUALITIES } from './paper';
import type { AbstractQuality, Paper } from './paper';
import { splitAuthorList, splitKeywordList } from './splitNameList';

/** Longer fields are cut: no real title or abstract comes close, and one runaway cell must not stall search. */
export const MAX_FIELD_LENGTH = 100_000;

/**
 * Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): no title or
 * abstract needs them, and they can make text display in an order other than the one it is read and
 * searched in (the "Trojan Source" trick), in the tree, the abstract view and the .bib alike.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** One empty `extra` for every paper without other columns, rather than an object each (15 MB at 300,000 papers). */
const NO_EXTRA: Readonly<Record<string, string>> = Object.freeze({});

export const OPTIONAL_FIELDS = ['conference', 'abstract', 'decision'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** More names or keywords than any paper has; a runaway cell is cut here. */
export const MAX_LIST_LENGTH = 500;
/** Forum ids OpenReview gives (`bHW9njOSON`, `HJoYD6gC-`): no other text becomes a link or an id. */
const OPENREVIEW_ID = /^[A-Za-z0-9_-]{4,64}$/;

/** Columns read into typed fields, by their normalised name (lower case, `-` and spaces as `_`). */
const LIST_COLUMNS: Readonly<Record<string, 'authors' | 'keywords'>> = { authors: 'authors', author: 'authors', keywords: 'keywords', keyword: 'keywords' };
const ID_COLUMN = 'openreview_id';
const QUALITY_COLUMN = 'abstract_quality';

/** A validated row: the paper without its id, which optional fields were absent, and what else was fixed up. */
export type RowResult =
  | { readonly ok: true; readonly paper: Omit<Paper, 'id'>; readonly missing: OptionalField[]; readonly notes: string[] }
  | { readonly ok: false; readonly message: string };

type Text = { readonly text: string } | 'missing' | 'not-text';

/**
 * Validates one raw row. Only a usable title is required; other known fields default to ''
 * (venue 'Unknown', tier 'other') and every other field is kept as text in `extra`.
 */
export function rowToPaper(value: unknown, t: Translate): RowResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: t('expected an object with a title, found {0}; row skipped', describeValue(value, t)) };
  }
  const core = new Map<string, unknown>();
  const extraValues: Array<[string, unknown]> = [];
  for (const [key, field] of Object.entries(value)) {
    const name = key.trim().toLowerCase().replace(/[\s-]+/g, '_');
    const typed = name === 'title' || OPTIONAL_FIELDS.includes(name as OptionalField) || Object.hasOwn(LIST_COLUMNS, name) || name === ID_COLUMN || name === QUALITY_COLUMN;
    // `author` and `authors` are one field: the first column present wins, as for any repeated field.
    const field_ = Object.hasOwn(LIST_COLUMNS, name) ? LIST_COLUMNS[name]! : name;
    if (typed && !core.has(field_)) core.set(field_, field);
    else extraValues.push([key, field]);
  }

  const title = coreText(core.get('title'));
  if (title === 'missing') return { ok: false, message: t('missing title; row skipped') };
  if (title === 'not-text') return { ok: false, message: t('title is not text; row skipped') };
  const cleanTitle = title.text.replace(/\s+/g, ' ').trim();
  if (cleanTitle === '') return { ok: false, message: t('empty title; row skipped') };

  const notes: string[] = [];
  const missing: OptionalField[] = [];
  const optional = (field: OptionalField): string => {
    const text = coreText(core.get(field));
    if (text === 'missing') missing.push(field);
    if (text === 'not-text') notes.push(t('{0} is not text, left empty', field));
    return typeof text === 'object' ? text.text.trim() : '';
  };
  const conference = optional('conference');
  const abstract = optional('abstract');
  const decision = optional('decision');

  const extra: Array<[string, string]> = [];
  for (const [key, field] of extraValues) {
    const text = extraText(field);
    if (text !== undefined && text !== '') extra.push([key, text]);
  }

  const clean = (field: string, raw: string): string => {
    const text = raw.replace(BIDI_CONTROLS, '');
    if (text.length < raw.length) notes.push(t('{0}: removed {1} bidirectional control characters that could make it display in a misleading order', field, raw.length - text.length));
    if (text.length <= MAX_FIELD_LENGTH) return text;
    notes.push(t('{0} cut to {1} characters (was {2})', field, MAX_FIELD_LENGTH, text.length));
    // Never keep the first half of a surrogate pair: a lone one shows as � and is not valid UTF-8 when saved.
    const lastCode = text.charCodeAt(MAX_FIELD_LENGTH - 1);
    return text.slice(0, lastCode >= 0xd800 && lastCode <= 0xdbff ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH);
  };
  // Cleaned in reading order, so a row's notes list its fields in that order.
  const fields = { conference: clean('conference', conference), title: clean('title', cleanTitle), abstract: clean('abstract', abstract), decision: clean('decision', decision) };
  const list = (field: 'authors' | 'keywords'): string[] => {
    const raw = core.get(field);
    const items = listItems(raw, field === 'authors' ? splitAuthorList : splitKeywordList);
    if (items === undefined) {
      notes.push(t('{0} is {1}, not a list of names or a text; left empty', field, describeValue(raw, t)));
      return [];
    }
    if (items.skipped > 0) notes.push(t('{0}: left out {1} entries that are not text', field, items.skipped));
    if (items.values.length > MAX_LIST_LENGTH) notes.push(t('{0} cut to {1} entries (was {2})', field, MAX_LIST_LENGTH, items.values.length));
    return items.values.slice(0, MAX_LIST_LENGTH).map((item) => clean(field, item));
  };
  const authors = list('authors');
  const keywords = list('keywords');
  const openreviewId = optionalToken(core.get(ID_COLUMN), (text) => OPENREVIEW_ID.test(text), (text) => notes.push(t("{0} '{1}' is not an OpenReview forum id; left out", ID_COLUMN, text)));
  const abstractQuality = optionalToken(core.get(QUALITY_COLUMN), isAbstractQuality, (text) =>
    notes.push(t("{0} '{1}' is not one of {2}; left out", QUALITY_COLUMN, text, ABSTRACT_QUALITIES.join(', '))),
  );
  const { venue, year } = parseConference(fields.conference);
  const paper: Omit<Paper, 'id'> = {
    conference: fields.conference,
    venue,
    year,
    title: fields.title,
    abstract: fields.abstract,
    decision: fields.decision,
    tier: decisionTier(fields.decision),
    authors,
    keywords,
    ...(openreviewId === undefined ? {} : { openreviewId }),
    ...(abstractQuality === undefined ? {} : { abstractQuality }),
    // fromEntries defines own properties, so a hostile `__proto__` column stays a plain key.
    extra: extra.length === 0 ? NO_EXTRA : Object.fromEntries(extra.map(([key, text]) => [key, clean(key, text)])),
  };
  return { ok: true, paper, missing, notes };
}

/**
 * A list column's entries: an array keeps one name per entry as written (a name may hold a comma or
 * `and`); a text cell is split as datasets write lists. Undefined when the value is neither.
 */
function listItems(value: unknown, split: (text: string) => string[]): { values: string[]; skipped: number } | undefined {
  if (value === undefined || value === null) return { values: [], skipped: 0 };
  if (Array.isArray(value)) {
    const values = value.flatMap((item) => (typeof item === 'string' ? [item.replace(/\s+/g, ' ').trim()] : [])).filter((item) => item !== '');
    return { values, skipped: value.filter((item) => typeof item !== 'string' && item !== null && item !== undefined).length };
  }
  return typeof value === 'string' ? { values: split(value), skipped: 0 } : undefined;
}

/** A one-word column (an id, a quality label): the trimmed text when it passes `valid`, else reported and left out. */
function optionalToken<T extends string>(value: unknown, valid: (text: string) => text is T, report: (text: string) => void): T | undefined;
function optionalToken(value: unknown, valid: (text: string) => boolean, report: (text: string) => void): string | undefined;
function optionalToken(value: unknown, valid: (text: string) => boolean, report: (text: string) => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === '') return undefined;
  if (text !== undefined && valid(text)) return text;
  // JSON.stringify gives undefined only for functions and symbols, which JSON data never holds.
  report((text ?? JSON.stringify(value) ?? typeof value).slice(0, 80));
  return undefined;
}

function isAbstractQuality(text: string): text is AbstractQuality {
  return (ABSTRACT_QUALITIES as readonly string[]).includes(text);
}

function coreText(value: unknown): Text {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return { text: String(value) };
  return 'not-text';
}

// Lists such as authors or keywords read best joined with '; '; other structures are kept as JSON.
function extraText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  // Binary cells (Parquet BYTE_ARRAY without a text type) have no meaningful text.
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map((item) => extraText(item) ?? '').filter((item) => item !== '').join('; ');
  if (typeof value === 'object') return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? String(inner) : inner));
  const text = coreText(value);
  return typeof text === 'object' ? text.text : undefined;
}
