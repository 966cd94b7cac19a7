import type { Paper } from '../../src/core/dataset/paper';
import { decisionTier } from '../../src/core/venues';

/** A fixture paper: ICLR 2023 poster unless the test says otherwise; the tier follows the raw decision. */
export function makePaper(fields: Partial<Paper> & Pick<Paper, 'id' | 'title'>): Paper {
  const decision = fields.decision ?? 'Accept (Poster)';
  const year = 'year' in fields ? fields.year : 2023;
  return {
    conference: `ICLR.cc/${year ?? ''}/Conference`,
    venue: 'ICLR',
    year,
    abstract: '',
    decision,
    tier: decisionTier(decision),
    extra: {},
    ...fields,
  };
}
