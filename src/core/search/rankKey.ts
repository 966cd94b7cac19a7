/**
 * A ranked paper's key, what orders it before its score: the query words it matches times COVERED_UNIT,
 * plus its title-phrase rank (below 2^16, see TitlePhrase) times PHRASE_UNIT, plus 1 when the query names
 * its first author; so comparing keys compares these in that order.
 */
export const COVERED_UNIT = 2 ** 17;
export const PHRASE_UNIT = 2;
/** Most query words a paper can match (a query word is a bit of a 32-bit mask). */
export const MAX_COVERED = 32;

/** Set bits of a 32-bit number, without a loop: it runs once per match. */
export function bitCount(bits: number): number {
  const pairs = bits - ((bits >>> 1) & 0x55555555);
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333);
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
