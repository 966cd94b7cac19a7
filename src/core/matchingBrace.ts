/**
 * Index of the `}` closing the `{` at `open`, skipping backslash-escaped characters as LaTeX does;
 * undefined when the group is not closed before `end`.
 */
export function matchingBrace(text: string, open: number, end = text.length): number | undefined {
  let depth = 0;
  for (let i = open; i < end; i += 1) {
    const ch = text[i];
    if (ch === '\\') {
      i += 1;
    } else if (ch === '{') {
      depth += 1;
    } else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return undefined;
}
