/** The line under the filter input box: how many papers the query keeps, and why it was read differently. */
export function treeFilterSummary(matches: number, hint?: string): string {
  const count = matches === 0 ? 'No papers match' : matches === 1 ? '1 paper matches' : `${matches} papers match`;
  return hint === undefined || hint === '' ? `${count}.` : `${count}. ${hint}`;
}
