/** The document languages citations are written in. */
export type CiteLanguage = 'latex' | 'markdown';
