import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { COMMANDS } from '../../src/constants';

const extensionId = `${manifest.publisher}.${manifest.name}`;

async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `${extensionId} is not loaded in this extension host`);
  await extension.activate();
  return extension;
}

describe('Paper Lookup in a real VS Code', () => {
  it('activates without errors', async () => {
    const extension = await activatedExtension();
    assert.equal(extension.isActive, true);
  });

  it('registers every command it contributes, paperLookup.search among them', async () => {
    await activatedExtension();
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
