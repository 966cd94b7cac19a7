import type { Translate } from '../translate';

/** What a JSON value is instead of what was expected, e.g. `an array`, for a problem message. */
export function describeValue(value: unknown, t: Translate): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('an array');
  return typeof value === 'object' ? t('an object') : t('a {0}', typeof value);
}
