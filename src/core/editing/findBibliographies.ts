import type { CiteLanguage } from './citeLanguage';
import { stripLatexComments } from './stripLatexComments';

/**
 * The bibliography files a document names, as written (relative paths resolve against the document):
 * LaTeX `\bibliography{refs,more}` (`.bib` added as BibTeX does) and `\addbibresource{refs.bib}`;
 * Markdown YAML front matter `bibliography:` as a string, a flow list or a block list. Remote resources
 * (`http://…`) are left out: nothing can be appended to them.
 */
export function findBibliographies(text: string, lang: CiteLanguage): string[] {
  const files = lang === 'latex' ? latexBibliographies(text) : markdownBibliographies(text);
  return [...new Set(files.filter((file) => file !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(file)))];
}

function latexBibliographies(text: string): string[] {
  const source = stripLatexComments(text);
  const files: string[] = [];
  const command = /\\(bibliography|addbibresource|addglobalbib)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g;
  let match: RegExpExecArray | null;
  while ((match = command.exec(source)) !== null) {
    const names = match[2]!; // the argument group is not optional
    if (match[1] === 'bibliography') {
      for (const name of names.split(',').map((part) => part.trim())) files.push(/\.bib$/i.test(name) || name === '' ? name : `${name}.bib`);
    } else {
      files.push(names.trim());
    }
  }
  return files;
}

function markdownBibliographies(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end === -1) return [];
  const yaml = lines.slice(1, end);
  const start = yaml.findIndex((line) => /^bibliography\s*:/.test(line));
  const first = yaml[start];
  if (first === undefined) return [];
  const inline = first.replace(/^bibliography\s*:\s*/, '').replace(/\s+#.*$/, '').trim();
  if (inline.startsWith('[')) {
    return inline.replace(/^\[|\]$/g, '').split(',').map(yamlScalar);
  }
  if (inline !== '') return [yamlScalar(inline)];
  const files: string[] = [];
  for (const line of yaml.slice(start + 1)) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item !== null) files.push(yamlScalar(item[1]!.replace(/\s+#.*$/, '')));
    else if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
  }
  return files;
}

function yamlScalar(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted === null ? trimmed : quoted[2]!; // a match fills both groups
}
