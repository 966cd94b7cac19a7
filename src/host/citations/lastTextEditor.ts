import * as vscode from 'vscode';

/**
 * The text editor a citation goes into. Clicking a button in the abstract view makes the webview the
 * active editor, so `window.activeTextEditor` is undefined by then; this remembers the last text editor.
 */
export class LastTextEditor implements vscode.Disposable {
  private last: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (editor) this.last = editor;
  });

  /** The active text editor, else the last one if its document is still shown. */
  get editor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active) return active;
    const last = this.last;
    if (!last) return undefined;
    const visible = vscode.window.visibleTextEditors;
    // The editor object is replaced when its tab is moved or reopened; the document is what counts.
    return visible.includes(last) ? last : visible.find((editor) => editor.document === last.document);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
