/**
 * Dataset text is hostile: a title may hold escape sequences that would recolour or rewrite the user's
 * terminal, or newlines that would break one-line output. Control and bidi-override characters become spaces, runs of space fold.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Cuts to `width` characters with an ellipsis, for a table column on a terminal. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Lines of columns padded to the widest cell; `right` columns are right-aligned (numbers). */
export function alignColumns(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        if (right.has(column)) return padding + cell;
        return column === row.length - 1 ? cell : cell + padding;
      })
      .join('  '),
  );
}
