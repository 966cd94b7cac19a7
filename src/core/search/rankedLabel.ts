/** U+2060 WORD JOINER: no width, no line break, skipped by screen readers. */
const WORD_JOINER = '\u2060';

/**
 * A result title for VS Code's quick pick that keeps the engine's ranking. The quick pick moves rows whose
 * label contains the typed text to the top and sorts those by label (an extension cannot turn this off:
 * `sortByLabel` is still a proposed API, microsoft/vscode#73904). With a word joiner between every two
 * characters no typed text of two or more characters occurs in the label, so the rows stay in rank order;
 * the title looks and reads the same.
 */
export function rankedLabel(title: string): string {
  return [...title].join(WORD_JOINER);
}
