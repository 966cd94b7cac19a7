import type { CiteLanguage } from './citeLanguage';
import { findLatexCiteAt } from './findLatexCiteAt';
import type { LatexCite } from './findLatexCiteAt';
import { findPandocCiteAt } from './findPandocCiteAt';
import type { PandocCite } from './findPandocCiteAt';

export type CiteContext = { readonly lang: 'latex'; readonly cite: LatexCite } | { readonly lang: 'markdown'; readonly cite: PandocCite };

/** The existing citation the cursor is in, if any: a new key joins it instead of starting a new command. */
export function citeContextAt(text: string, offset: number, lang: CiteLanguage): CiteContext | undefined {
  if (lang === 'latex') {
    const cite = findLatexCiteAt(text, offset);
    return cite === undefined ? undefined : { lang, cite };
  }
  const cite = findPandocCiteAt(text, offset);
  return cite === undefined ? undefined : { lang, cite };
}
