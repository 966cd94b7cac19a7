/**
 * Whether a bibliography file holds BibTeX, judged by its name as LaTeX and Pandoc do: `.bib` (BibTeX and
 * biblatex) or `.bibtex`. Pandoc also reads CSL JSON (`.json`), CSL YAML (`.yaml`), RIS and others; a BibTeX
 * entry appended to one of those would break it.
 */
export function isBibtexFileName(path: string): boolean {
  return /\.(bib|bibtex)$/i.test(path);
}
