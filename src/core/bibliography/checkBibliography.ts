import { isSameWork } from '../citations/isSameWork';
import { normaliseTitle } from '../citations/normaliseTitle';
import { publicationStatus } from '../citations/publicationStatus';
import type { Paper } from '../dataset/paper';
import { english } from '../translate';
import type { Translate } from '../translate';
import { isMainConferenceAcceptance, venueLabel } from '../venues';
import type { CitationKeyTable } from './citationKeyTable';
import { entryIdentities } from './entryIdentities';
import type { EntryIdentity } from './entryIdentity';
import type { DocumentCitations } from './findCitations';
import type { BibEntry, ParsedBib } from './parseBibFile';
import { paperForKey } from './paperForKey';
import { paperOfEntry } from './paperOfEntry';

export type FindingCode = 'undefined-key' | 'same-work' | 'rejected-as-published' | 'preprint-of-accepted' | 'uncited-entry' | 'missing-crossref' | 'bib-problem';
export type FindingSeverity = 'error' | 'warning' | 'information' | 'hint';

/** Where something stands: a file as the caller named it, and offsets in its text. */
export interface Place {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export interface Finding extends Place {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  readonly message: string;
  /** The cited key or the entry's key. */
  readonly key?: string;
  /** `undefined-key`: the dataset paper to add; venue findings: the paper whose entry should replace this one. */
  readonly paperId?: string;
  /** Venue findings and `same-work`: the whole entry, to replace or delete it. */
  readonly entry?: Place;
  /** `same-work`: the entry of the same paper that is kept (the first one). */
  readonly keep?: Place & { readonly key: string };
}

export interface CheckedBib {
  readonly file: string;
  readonly bib: ParsedBib;
  /** How messages name the file (a path relative to the workspace); `file` when absent. */
  readonly label?: string;
}

export interface BibliographyCheck {
  /** The checked document: its id and its citations. */
  readonly document: { readonly file: string; readonly citations: DocumentCitations };
  /** The .bib files the document uses, in order. */
  readonly bibs: readonly CheckedBib[];
  /** The dataset's papers and keys; without it only the document and the .bib are compared. */
  readonly table?: CitationKeyTable;
  /** Lowercase keys cited anywhere in the workspace, for the `uncited-entry` hint; absent: no hint. */
  readonly citedKeys?: ReadonlySet<string>;
}

// Matching entries to papers depends only on the parsed file and the table: once per pair.
const papersByBib = new WeakMap<ParsedBib, WeakMap<CitationKeyTable, Array<Paper | undefined>>>();
const keyGuesses = new WeakMap<CitationKeyTable, Map<string, Paper | undefined>>();

/**
 * Everything wrong with a document's citations and its bibliography: keys no .bib defines, the .bib's own
 * syntax problems, two entries of one paper, entries whose venue contradicts the paper's decision in the dataset,
 * crossrefs to missing entries, and (when `citedKeys` is given) entries nothing cites. Sorted by file and offset.
 */
export function checkBibliography(check: BibliographyCheck, t: Translate = english): Finding[] {
  const findings: Finding[] = [];
  const defined = new Map<string, BibEntry>();
  for (const { bib } of check.bibs) for (const [key, entry] of bib.byKey) if (!defined.has(key)) defined.set(key, entry);

  findings.push(...undefinedKeys(check, defined, t), ...bibFindings(check, defined, t));
  if (check.citedKeys !== undefined && !check.document.citations.citesAll) findings.push(...uncited(check, check.citedKeys, t));
  return findings.sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
}

/** The last bib-side findings per first .bib: typing in the document changes none of them, so they are reused. */
const bibFindingsMemo = new WeakMap<ParsedBib, { readonly bibs: readonly CheckedBib[]; readonly table?: CitationKeyTable; readonly t: Translate; readonly findings: Finding[] }>();

/** What the .bib files say on their own (syntax, crossrefs, two entries of a paper, venue claims). */
function bibFindings(check: BibliographyCheck, defined: ReadonlyMap<string, BibEntry>, t: Translate): Finding[] {
  const first = check.bibs[0]?.bib;
  if (first === undefined) return [];
  const memo = bibFindingsMemo.get(first);
  const same = memo !== undefined && memo.table === check.table && memo.t === t && memo.bibs.length === check.bibs.length && memo.bibs.every((bib, i) => bib.file === check.bibs[i]?.file && bib.bib === check.bibs[i]?.bib);
  if (same) return memo.findings;
  const findings: Finding[] = [];
  for (const { file, bib } of check.bibs) {
    for (const problem of bib.problems) findings.push({ code: 'bib-problem', severity: problem.severity, message: problem.message, file, start: problem.start, end: problem.end });
    for (const entry of bib.entries) {
      const crossref = entry.fields.get('crossref')?.value.trim();
      if (crossref !== undefined && crossref !== '' && !defined.has(crossref.toLowerCase())) {
        findings.push({ ...keyPlace(file, entry), code: 'missing-crossref', severity: 'warning', message: t('{0} takes its missing fields from {1} (crossref), which no bibliography file of the document defines.', entry.key, crossref) });
      }
    }
  }
  findings.push(...sameWorks(check, t));
  if (check.table !== undefined) findings.push(...venueClaims(check, check.table, t));
  bibFindingsMemo.set(first, { bibs: check.bibs, ...(check.table === undefined ? {} : { table: check.table }), t, findings });
  return findings;
}

function undefinedKeys(check: BibliographyCheck, defined: ReadonlyMap<string, BibEntry>, t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const cited of check.document.citations.keys) {
    if (defined.has(cited.key.toLowerCase())) continue;
    const paper = check.table === undefined ? undefined : guessPaper(check.table, cited.key);
    const where = check.bibs.length === 0 ? t('{0} is cited, but the document uses no .bib file.', cited.key) : t('{0} is not defined in {1}.', cited.key, check.bibs.map((bib) => bib.label ?? bib.file).join(', '));
    const message = paper === undefined ? where : `${where} ${t('The dataset has "{0}" ({1}) for it.', paper.title, venueLabel(paper))}`;
    findings.push({
      code: 'undefined-key',
      severity: 'error',
      message,
      file: check.document.file,
      start: cited.start,
      end: cited.end,
      key: cited.key,
      ...(paper === undefined ? {} : { paperId: paper.id }),
    });
  }
  return findings;
}

