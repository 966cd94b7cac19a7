import type { Paper } from '../../src/core/dataset/paper';
import { decisionTier } from '../../src/core/venues';

/**
 * The one Paper builder for tests: a test that wants its own defaults spreads a shared object into it rather than
 * wrapping it, so every default lives here. A fixture paper is an ICLR 2023 poster unless the test says otherwise.
 * The conference string follows venue and year, the id follows them and the title, and decision and tier agree: a
 * tier given alone is also the raw decision.
 */
export function makePaper(fields: Partial<Paper> & Pick<Paper, 'title'>): Paper {
  const venue = fields.venue ?? 'ICLR';
  const year = 'year' in fields ? fields.year : 2023;
  const decision = fields.decision ?? fields.tier ?? 'Accept (Poster)';
  // Keys in the order of the Paper interface, as a parsed dataset has them, so serialised fixtures compare equal.
  return {
    id: fields.id ?? `${venue.toLowerCase()}-${year ?? ''}-${fields.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    conference: fields.conference ?? `${venue}.cc/${year ?? ''}/Conference`,
    venue,
    year,
    title: fields.title,
    abstract: fields.abstract ?? '',
    decision,
    tier: fields.tier ?? decisionTier(decision),
    authors: fields.authors ?? [],
    keywords: fields.keywords ?? [],
    ...(fields.openreviewId === undefined ? {} : { openreviewId: fields.openreviewId }),
    ...(fields.abstractQuality === undefined ? {} : { abstractQuality: fields.abstractQuality }),
    extra: fields.extra ?? {},
  };
}
