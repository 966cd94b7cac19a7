import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import type { PaperLookupApi } from '../../src/extension';

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** Activates Paper Lookup in this extension host and returns what `activate` returned. */
export async function extensionApi(): Promise<PaperLookupApi> {
  const extension = vscode.extensions.getExtension<PaperLookupApi>(extensionId);
  assert.ok(extension, `${extensionId} is not loaded in this extension host`);
  return extension.activate();
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
