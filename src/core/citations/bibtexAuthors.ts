import { bibtexText } from './bibtexText';

/**
 * The `author` field: names as the dataset writes them (LaTeX spellings for letters outside ASCII, as
 * OpenReview writes them: `Sch{\"o}lkopf`), joined by ` and `. A name BibTeX would misread is braced so it
 * stays one name, as written: one holding ` and `, a comma that is not a `Last, First` (or
 * `Last, Jr, First`) form, or the word `others`, which BibTeX prints as "et al.". Undefined without names.
 */
export function bibtexAuthors(names: readonly string[]): string | undefined {
  const clean = names.map((name) => bibtexText(name, { protectCase: false })).filter((name) => name !== '');
  return clean.length === 0 ? undefined : clean.map((name) => (readsAsOneName(name) ? name : `{${name}}`)).join(' and ');
}

function readsAsOneName(name: string): boolean {
  if (/\sand\s/i.test(name) || /^others$/i.test(name)) return false;
  const parts = topLevelCommaParts(name);
  return parts.length === 1 || (parts.length <= 3 && parts.every((part) => part.trim() !== ''));
}

/** The name split at the commas BibTeX counts: those outside braces (`\{` is an escaped, printed brace). */
function topLevelCommaParts(name: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < name.length; i += 1) {
    const ch = name[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === ',' && depth === 0) {
      parts.push(name.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(name.slice(start));
  return parts;
}
