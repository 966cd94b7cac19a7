/** Decision tiers in the order a researcher reads a conference: best first, unknown last. */
export const DECISION_TIERS = ['oral', 'spotlight', 'poster', 'workshop', 'reject', 'withdrawn', 'desk-rejected', 'other'] as const;
export type DecisionTier = (typeof DECISION_TIERS)[number];
