/**
 * Puts an English UI message into the user's language and fills its `{0}`, `{1}`… placeholders: the contract
 * of `vscode.l10n.t`, which the extension passes in (core never imports `vscode`). Core code names it `t` and
 * gives it literal messages, so a unit test can check that l10n/bundle.l10n.json lists every one.
 * Dataset content (titles, abstracts, decisions, file names) goes into the placeholders, never the message.
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** English as written, placeholders filled: the CLI, scripts and tests use it. */
export const english: Translate = (message, ...args) =>
  // Like vscode.l10n.t, a brace pair that names no argument (`{title1}`) stays as it is.
  message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? placeholder : String(arg);
  });

/** A translator over a loaded bundle (`vscode.l10n.bundle`), for code that runs where `vscode` cannot be imported. */
export function bundleTranslator(bundle: Readonly<Record<string, string>> | undefined): Translate {
  return (message, ...args) => english(bundle?.[message] ?? message, ...args);
}
