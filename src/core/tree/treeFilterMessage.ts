/**
 * The line above the filtered tree. The view description also names the filter, but VS Code hides it
 * while the view is alone in its container, so this is what the user reliably sees.
 */
export function treeFilterMessage(query: string, shown: number, total: number, hint?: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  const message = `Showing ${shown} of ${total} ${total === 1 ? 'paper' : 'papers'} matching “${oneLine}”.`;
  return hint === undefined || hint === '' ? message : `${message} ${hint}`;
}
