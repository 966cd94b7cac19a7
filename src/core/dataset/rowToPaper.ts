import type { Translate } from '../translate';
import { decisionTier, parseConference } from '../venues';
import { describeValue } from './describeValue';
import type { Paper } from './paper';

/** Longer fields are cut: no real title or abstract comes close, and one runaway cell must not stall search. */
export const MAX_FIELD_LENGTH = 100_000;

/**
 * Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): no title or
 * abstract needs them, and they can make text display in an order other than the one it is read and
 * searched in (the "Trojan Source" trick), in the tree, the abstract view and the .bib alike.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const OPTIONAL_FIELDS = ['conference', 'abstract', 'decision'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

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
    const name = key.trim().toLowerCase();
    if ((name === 'title' || OPTIONAL_FIELDS.includes(name as OptionalField)) && !core.has(name)) core.set(name, field);
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
  const { venue, year } = parseConference(fields.conference);
  const paper: Omit<Paper, 'id'> = {
    conference: fields.conference,
    venue,
    year,
    title: fields.title,
    abstract: fields.abstract,
    decision: fields.decision,
    tier: decisionTier(fields.decision),
    // fromEntries defines own properties, so a hostile `__proto__` column stays a plain key.
    extra: Object.fromEntries(extra.map(([key, text]) => [key, clean(key, text)])),
  };
  return { ok: true, paper, missing, notes };
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
