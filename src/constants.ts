/** Every id the extension contributes, in one typed place; a unit test checks package.json against it. */
export const COMMANDS = {
  search: 'paperLookup.search',
  findSimilar: 'paperLookup.findSimilar',
  openAbstract: 'paperLookup.openAbstract',
  groupByDecision: 'paperLookup.groupByDecision',
  groupByVenue: 'paperLookup.groupByVenue',
  filterTree: 'paperLookup.filterTree',
  clearTreeFilter: 'paperLookup.clearTreeFilter',
  refreshTree: 'paperLookup.refreshTree',
  revealInTree: 'paperLookup.revealInTree',
  importDataset: 'paperLookup.importDataset',
  useBundledDataset: 'paperLookup.useBundledDataset',
  insertCitation: 'paperLookup.insertCitation',
  copyBibtex: 'paperLookup.copyBibtex',
  openOnOpenReview: 'paperLookup.openOnOpenReview',
  openPdf: 'paperLookup.openPdf',
  suggestCitations: 'paperLookup.suggestCitations',
  refreshCitedPapers: 'paperLookup.refreshCitedPapers',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Commands run by the extension itself (a completion's follow-up), never contributed to menus or the palette. */
export const INTERNAL_COMMANDS = {
  appendBibEntry: 'paperLookup.internal.appendBibEntry',
  /** The quick fix that searches the papers for an undefined key. */
  searchForKey: 'paperLookup.internal.searchForKey',
  /** A Cited Papers row: shows where the key is cited. */
  revealCitation: 'paperLookup.internal.revealCitation',
} as const;

export const VIEWS = {
  papers: 'paperLookup.papers',
  citedPapers: 'paperLookup.citedPapers',
} as const;

/** Keys set with `setContext`; package.json `when` clauses use the same strings. */
export const CONTEXT_KEYS = {
  /** Which level the tree shows first: `venue` or `decision`. */
  grouping: 'paperLookup.grouping',
  treeFiltered: 'paperLookup.treeFiltered',
  treeLoadFailed: 'paperLookup.treeLoadFailed',
} as const;

export const SETTINGS_SECTION = 'paperLookup';
