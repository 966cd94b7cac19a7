import * as path from 'node:path';
import { checkBibliography } from '../core/bibliography/checkBibliography';
import type { CheckedBib, Finding } from '../core/bibliography/checkBibliography';
import { citationKeyTable } from '../core/bibliography/citationKeyTable';
import { findCitations } from '../core/bibliography/findCitations';
import { lineIndex } from '../core/bibliography/lineIndex';
import { parseBibFile } from '../core/bibliography/parseBibFile';
import { isBibtexFileName } from '../core/citations/isBibtexFileName';
import { DEFAULT_KEY_FORMAT } from '../core/citations/parseKeyFormat';
import type { CiteLanguage } from '../core/editing/citeLanguage';
import { findBibliographies } from '../core/editing/findBibliographies';
import { findTexRoot } from '../core/editing/findTexRoot';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { write } from './cliIo';
import { commandHelp } from './commandHelp';
import { DATA_OPTIONS, dataSource, openSearchIndex } from './dataSource';
import { HELP_OPTION, parseArgs } from './parseArgs';
import type { OptionSpec } from './parseArgs';
import { terminalText } from './terminalText';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'bib', value: 'FILE', description: 'check against this .bib instead of the ones the document names (repeat for several)', repeatable: true },
  { name: 'json', description: 'print the findings as JSON: { findings: [{ file, line, column, endLine, endColumn, severity, code, message, key?, paperId? }], errors, warnings }' },
  { name: 'uncited', description: 'also list .bib entries the document does not cite (hints)' },
  ...DATA_OPTIONS,
  HELP_OPTION,
];

export const CHECK_HELP = commandHelp(
  ['paper-lookup check [options] FILE.tex|FILE.md'],
  "Checks a LaTeX or Markdown document's citations against its .bib files and the papers' decisions, as the extension's Problems panel does.",
  OPTIONS,
  [
    'The .bib files are those the document names (\\bibliography, \\addbibresource, Pandoc front matter), else those of',
    'its % !TEX root. Prints file:line:column: severity: message, one finding per line.',
    'Exit codes: 0 no error (warnings allowed), 1 at least one error (an undefined key, a .bib that does not parse,',
    'a named .bib that cannot be read), 2 bad usage or an unreadable document.',
  ],
);

const LATEX_EXTENSIONS = /\.(tex|latex|ltx|sty|cls)$/i;
const MARKDOWN_EXTENSIONS = /\.(md|markdown|qmd|rmd|pandoc)$/i;

/** `paper-lookup check`: the extension's bibliography diagnostics for CI and scripts. */
export async function checkCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const { options, lists, positionals } = parseArgs(args, OPTIONS, 'check');
  if (options.has('help')) {
    await write(io.stdout, CHECK_HELP);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined || positionals.length !== 1) throw new CliError(`check: give one .tex or .md file${positionals.length > 1 ? `, not ${positionals.length}` : ''}`);
  const lang: CiteLanguage | undefined = LATEX_EXTENSIONS.test(file) ? 'latex' : MARKDOWN_EXTENSIONS.test(file) ? 'markdown' : undefined;
  if (lang === undefined) throw new CliError(`check: ${file} is neither LaTeX (.tex) nor Markdown (.md)`);
  const text = await readText(io, file);
  if (text === undefined) throw new CliError(`check: cannot read ${file}`);

  const texts = new Map([[file, text]]);
  const bibNames = lists.get('bib') ?? (await namedBibliographies(io, file, text, lang));
  const bibs: CheckedBib[] = [];
  const unreadable: Finding[] = [];
  for (const name of bibNames.filter(isBibtexFileName)) {
    const bibText = await readText(io, name);
    if (bibText === undefined) {
      unreadable.push({ code: 'bib-problem', severity: 'error', message: `${name} cannot be read`, file, start: 0, end: 0 });
      continue;
    }
    texts.set(name, bibText);
    bibs.push({ file: name, bib: parseBibFile(bibText) });
  }
  const index = await openSearchIndex(io, dataSource(options));
  const citations = findCitations(text, lang);
  const findings = [
    ...unreadable,
    ...checkBibliography({
      document: { file, citations },
      bibs,
      table: citationKeyTable(index, DEFAULT_KEY_FORMAT),
      ...(options.has('uncited') ? { citedKeys: new Set(citations.keys.map((key) => key.key.toLowerCase())) } : {}),
    }),
  ];
  const located = findings.map((finding) => locate(finding, texts));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (options.has('json')) {
    await write(io.stdout, `${JSON.stringify({ findings: located, errors, warnings })}\n`);
  } else {
    await write(io.stdout, located.map((finding) => `${terminalText(finding.file)}:${finding.line}:${finding.column}: ${SEVERITY_WORDS[finding.severity]}: ${terminalText(finding.message)}\n`).join(''));
    await write(io.stderr, `${terminalText(file)}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(findings.length - errors - warnings, 'note')}\n`);
  }
  return errors > 0 ? 1 : 0;
}

const SEVERITY_WORDS: Readonly<Record<Finding['severity'], string>> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

interface LocatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Finding['severity'];
  readonly code: Finding['code'];
  readonly message: string;
  readonly key?: string;
  readonly paperId?: string;
}

/** 1-based line and column, as compilers print them. */
function locate(finding: Finding, texts: ReadonlyMap<string, string>): LocatedFinding {
  const lines = lineIndex(texts.get(finding.file) ?? '');
  const start = lines.position(finding.start);
  const end = lines.position(finding.end);
  return {
    file: finding.file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    ...(finding.key === undefined ? {} : { key: finding.key }),
    ...(finding.paperId === undefined ? {} : { paperId: finding.paperId }),
  };
}

/** The .bib files the document names, else those its `% !TEX root` names, as paths beside the file naming them. */
async function namedBibliographies(io: CliIo, file: string, text: string, lang: CiteLanguage): Promise<string[]> {
  const besideOne = (from: string, name: string): string => (path.isAbsolute(name) ? name : path.join(path.dirname(from), name));
  const beside = (from: string, names: readonly string[]): string[] => names.map((name) => besideOne(from, name));
  const own = findBibliographies(text, lang);
  if (own.length > 0 || lang !== 'latex') return beside(file, own);
  const rootName = findTexRoot(text);
  if (rootName === undefined) return [];
  const root = besideOne(file, rootName);
  const rootText = await readText(io, root);
  if (rootText === undefined) throw new CliError(`check: cannot read ${root}, the % !TEX root of ${file}`);
  return beside(root, findBibliographies(rootText, 'latex'));
}

async function readText(io: CliIo, file: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await io.readFile(file));
  } catch {
    return undefined;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
