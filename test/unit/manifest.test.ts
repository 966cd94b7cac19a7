import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, VIEWS } from '../../src/constants';
import { ABSTRACT_VIEW_TYPE } from '../../src/core/protocol';
import { sourceFiles, uiMessages } from '../../scripts/l10nMessages';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    views?: Record<string, Array<{ id: string }>>;
    menus?: Record<string, Array<{ command: string; when?: string }>>;
    viewsContainers?: Record<string, Array<{ id: string }>>;
    walkthroughs?: Array<{ id: string; steps: WalkthroughStep[] }>;
  };
}

interface WalkthroughStep {
  id: string;
  description: string;
  media: { svg?: string; image?: string; altText?: string };
  completionEvents?: string[];
}

const root = path.join(__dirname, '..', '..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const rawManifest = readJson('package.json');
const nls = readJson('package.nls.json') as Record<string, string>;
const PLACEHOLDER = /^%([^%]+)%$/;
/** The manifest as VS Code shows it in English: every `%key%` replaced by its package.nls.json string. */
const resolveNls = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (match, key: string) => nls[key] ?? match);
  if (Array.isArray(value)) return value.map(resolveNls);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveNls(item)]));
  return value;
};
const manifest = resolveNls(rawManifest) as Manifest;
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

  describe('localisation', () => {
    /** Every string in the manifest, with where it is, e.g. `contributes.commands.0.title`. */
    const strings = (value: unknown, at: string): Array<[string, string]> => {
      if (typeof value === 'string') return [[at, value]];
      if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, at === '' ? key : `${at}.${key}`));
      return [];
    };
    const manifestStrings = strings(rawManifest, '');
    const USER_VISIBLE = /^(displayName|description|contributes\..*\.(title|shortTitle|category|name|contextualTitle|description|markdownDescription|enumDescriptions\.\d+|altText|contents))$/;

    it('takes every user-visible manifest string from package.nls.json', () => {
      const visible = manifestStrings.filter(([at]) => USER_VISIBLE.test(at));
      assert.ok(visible.length > 50, `only ${visible.length} user-visible strings found`);
      for (const [at, value] of visible) assert.match(value, PLACEHOLDER, `${at} is not localised: ${value}`);
    });

    it('resolves every %key% in package.json, and package.nls.json holds no unused key', () => {
      const used = new Set(manifestStrings.flatMap(([, value]) => PLACEHOLDER.exec(value)?.[1] ?? []));
      for (const key of used) assert.equal(typeof nls[key], 'string', `package.nls.json has no ${key}`);
      assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
    });

    it('ships an l10n bundle holding exactly the messages the host passes to vscode.l10n.t and core to its translator (npm run l10n writes it)', () => {
      assert.equal((rawManifest as { l10n?: string }).l10n, './l10n');
      const bundle = readJson('l10n/bundle.l10n.json') as Record<string, unknown>;
      for (const [message, text] of Object.entries(bundle)) assert.equal(text, message, 'the English bundle maps each message to itself');
      const messages = uiMessages();
      assert.ok(messages.length > 60, `only ${messages.length} messages found`);
      assert.deepEqual(Object.keys(bundle).sort(), messages);
    });
  });

  describe('walkthrough', () => {
    const walkthroughs = manifest.contributes.walkthroughs ?? [];
    const steps = walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    const commands = new Set(Object.values(COMMANDS) as string[]);
    const views = new Set(Object.values(manifest.contributes.views ?? {}).flat().map((view) => view.id));
    const containers = Object.values(manifest.contributes.viewsContainers ?? {}).flat().map((container) => container.id);
    const openContainer = new Set(containers.map((id) => `workbench.view.extension.${id}`));

    it('has one walkthrough of at most four steps: search, browse, cite, import', () => {
      assert.equal(walkthroughs.length, 1);
      assert.deepEqual(steps.map((step) => step.id), ['search', 'browse', 'cite', 'import']);
    });

    it('gives every step an action link to a contributed command or the Paper Lookup view container', () => {
      for (const step of steps) {
        const targets = [...step.description.matchAll(/\]\(command:([\w.-]+)\)/g)].map((match) => match[1]);
        assert.ok(targets.length > 0, `${step.id} has no action link`);
        for (const target of targets) assert.ok(target !== undefined && (commands.has(target) || openContainer.has(target)), `${step.id} links to ${target}, which is not contributed`);
      }
    });

    it('shows an existing SVG with alt text in every step, coloured from the theme', () => {
      for (const step of steps) {
        assert.ok(step.media.svg !== undefined && step.media.svg.startsWith('media/walkthrough/'), step.id);
        assert.ok((step.media.altText ?? '').length > 20, `${step.id} needs alt text`);
        const svg = fs.readFileSync(path.join(root, step.media.svg), 'utf8');
        assert.match(svg, /var\(--vscode-foreground/, `${step.media.svg} does not follow the theme`);
        assert.match(svg, /<title[^>]*>[^<]+<\/title>/, `${step.media.svg} has no title`);
      }
    });

    it('completes each step on an event naming a contributed command or view', () => {
      for (const step of steps) {
        const events = step.completionEvents ?? [];
        assert.ok(events.length > 0, `${step.id} never completes`);
        for (const event of events) {
          const [kind, id] = event.split(':');
          assert.ok(id !== undefined && ((kind === 'onCommand' && commands.has(id)) || (kind === 'onView' && views.has(id))), `${step.id}: ${event}`);
        }
      }
    });
  });
});
