/**
 * The text with every LaTeX comment (`%` to the end of the line, unless escaped as `\%`) blanked out with
 * spaces, so offsets still match the original and commented-out `\usepackage` or `\cite` lines are ignored.
 */
export function stripLatexComments(text: string): string {
  return text.replace(/(?<!\\)((?:\\\\)*)%[^\r\n]*/g, (match, backslashes: string) => backslashes + ' '.repeat(match.length - backslashes.length));
}