function guessPaper(table: CitationKeyTable, key: string): Paper | undefined {
  let guesses = keyGuesses.get(table);
  if (guesses === undefined) keyGuesses.set(table, (guesses = new Map<string, Paper | undefined>()));
  if (!guesses.has(key)) guesses.set(key, paperForKey(key, table));
  return guesses.get(key);
}

/** The dataset paper of each entry that claims a venue (ICLR or arXiv), matched once per parsed file and table. */
function claimedPapers(bib: ParsedBib, table: CitationKeyTable): Array<Paper | undefined> {
  let byTable = papersByBib.get(bib);
  if (byTable === undefined) papersByBib.set(bib, (byTable = new WeakMap()));
  let papers = byTable.get(table);
  if (papers === undefined) {
    papers = entryIdentities(bib).map((identity) => (identity.claimsIclr || identity.isPreprint ? paperOfEntry(identity, table) : undefined));
    byTable.set(table, papers);
  }
  return papers;
}

function venueClaims(check: BibliographyCheck, table: CitationKeyTable, t: Translate): Finding[] {
  const findings: Finding[] = [];
  for (const { file, bib } of check.bibs) {
    const items = entryIdentities(bib);
    const papers = claimedPapers(bib, table);
    bib.entries.forEach((entry, index) => {
      const identity = items[index];
      const paper = papers[index];
      if (identity === undefined || paper === undefined) return;
      const entryPlace = { file, start: entry.start, end: entry.end };
      if (identity.claimsIclr && !isMainConferenceAcceptance(paper.tier)) {
        const accepted = acceptedVersion(table, paper, identity);
        findings.push({
          ...keyPlace(file, entry),
          code: 'rejected-as-published',
          severity: 'warning',
          message: t('{0} is an @{1} entry with an ICLR booktitle, but the dataset records the paper as {2}.', entry.key, entry.type, publicationStatus(paper)),
          paperId: (accepted ?? paper).id,
          entry: entryPlace,
        });
        return;
      }
      // A preprint's year says when it was posted, not where it went: any accepted version counts.
      const accepted = identity.isPreprint ? (isMainConferenceAcceptance(paper.tier) ? paper : acceptedVersion(table, paper, identity)) : undefined;
      if (accepted !== undefined) {
        findings.push({
          ...keyPlace(file, entry),
          code: 'preprint-of-accepted',
          severity: 'information',
          message: t('{0} cites the arXiv preprint of a paper accepted at {1}.', entry.key, venueLabel(accepted)),
          paperId: accepted.id,
          entry: entryPlace,
        });
      }
    });
  }
  return findings;
}

