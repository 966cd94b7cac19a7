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

/**
 * Accepted to the main track of its conference: an oral, spotlight or poster at a venue that is not a
 * workshop (`ICLR.cc/2023/Workshop/ME-FoMo` accepts posters too, but they are not ICLR papers).
 */
export function isMainConferencePaper(paper: { readonly tier: DecisionTier; readonly conference: string }): boolean {
  return isMainConferenceAcceptance(paper.tier) && workshopIndex(conferenceParts(paper.conference)) === -1;
}

const MAX_VENUE_LENGTH = 40;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const WORKSHOP = 'Workshop';
/**
 * Venues as they spell themselves, found in any case (`iclr.cc/2024/conference` is ICLR, `neurips` is
 * NeurIPS), so the case a dataset uses does not split one venue in two. Others are kept as written.
 */
const KNOWN_VENUES: ReadonlyMap<string, string> = new Map(
  [
    'ICLR', 'NeurIPS', 'ICML', 'TMLR', 'COLM', 'CoRL', 'MIDL', 'CoLLAs', 'LoG', 'AutoML', 'AISTATS', 'UAI', 'COLT', 'ALT', 'ACML', 'AAAI',
    'IJCAI', 'KDD', 'ACL', 'EMNLP', 'NAACL', 'EACL', 'COLING', 'CVPR', 'ICCV', 'ECCV', 'WACV', 'ICRA', 'IROS', 'CHIL', 'MLHC', 'L4DC',
  ].map((name) => [name.toLowerCase(), name]),
);

/**
 * Splits a raw conference string into a short venue name and a year: `ICLR.cc/2023/Conference`,
 * `ICLR 2023` and `iclr2023` give ICLR and 2023; a workshop keeps its own name
 * (`ICLR.cc/2023/Workshop/ME-FoMo` gives `ICLR Workshop ME-FoMo`, a venue of its own); text without a
 * venue gives 'Unknown'.
 */
export function parseConference(raw: string): { venue: string; year: number | undefined } {
  const yearMatch = YEAR.exec(raw);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const parts = conferenceParts(raw);
  const token = parts.find((part) => /[A-Za-z]/.test(part));
  const name = token
    ?.replace(/\.(cc|org|com|net|io)$/i, '')
    .replace(YEAR, '')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .slice(0, MAX_VENUE_LENGTH);
  if (!name) return { venue: 'Unknown', year };
  const venue = KNOWN_VENUES.get(name.toLowerCase()) ?? name;
  const workshop = workshopIndex(parts);
  if (workshop === -1 || workshop <= parts.indexOf(token!)) return { venue, year };
  // The workshop's own name follows it in OpenReview's ids; it is a name, so its case is kept.
  const workshopName = parts.slice(workshop + 1).find((part) => /[A-Za-z]/.test(part) && !YEAR.test(part));
  return { venue: [venue, WORKSHOP, workshopName?.slice(0, MAX_VENUE_LENGTH)].filter(Boolean).join(' '), year };
}

function conferenceParts(raw: string): string[] {
  return raw.split(/[/\s,;|]+/).filter((part) => part !== '');
}

function workshopIndex(parts: readonly string[]): number {
  return parts.findIndex((part) => /^workshops?$/i.test(part));
}

/** `ICLR 2023`, or just the venue when the year is unknown. */
export function venueLabel(paper: { readonly venue: string; readonly year: number | undefined }): string {
  return paper.year === undefined ? paper.venue : `${paper.venue} ${paper.year}`;
}
