import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, VIEWS } from '../../src/constants';
import { ABSTRACT_VIEW_TYPE } from '../../src/core/protocol';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    views?: Record<string, Array<{ id: string }>>;
    menus?: Record<string, Array<{ command: string; when?: string }>>;
  };
}

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });

describe('package.json manifest', () => {
  it('contributes exactly the commands constants.ts lists, each in the Paper Lookup category', () => {
    const contributed = manifest.contributes.commands.map((command) => command.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Paper Lookup', command.command);
  });

  it('registers a handler for every contributed command somewhere in src/host or src/extension.ts', () => {
    const source = [...sourceFiles(path.join(root, 'src', 'host')), path.join(root, 'src', 'extension.ts')]
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    for (const [name, id] of Object.entries(COMMANDS)) {
      assert.ok(source.includes(`COMMANDS.${name}`), `no code uses COMMANDS.${name} (${id})`);
    }
  });

  it('declares the views constants.ts lists', () => {
    const views = Object.values(manifest.contributes.views ?? {}).flat().map((view) => view.id);
    for (const id of Object.values(VIEWS)) assert.ok(views.includes(id), id);
  });

  it('activates for the abstract view restorer, and never on every startup', () => {
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${ABSTRACT_VIEW_TYPE}`));
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
  });

  it('only menus commands that exist', () => {
    const known = new Set(Object.values(COMMANDS) as string[]);
    for (const [menu, items] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const item of items) assert.ok(known.has(item.command), `${menu} names unknown command ${item.command}`);
    }
  });
});