/** The accepted version of a paper submitted again under the same title, a year apart at most. */
function acceptedVersion(table: CitationKeyTable, paper: Paper, identity: EntryIdentity): Paper | undefined {
  // Matched by title, the entry's normalised title is the paper's; matched by OpenReview id, it may differ.
  const title = identity.openreviewId === paper.id ? normaliseTitle(paper.title) : identity.title;
  const summary = { title, year: paper.year === undefined ? undefined : String(paper.year) };
  return table.papersWithTitle(title).find((other) => isMainConferenceAcceptance(other.tier) && isSameWork(summary, { title, year: other.year }));
}

/** Later entries of a paper an earlier entry (in any of the files) already cites: same OpenReview id, DOI, arXiv id or title a year apart. */
function sameWorks(check: BibliographyCheck, t: Translate): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, { file: string; entry: BibEntry }>();
  const byTitle = new Map<string, Array<{ file: string; entry: BibEntry; identity: EntryIdentity }>>();
  const reasons = { openreview: t('the same OpenReview id'), doi: t('the same DOI'), arxiv: t('the same arXiv id'), title: t('the same title, a year apart at most') };
  for (const { file, bib } of check.bibs) {
    const items = entryIdentities(bib);
    bib.entries.forEach((entry, index) => {
      const identity = items[index];
      if (identity === undefined) return;
      if (bib.byKey.get(entry.key.toLowerCase()) !== entry) return; // a duplicate key is reported as such
      const ids: Array<[string, string]> = [];
      if (identity.openreviewId !== undefined) ids.push([`openreview:${identity.openreviewId}`, reasons.openreview]);
      if (identity.doi !== undefined) ids.push([`doi:${identity.doi}`, reasons.doi]);
      if (identity.arxivId !== undefined) ids.push([`arxiv:${identity.arxivId}`, reasons.arxiv]);
      let first: { file: string; entry: BibEntry; reason: string } | undefined;
      for (const [id, reason] of ids) {
        const earlier = seen.get(id);
        if (earlier !== undefined && first === undefined) first = { ...earlier, reason };
      }
      const sameTitle = identity.title === '' ? [] : (byTitle.get(identity.title) ?? []);
      const year = Number.parseInt(identity.year ?? '', 10);
      const titleMatch = sameTitle.find((other) => isSameWork(other.identity, { title: identity.title, year: Number.isNaN(year) ? undefined : year }));
      if (first === undefined && titleMatch !== undefined) first = { ...titleMatch, reason: reasons.title };
      if (first !== undefined && first.entry.key.toLowerCase() !== entry.key.toLowerCase()) {
        findings.push({
          ...keyPlace(file, entry),
          code: 'same-work',
          severity: 'warning',
          message: t('{0} and {1} are the same paper ({2}).', entry.key, first.entry.key, first.reason),
          entry: { file, start: entry.start, end: entry.end },
          keep: { ...keyPlace(first.file, first.entry), key: first.entry.key },
        });
        return;
      }
      for (const [id] of ids) if (!seen.has(id)) seen.set(id, { file, entry });
      if (identity.title !== '') byTitle.set(identity.title, [...sameTitle, { file, entry, identity }]);
    });
  }
  return findings;
}

function uncited(check: BibliographyCheck, citedKeys: ReadonlySet<string>, t: Translate): Finding[] {
  const findings: Finding[] = [];
  const crossrefs = new Set<string>();
  for (const { bib } of check.bibs) for (const entry of bib.entries) crossrefs.add(entry.fields.get('crossref')?.value.trim().toLowerCase() ?? '');
  for (const { file, bib } of check.bibs) {
    for (const entry of bib.entries) {
      const key = entry.key.toLowerCase();
      if (citedKeys.has(key) || crossrefs.has(key)) continue;
      findings.push({ ...keyPlace(file, entry), code: 'uncited-entry', severity: 'hint', message: t('{0} is not cited in any document of the workspace.', entry.key) });
    }
  }
  return findings;
}

function keyPlace(file: string, entry: BibEntry): Place & { key: string } {
  return { file, start: entry.keyStart, end: entry.keyEnd, key: entry.key };
}
