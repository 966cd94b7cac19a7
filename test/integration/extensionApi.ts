import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import type { PaperLookupTestHooks } from '../../src/testHooks';

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** Activates Paper Lookup in this extension host and returns its test hooks. */
export async function extensionApi(): Promise<PaperLookupTestHooks> {
  const extension = vscode.extensions.getExtension<PaperLookupTestHooks | undefined>(extensionId);
  assert.ok(extension, `${extensionId} is not loaded in this extension host`);
  const hooks = await extension.activate();
  assert.ok(hooks, 'activate returned no test hooks: is this an extension test host (ExtensionMode.Test)?');
  return hooks;
}

/** Polls until `condition` holds; UI state such as a quick pick fills in asynchronously. */
export async function eventually<T>(condition: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
