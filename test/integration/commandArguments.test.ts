import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS } from '../../src/constants';
import { extensionApi } from './extensionApi';

/** What a keybinding, a link or another extension might pass by mistake. */
const JUNK: readonly unknown[] = [42, {}, { id: 5 }];

describe('Commands called with arguments they cannot use', () => {
  before(async () => {
    await extensionApi();
    // With no editor open, the commands that would ask (a quick pick, an editor) have nothing to ask about.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('paper commands do nothing and resolve: nothing copied, opened or revealed', async () => {
    const api = await extensionApi();
    const sentinel = 'clipboard before the junk calls';
    await vscode.env.clipboard.writeText(sentinel);
    for (const junk of [...JUNK, { paperId: 'no-such-paper' }]) {
      const what = JSON.stringify(junk);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.copyBibtex, junk), undefined, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.insertCitation, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.openOnOpenReview, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.openPdf, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.revealInTree, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.findSimilar, junk), undefined, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.openAbstract, junk), undefined, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.suggestCitations, junk), false, what);
    }
    assert.equal(api.abstractPanel.current, undefined, 'no abstract view opened');
    assert.equal(await vscode.env.clipboard.readText(), sentinel);
  });

  it('paper commands called with nothing and nothing open say so instead of failing', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.insertCitation, undefined), false);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openOnOpenReview, undefined), false);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.revealInTree, undefined), false);
  });

  it('text and file commands refuse what is not a text or a file, without asking', async () => {
    const api = await extensionApi();
    for (const junk of JUNK) {
      const what = JSON.stringify(junk);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.search, junk), undefined, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.filterTree, junk), undefined, what);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.importDataset, junk), 'failed', what);
    }
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), 'notes.md');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.importDataset, file, 42), 'failed', 'bad options');
    assert.equal(api.tree.model.filter, undefined, 'the tree is not filtered');
  });

  it('internal commands refuse anything but their own arguments', async () => {
    for (const junk of [undefined, ...JUNK]) {
      const what = JSON.stringify(junk) ?? 'undefined';
      assert.equal(await vscode.commands.executeCommand(INTERNAL_COMMANDS.appendBibEntry, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(INTERNAL_COMMANDS.searchForKey, junk), false, what);
      assert.equal(await vscode.commands.executeCommand(INTERNAL_COMMANDS.revealCitation, junk), undefined, what);
    }
  });
});
