import { english } from './translate';
import type { Translate } from './translate';

/** Decision tiers in the order a researcher reads a conference: best first, unknown last. */
export const DECISION_TIERS = ['oral', 'spotlight', 'poster', 'workshop', 'reject', 'withdrawn', 'desk-rejected', 'other'] as const;
export type DecisionTier = (typeof DECISION_TIERS)[number];

/** A tier's name in the UI, e.g. `Poster`; one literal message per tier so the l10n bundle lists them. */
export function tierLabel(tier: DecisionTier, t: Translate = english): string {
  switch (tier) {
    case 'oral':
      return t('Oral');
    case 'spotlight':
      return t('Spotlight');
    case 'poster':
      return t('Poster');
    case 'workshop':
      return t('Workshop');
    case 'reject':
      return t('Reject');
    case 'withdrawn':
      return t('Withdrawn');
    case 'desk-rejected':
      return t('Desk Rejected');
    case 'other':
      return t('Other');
  }
}

// Every decision string OpenReview used for ICLR 2018-2023.
const KNOWN_DECISIONS: ReadonlyArray<readonly [string, DecisionTier]> = [
  ['Accept (Oral)', 'oral'],
  ['Accept (Talk)', 'oral'],
  ['Accept: notable-top-5%', 'oral'],
  ['Accept (Spotlight)', 'spotlight'],
  ['Accept: notable-top-25%', 'spotlight'],
  ['Accept (Poster)', 'poster'],
  ['Accept: poster', 'poster'],
  ['Invite to Workshop Track', 'workshop'],
  ['Reject', 'reject'],
  ['Withdrawn', 'withdrawn'],
  ['Desk Rejected', 'desk-rejected'],
];

// Case and whitespace carry no meaning in a decision, so `accept(poster)` and `Accept (Poster)` match.
function normaliseDecision(raw: string): string {
  return raw.toLowerCase().replace(/\s+/g, '');
}

const TIER_BY_DECISION: ReadonlyMap<string, DecisionTier> = new Map(
  KNOWN_DECISIONS.map(([decision, tier]) => [normaliseDecision(decision), tier]),
);

/** Maps a raw decision (`Accept: notable-top-5%`, ` accept (poster) `) to its tier; unknown text is 'other', never an error. */
export function decisionTier(raw: string): DecisionTier {
  return TIER_BY_DECISION.get(normaliseDecision(raw)) ?? 'other';
}

/** Position of a tier in DECISION_TIERS, for sorting best first. */
export function tierOrder(tier: DecisionTier): number {
  return DECISION_TIERS.indexOf(tier);
}

/** Any positive outcome, including an invitation to the workshop track. */
export function isAccepted(tier: DecisionTier): boolean {
  return tier === 'oral' || tier === 'spotlight' || tier === 'poster' || tier === 'workshop';
}

/** Accepted to the main conference; a workshop invitation is not. */
export function isMainConferenceAcceptance(tier: DecisionTier): boolean {
  return tier === 'oral' || tier === 'spotlight' || tier === 'poster';
}

const MAX_VENUE_LENGTH = 40;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/**
 * Splits a raw conference string into a short venue name and a year:
 * `ICLR.cc/2023/Conference` and `ICLR 2023` give ICLR and 2023; text without a venue gives 'Unknown'.
 */
export function parseConference(raw: string): { venue: string; year: number | undefined } {
  const yearMatch = YEAR.exec(raw);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const token = raw.split(/[/\s,;|]+/).find((part) => /[A-Za-z]/.test(part));
  const venue = token
    ?.replace(/\.(cc|org|com|net|io)$/i, '')
    .replace(YEAR, '')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .slice(0, MAX_VENUE_LENGTH);
  return { venue: venue || 'Unknown', year };
}

/** `ICLR 2023`, or just the venue when the year is unknown. */
export function venueLabel(paper: { readonly venue: string; readonly year: number | undefined }): string {
  return paper.year === undefined ? paper.venue : `${paper.venue} ${paper.year}`;
}
