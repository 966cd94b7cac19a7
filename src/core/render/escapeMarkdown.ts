/**
 * Escapes text so that Markdown shows it literally. Every ASCII punctuation character gets a backslash,
 * which CommonMark always turns back into the plain character; escaping only the "known" syntax
 * characters misses entity references (`&amp;`), autolinks (`<…>`), theme icons (`$(…)`) and the like.
 * Whitespace runs (newlines included) collapse to one space, so no line can start a heading, list,
 * quote or indented code block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
