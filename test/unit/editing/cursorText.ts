import type { CitationEdit } from '../../../src/core/editing/computeCitationEdit';

/** Splits `text with | cursors` into the text and the cursor offsets. */
export function cursors(marked: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  for (const ch of marked) {
    if (ch === '|') offsets.push(text.length);
    else text += ch;
  }
  return { text, offsets };
}

/** Splits `text with one | cursor` into the text and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const { text, offsets } = cursors(marked);
  const [offset] = offsets;
  if (offset === undefined || offsets.length > 1) throw new Error(`expected one | cursor in ${JSON.stringify(marked)}`);
  return { text, offset };
}

/** Applies edits as VS Code does: all against the original text. */
export function applyEdits(text: string, edits: readonly CitationEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.offset + edit.deleteLength);
  }
  return out;
}
