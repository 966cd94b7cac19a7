import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { COMMANDS } from '../../src/constants';
import { extensionApi, extensionId } from './extensionApi';

describe('Paper Lookup in a real VS Code', () => {
  it('activates without errors', async () => {
    await extensionApi();
    assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
  });

  it('registers every command it contributes, paperLookup.search among them', async () => {
    await extensionApi();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has(COMMANDS.search), `${COMMANDS.search} is not registered`);
    const contributed = manifest.contributes.commands.map((command) => command.command);
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });

  it('opens the fixture workspace the tests rely on', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((folder) => folder.name), ['workspace']);
  });
});
