import { citeContextAt } from './citeContextAt';
import { computeCitationEdit } from './computeCitationEdit';
import type { CitationEdit, CitationEditOptions } from './computeCitationEdit';

/**
 * One citation per cursor, as non-overlapping edits sorted by offset: cursors inside the same existing
 * citation add the key to it once, and cursors where the key is already cited add nothing.
 */
export function computeCitationEdits(text: string, offsets: readonly number[], key: string, options: CitationEditOptions): CitationEdit[] {
  const edits = new Map<string, CitationEdit>();
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    const context = options.lang === 'markdown' && options.markdownStyle === 'link' ? undefined : citeContextAt(text, offset, options.lang);
    const edit = computeCitationEdit(text, offset, key, options);
    if (edit.text === '' && edit.deleteLength === 0) continue;
    const identity = context === undefined ? `at:${edit.offset}` : `cite:${context.cite.start}`;
    if (!edits.has(identity)) edits.set(identity, edit);
  }
  return [...edits.values()].sort((a, b) => a.offset - b.offset);
}
