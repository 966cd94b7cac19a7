import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The folder of the fixture workspace the integration tests run in. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('the integration tests need the fixture workspace open');
  return folder.uri.fsPath;
}

/**
 * Registers the suite's hooks so that each test works on its own copy of `fixtures`, in a folder of the workspace
 * removed afterwards, with autosave off meanwhile. Returns the current copy's folder.
 */
export function fixtureCopies(fixtures: string, prefix: string): () => string {
  let folder = '';
  let runs = 0;
  let autoSave: unknown;

  before(async () => {
    // VS Code for the web saves after a delay by default; a save landing after a test removed its folder
    // would recreate the folder, and "unsaved" would depend on timing.
    const files = vscode.workspace.getConfiguration('files');
    autoSave = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  beforeEach(() => {
    runs += 1;
    folder = path.join(workspaceRoot(), `.${prefix}-${process.pid}-${runs}`);
    fs.cpSync(fixtures, folder, { recursive: true });
  });

  afterEach(async () => {
    // Edited documents are reverted, not saved, so closing them asks nothing and writes nothing.
    for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty && candidate.uri.fsPath.startsWith(folder))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  return () => folder;
}
