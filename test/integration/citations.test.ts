import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import { bibtexEntry } from '../../src/core/citations/bibtexEntry';
import type { Paper } from '../../src/core/dataset/paper';
import { parseKeyFormat } from '../../src/core/citations/parseKeyFormat';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { PaperLookupTestHooks } from '../../src/testHooks';
import { eventually, extensionApi } from './extensionApi';
import { fixtureCopies, workspaceRoot } from './fixtureCopies';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'citations');
const citation = DEFAULT_SETTINGS.citation;

interface Cited {
  readonly paper: Paper;
  readonly key: string;
  readonly entry: string;
}

/** Each test edits its own copy of the fixture documents, in a folder of the workspace that is removed afterwards. */
describe('Citations in a real VS Code', () => {
  let api: PaperLookupTestHooks;
  let subspace: Cited;
  const copy = fixtureCopies(FIXTURES, 'citations-test');

  before(async () => {
    // This suite is about inserting; the diagnostics (tested in bibliography.test.ts) would build the key table
    // while a quick pick is open, and this suite answers quick picks by polling on a timer.
    await vscode.workspace.getConfiguration('paperLookup').update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
    api = await extensionApi();
    subspace = await cited('subspace regularizers few-shot class incremental');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('paperLookup').update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  afterEach(() => {
    fs.rmSync(path.join(workspaceRoot(), 'references.bib'), { force: true });
  });

  async function cited(query: string): Promise<Cited> {
    const [item] = await api.searchItems(query);
    assert.ok(item, `no paper for "${query}"`);
    const key = (await api.citations.table(citation)).keyOf(item.paper);
    return { paper: item.paper, key, entry: bibtexEntry(item.paper, key, citation) };
  }

  const file = (name: string): string => path.join(copy(), name);
  const disk = (name: string): string => fs.readFileSync(file(name), 'utf8');

  /** Opens a copied fixture with the cursor(s) right after each `after` text (first occurrence each). */
  async function open(name: string, ...after: string[]): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(file(name));
    const editor = await vscode.window.showTextDocument(document);
    const text = document.getText();
    editor.selections = after.map((marker) => {
      const at = text.indexOf(marker);
      assert.ok(at >= 0, `"${marker}" not in ${name}`);
      const position = document.positionAt(at + marker.length);
      return new vscode.Selection(position, position);
    });
    return editor;
  }

  async function completions(editor: vscode.TextEditor): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active);
    return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
  }
  const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

  /** The hovers VS Code shows `into` characters into the first `word` of the document. */
  async function hoversAt(editor: vscode.TextEditor, word: string, into: number): Promise<vscode.Hover[]> {
    const at = editor.document.positionAt(editor.document.getText().indexOf(word) + into);
    return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
  }
  const textOf = (hovers: readonly vscode.Hover[]): string => hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');

  const insertCitation = (argument: unknown = subspace.paper.id): Thenable<boolean> => vscode.commands.executeCommand<boolean>(COMMANDS.insertCitation, argument);

  /** Runs a command that shows a quick pick, accepting the pick's first item (or the next one) once it is up. */
  async function answeringQuickPick<T>(run: () => Thenable<T>, selectNext = false): Promise<T> {
    let settled = false;
    const result = Promise.resolve(run()).finally(() => {
      settled = true;
    });
    // Moving to the next item and accepting run as one sequence in the workbench: as two calls from here, a
    // pick opening between them was accepted on its first item (seen under load).
    const answer = selectNext ? ['workbench.action.quickOpenSelectNext', 'workbench.action.acceptSelectedQuickOpenItem'] : ['workbench.action.acceptSelectedQuickOpenItem'];
    // The extension host shows a quick pick before it sends the items: moving down in between moves nothing, and
    // the first item, made active when the items arrive, is accepted (seen in 2 of 7 runs). Give them time.
    if (selectNext) await new Promise((resolve) => setTimeout(resolve, 400));
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (settled) break;
      await vscode.commands.executeCommand('runCommands', { commands: answer });
    }
    return result;
  }

  /** The file's text once saved with something other than `before` (the save follows the edit). */
  const savedAt = (filePath: string, before: string): Promise<string> => {
    const read = (): string => fs.readFileSync(filePath, 'utf8');
    return eventually(() => (read() !== before ? read() : undefined), `${path.basename(filePath)} to be saved`);
  };
  const saved = (name: string, before: string): Promise<string> => savedAt(file(name), before);

  /** The fixture .bib as copied, then exactly the appended entry: nothing before it changed. */
  function assertAppended(bibText: string, original: string, entry: string): void {
    assert.ok(bibText.startsWith(original), 'the existing .bib text must be kept unchanged');
    assert.equal(bibText.slice(original.length).trim(), entry);
  }

  /** How a row answers the quick pick Insert Citation shows: not at all (none may show), or with an item. */
  type Answer = 'none' | 'first' | 'second';
  const run = (answer: Answer, argument?: unknown): Promise<boolean> =>
    answer === 'none' ? Promise.resolve(insertCitation(argument)) : answeringQuickPick(() => insertCitation(argument), answer === 'second');

  /** A paper to cite: its id, the key it must get and the entry the .bib must gain. */
  interface Citable {
    readonly id: string;
    readonly key: string;
    readonly entry: string;
  }
  const subspaceCitable = (): Citable => ({ id: subspace.paper.id, key: subspace.key, entry: subspace.entry });

  /**
   * One citation inserted at the cursor: the fixture document (its extension gives the language), the text the
   * cursor follows, the text the document must then contain, and the .bib that must gain exactly the entry.
   */
  interface InsertCase {
    readonly name: string;
    readonly document: string;
    readonly after: string;
    readonly answer: Answer;
    readonly inserted: (key: string) => string;
    /** Relative to the test's copy of the fixtures; `rootBib` is in the workspace folder itself. */
    readonly bib?: string;
    readonly rootBib?: string;
    readonly cites?: () => Citable;
    /** Written before the document opens: into the copy, and into the workspace folder. */
    readonly files?: Readonly<Record<string, string>>;
    readonly rootFiles?: Readonly<Record<string, string>>;
    /** Files (in the copy) that must keep the text `files` gave them, and files that must not appear. */
    readonly untouched?: readonly string[];
    readonly absent?: readonly string[];
  }

  async function assertInserts(row: InsertCase): Promise<void> {
    for (const [name, text] of Object.entries(row.files ?? {})) fs.writeFileSync(file(name), text);
    for (const [name, text] of Object.entries(row.rootFiles ?? {})) fs.writeFileSync(path.join(workspaceRoot(), name), text);
    const cites = (row.cites ?? subspaceCitable)();
    const bibPath = row.rootBib === undefined ? (row.bib === undefined ? undefined : file(row.bib)) : path.join(workspaceRoot(), row.rootBib);
    const original = bibPath === undefined ? '' : fs.readFileSync(bibPath, 'utf8');
    const editor = await open(row.document, row.after);
    assert.equal(await run(row.answer, cites.id), true);
    assert.ok(editor.document.getText().includes(row.inserted(cites.key)), editor.document.getText());
    if (bibPath !== undefined) assertAppended(await savedAt(bibPath, original), original, cites.entry);
    for (const name of row.untouched ?? []) assert.equal(disk(name), row.files?.[name]);
    for (const name of row.absent ?? []) assert.equal(fs.existsSync(file(name)), false, `${name} must not be created`);
  }

  describe('Insert Citation', () => {
    describe('in LaTeX: the citation command of the package the document loads, the entry in its bibliography', () => {
      const cases: readonly InsertCase[] = [
        { name: 'uses \\citep with natbib and appends the entry to \\bibliography{refs}, saving the .bib', document: 'natbib.tex', after: 'prior work', answer: 'first', inserted: (key) => `prior work\\citep{${key}}.`, bib: 'refs.bib' },
        { name: 'offers \\citet as the textual choice with natbib', document: 'natbib.tex', after: 'prior work', answer: 'second', inserted: (key) => `prior work\\citet{${key}}.` },
        { name: 'uses \\autocite with biblatex and the \\addbibresource file', document: 'biblatex.tex', after: 'prior work', answer: 'first', inserted: (key) => `prior work\\autocite{${key}}.`, bib: 'refs.bib' },
        { name: 'uses \\cite without a citation package, asking nothing', document: 'plain.tex', after: 'prior work', answer: 'none', inserted: (key) => `prior work\\cite{${key}}.`, bib: 'refs.bib' },
        {
          name: 'cites the ESD paper as \\cite{yoon2023esd} and appends exactly OpenReview\'s entry',
          document: 'plain.tex',
          after: 'prior work',
          answer: 'none',
          inserted: (key) => `prior work\\cite{${key}}.`,
          bib: 'refs.bib',
          // OpenReview's entry as issue 10 quotes it, field for field.
          cites: () => ({ id: 'bHW9njOSON', key: 'yoon2023esd', entry: fs.readFileSync(path.join(FIXTURES, '..', '..', 'citations', 'esd.bib'), 'utf8').trimEnd() }),
        },
        {
          name: 'follows % !TEX root to the main file for the package and the bibliography beside it',
          document: 'chapters/intro.tex',
          after: 'prior work',
          answer: 'first',
          inserted: (key) => `prior work\\citep{${key}}.`,
          bib: 'refs.bib',
          absent: ['chapters/refs.bib'],
        },
      ];
      for (const row of cases) {
        it(row.name, async function () {
          // Still a race with the workbench (see answeringQuickPick): a wrong answer there is retried, a wrong choice offered fails every time.
          if (row.answer === 'second') this.retries(2);
          await assertInserts(row);
        });
      }
    });

    describe('in Markdown: a pandoc citation, the entry in the bibliography the front matter names', () => {
      const cases: readonly InsertCase[] = [
        { name: 'writes [@key] and appends to the front matter bibliography', document: 'front-matter.md', after: 'prior work', answer: 'none', inserted: (key) => `prior work[@${key}].`, bib: 'refs.bib' },
        {
          name: 'appends to the .bib among a front matter list that also names a CSL YAML file',
          document: 'mixed.md',
          after: 'prior work',
          answer: 'none',
          inserted: (key) => `prior work[@${key}].`,
          bib: 'refs.bib',
          files: { 'refs.yaml': '- id: doe2020\n  title: A CSL Entry\n', 'mixed.md': '---\nbibliography: [refs.yaml, refs.bib]\n---\nAs shown by prior work.\n' },
          untouched: ['refs.yaml'],
        },
        {
          name: 'uses references.bib in the workspace folder when nothing names a bibliography',
          document: 'no-front-matter.md',
          after: 'prior work',
          answer: 'none',
          inserted: (key) => `prior work[@${key}].`,
          rootFiles: { 'references.bib': '' },
          rootBib: 'references.bib',
        },
      ];
      for (const row of cases) it(row.name, () => assertInserts(row));
    });

    describe('into the citation the cursor is in: the key joins it, without asking or nesting', () => {
      const cases = [
        { name: 'adds the key to the \\citep{…} the cursor is in, without asking or nesting', document: 'natbib.tex', after: 'other2021', inserted: (key: string) => `\\citep{existingKey2020, other2021, ${key}}` },
        { name: 'adds ; @key inside an existing [@a; @b]', document: 'front-matter.md', after: '@existingKey2020', inserted: (key: string) => `[@existingKey2020; @${key}; @other2021]` },
      ];
      for (const row of cases) {
        it(row.name, async () => {
          const editor = await open(row.document, row.after);
          assert.equal(await insertCitation(), true);
          assert.ok(editor.document.getText().includes(row.inserted(subspace.key)));
          assert.deepEqual(
            editor.selections.map((selection) => editor.document.offsetAt(selection.active)),
            [editor.document.getText().indexOf(subspace.key) + subspace.key.length],
            'the cursor ends after the added key',
          );
        });
      }
    });

    describe('at several cursors', () => {
      it('cites at every cursor and appends the entry once', async () => {
        const original = disk('refs.bib');
        const editor = await open('plain.tex', 'forget', 'prior work');
        assert.equal(await insertCitation(), true);
        const text = editor.document.getText();
        assert.ok(text.includes(`forget\\cite{${subspace.key}} old classes as shown by prior work\\cite{${subspace.key}}.`));
        assert.equal((await saved('refs.bib', original)).split(`{${subspace.key},`).length - 1, 1);
      });
    });

    describe('refuses, changing nothing, where it cannot write a BibTeX entry', () => {
      /** Files written into the copy (the document among them), and those of them that must stay as written. */
      interface RefusalCase {
        readonly name: string;
        readonly files: Readonly<Record<string, string>>;
        readonly document: string;
        readonly after: string;
        readonly untouched: readonly string[];
      }
      const cases: readonly RefusalCase[] = [
        {
          name: 'never writes BibTeX into a CSL JSON bibliography: nothing changes',
          files: { 'refs.json': '[{"id": "doe2020", "type": "article-journal", "title": "A CSL Entry"}]\n', 'csl.md': '---\nbibliography: refs.json\n---\nAs shown by prior work.\n' },
          document: 'csl.md',
          after: 'prior work',
          untouched: ['refs.json'],
        },
        { name: 'inserts nothing into other file types', files: { 'notes.txt': 'plain text\n' }, document: 'notes.txt', after: 'plain', untouched: [] },
      ];
      for (const row of cases) {
        it(row.name, async () => {
          for (const [name, text] of Object.entries(row.files)) fs.writeFileSync(file(name), text);
          const editor = await open(row.document, row.after);
          assert.equal(await insertCitation(), false);
          assert.equal(editor.document.getText(), row.files[row.document]);
          assert.equal(editor.document.isDirty, false, 'the citation is not inserted without an entry anywhere');
          // A write would come after the command returned: give it the time it would take.
          await new Promise((resolve) => setTimeout(resolve, 500));
          for (const name of row.untouched) assert.equal(disk(name), row.files[name]);
        });
      }

      it('refuses a .bib on a read-only file system before changing anything', async () => {
        const scheme = 'paperlookup-readonly';
        const files = new Map([
          ['/paper.tex', disk('plain.tex')],
          ['/refs.bib', disk('refs.bib')],
        ]);
        const registration = vscode.workspace.registerFileSystemProvider(scheme, readOnlyFileSystem(files), { isReadonly: true });
        try {
          const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/paper.tex' }));
          const editor = await vscode.window.showTextDocument(document);
          const at = document.positionAt(document.getText().indexOf('prior work') + 'prior work'.length);
          editor.selection = new vscode.Selection(at, at);
          assert.equal(await insertCitation(), false);
          assert.equal(document.getText(), files.get('/paper.tex'));
          assert.equal(document.isDirty, false);
        } finally {
          registration.dispose();
        }
      });
    });

    describe('from the abstract view', () => {
      it('cites into the text editor beside the abstract view when the view is the active tab', async () => {
        const editor = await open('plain.tex', 'prior work');
        await api.abstractPanel.showFromQuery(subspace.paper.id, '');
        await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
        assert.ok(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview, 'the abstract view is the active tab');
        assert.equal(await insertCitation(), true);
        assert.ok(editor.document.getText().includes(`prior work\\cite{${subspace.key}}.`));
      });
    });
  });

  describe('one undo reverts the citation and the .bib', () => {
    it('creates a missing .bib the document names, and one undo removes citation and entry', async () => {
      const editor = await open('missing-bib.tex', 'prior work');
      const before = editor.document.getText();
      assert.equal(await insertCitation(), true);
      assert.equal(disk('bib/new-refs.bib').trim(), subspace.entry);
      assert.equal(fs.existsSync(file('references.bib')), false);

      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
      assert.equal(fs.existsSync(file('bib/new-refs.bib')), false, 'the undo also removes the created .bib');
    });

    it('reverts the citation and the entry appended to an existing .bib with one undo', async () => {
      const original = disk('refs.bib');
      const editor = await open('plain.tex', 'prior work');
      const before = editor.document.getText();
      assert.equal(await insertCitation(), true);
      const bib = await vscode.workspace.openTextDocument(file('refs.bib'));
      assert.notEqual(bib.getText(), original);
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
      assert.equal(bib.getText(), original);
    });
  });

  describe('the .bib: each paper once, under the key it already has, never written behind an editor', () => {
    it('never appends the same paper twice', async () => {
      const original = disk('refs.bib');
      const editor = await open('plain.tex', 'prior work');
      assert.equal(await insertCitation(), true);
      const once = await saved('refs.bib', original);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      assert.equal(await insertCitation(), true);
      assert.equal(disk('refs.bib'), once);
      assert.equal(editor.document.getText().split(`\\cite{${subspace.key}}`).length - 1, 2);
    });

    it('cites the key the .bib already uses for the same title', async () => {
      const own = '@inproceedings{myOwnKey,\n  title = {Subspace Regularizers for Few-Shot Class Incremental Learning},\n  year = {2022}\n}\n';
      fs.appendFileSync(file('refs.bib'), own);
      const original = disk('refs.bib');
      const editor = await open('plain.tex', 'prior work');
      assert.equal(await insertCitation(), true);
      assert.ok(editor.document.getText().includes('prior work\\cite{myOwnKey}.'));
      assert.equal(disk('refs.bib'), original);
    });

    it('keeps unsaved edits of an open .bib and leaves it unsaved', async () => {
      const original = disk('refs.bib');
      const bib = await vscode.workspace.openTextDocument(file('refs.bib'));
      const bibEditor = await vscode.window.showTextDocument(bib);
      await bibEditor.edit((builder) => builder.insert(new vscode.Position(0, 0), '% unsaved note\n'));
      const editor = await open('plain.tex', 'prior work');
      assert.equal(await insertCitation(), true);
      assert.ok(editor.document.getText().includes(`\\cite{${subspace.key}}`));
      assertAppended(bib.getText(), `% unsaved note\n${original}`, subspace.entry);
      assert.equal(bib.isDirty, true);
      assert.equal(disk('refs.bib'), original, 'the file on disk is not written behind the editor');
    });

    describe('a .bib another program changed on disk while it was open', () => {
      const external = '\n@misc{addedElsewhere,\n  title = {Written by a Reference Manager},\n  year = {2024}\n}\n';

      it('appends after the other program’s entry once VS Code has reloaded the file', async () => {
        const bib = await vscode.workspace.openTextDocument(file('refs.bib'));
        await vscode.window.showTextDocument(bib);
        const changed = disk('refs.bib') + external;
        fs.writeFileSync(file('refs.bib'), changed);
        await eventually(() => (bib.getText() === changed ? true : undefined), 'the open .bib to reload from disk');
        await open('plain.tex', 'prior work');
        assert.equal(await insertCitation(), true);
        assertAppended(await saved('refs.bib', changed), changed, subspace.entry);
      });

      it('never writes over the other program’s entry when citing before VS Code noticed the change', async () => {
        const bib = await vscode.workspace.openTextDocument(file('refs.bib'));
        await vscode.window.showTextDocument(bib);
        const editor = await open('plain.tex', 'prior work');
        const before = editor.document.getText();
        fs.appendFileSync(file('refs.bib'), external);
        const inserted = await insertCitation();
        // Three outcomes are right, depending on when VS Code notices the change: the document had reloaded
        // (the entry follows the other one on disk); its save was refused as older than the file (the entry
        // waits, unsaved, in the editor); or it reloaded between planning and applying, and the edit was
        // refused whole (nothing changed, the user told). Whichever, the other entry stays on disk.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        assert.ok(disk('refs.bib').includes('@misc{addedElsewhere,'), 'the other program’s entry was overwritten');
        if (inserted) assert.ok(disk('refs.bib').includes(`{${subspace.key},`) || bib.getText().includes(`{${subspace.key},`), 'the new entry is nowhere');
        else assert.equal(editor.document.getText(), before, 'a refused edit left a citation behind');
      });
    });

    it('appends to a .bib that does not parse, changing nothing else', async () => {
      const broken = `${disk('refs.bib')}\n@article{broken,\n  title = {Never closed\n`;
      fs.writeFileSync(file('refs.bib'), broken);
      const editor = await open('plain.tex', 'prior work');
      assert.equal(await insertCitation(), true);
      assert.ok(editor.document.getText().includes(`\\cite{${subspace.key}}`));
      assertAppended(await saved('refs.bib', broken), broken, subspace.entry);
    });
  });

  describe('completion inside a citation', () => {
    it('completes a \\cite{ from title words, and accepting adds the BibTeX entry', async () => {
      const original = disk('refs.bib');
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, '\\cite{subspace', '}');
      const items = await completions(editor);
      const item = items.find((candidate) => labelOf(candidate) === subspace.key);
      assert.ok(item, `no ${subspace.key} among ${items.map(labelOf).join(', ')}`);
      assert.equal(item.detail, subspace.paper.title);
      assert.equal(item.insertText, subspace.key);
      assert.ok(item.filterText?.includes(subspace.key) && item.filterText.includes('Subspace Regularizers'));
      const documentation = item.documentation as vscode.MarkdownString;
      assert.match(documentation.value, /ICLR 2022/);
      assert.equal(documentation.isTrusted, undefined);

      // What VS Code does on accept: replace the typed word with the key, then run the item's command.
      const range = item.range as vscode.Range;
      await editor.edit((builder) => builder.replace(range, subspace.key));
      assert.ok(item.command);
      assert.equal(await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[])), true);
      assert.ok(editor.document.getText().includes(`prior work\\cite{${subspace.key}}.`));
      assertAppended(await saved('refs.bib', original), original, subspace.entry);
    });

    it('searches every word typed inside \\cite{ and replaces them all with the key', async () => {
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, '\\cite{regularizers few-shot incremental', '}');
      const item = (await completions(editor)).find((candidate) => labelOf(candidate) === subspace.key);
      assert.ok(item, `${subspace.key} is not offered for three words`);
      assert.equal(editor.document.getText(item.range as vscode.Range), 'regularizers few-shot incremental');
    });

    it('completes a paper the .bib already has under a hand-written key with that key, appending nothing', async () => {
      fs.appendFileSync(file('refs.bib'), HAND_WRITTEN);
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, '\\cite{subspace', '}');
      const items = await completions(editor);
      const item = items.find((candidate) => labelOf(candidate) === 'handWritten');
      assert.ok(item, `no handWritten among ${items.map(labelOf).join(', ')}`);
      assert.equal(item.insertText, 'handWritten');
      assert.equal(item.command, undefined);
      assert.equal(editor.document.getText(item.range as vscode.Range), 'subspace');
    });

    it('completes after [@ in Markdown, and offers nothing outside a citation', async () => {
      const editor = await open('no-front-matter.md', 'prior work');
      await typeAtCursor(editor, ' [@subspace', ']');
      assert.ok((await completions(editor)).some((item) => labelOf(item) === subspace.key));
      editor.selection = new vscode.Selection(2, 3, 2, 3);
      assert.deepEqual((await completions(editor)).map(labelOf), []);
    });
  });

  describe('hover over a cited key', () => {
    it('hovers a key of a dataset paper with its title, venue, decision and an Open Abstract link', async () => {
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, `\\cite{${subspace.key}}`);
      const text = textOf(await hoversAt(editor, subspace.key, 3));
      assert.match(text, /Subspace Regularizers for Few\\-Shot Class Incremental Learning/);
      assert.match(text, /ICLR 2022/);
      assert.match(text, /Accept \\\(Poster\\\)/);
      assert.ok(text.includes(`command:${COMMANDS.openAbstract}?${encodeURIComponent(JSON.stringify([subspace.paper.id]))}`));
    });

    it('shows no dataset paper on hover when the .bib uses that key for another work', async () => {
      fs.appendFileSync(file('refs.bib'), `@misc{${subspace.key},\n  title = {A Different Work Entirely},\n  year = 2022\n}\n`);
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, `\\cite{${subspace.key}}`);
      assert.doesNotMatch(textOf(await hoversAt(editor, subspace.key, 3)), /Subspace Regularizers/);
    });

    it('hovers a hand-written key whose .bib entry has a dataset paper’s title', async () => {
      fs.appendFileSync(file('refs.bib'), HAND_WRITTEN);
      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, '\\cite{handWritten, other2021}');
      assert.match(textOf(await hoversAt(editor, 'handWritten', 2)), /Subspace Regularizers/);
      const none = await hoversAt(editor, 'other2021', 2);
      assert.equal(none.length, 0, 'keys of papers outside the dataset get no hover');
    });
  });

  describe('keys that would differ only in case', () => {
    // With this format two 2020 titles make multiAgentReinforcement2020 and multiagentReinforcement2020, one key to BibTeX.
    const template = '{title1}{title2}{year}';
    const settings = () => vscode.workspace.getConfiguration('paperLookup');
    before(() => settings().update('citation.keyFormat', template, vscode.ConfigurationTarget.Global));
    after(() => settings().update('citation.keyFormat', undefined, vscode.ConfigurationTarget.Global));

    it('gives each paper a key of its own ignoring case, and completion and hover show each its own paper', async () => {
      const networked = (await api.searchItems('multi-agent reinforcement learning networked system control'))[0]?.paper;
      const games = (await api.searchItems('multiagent reinforcement learning games iterated'))[0]?.paper;
      assert.match(networked?.title ?? '', /^Multi-agent Reinforcement Learning for Networked System Control/);
      assert.match(games?.title ?? '', /^Multiagent Reinforcement Learning in Games/);
      const format = parseKeyFormat(template);
      assert.ok(format.ok);
      const table = await api.citations.table({ keyFormat: format.format, keyTemplate: template });
      const keys = [table.keyOf(networked!), table.keyOf(games!)] as const;
      assert.ok(keys.every((key) => key.toLowerCase().startsWith('multiagentreinforcement2020')), keys.join(', '));
      assert.notEqual(keys[0].toLowerCase(), keys[1].toLowerCase());

      const editor = await open('plain.tex', 'prior work');
      await typeAtCursor(editor, '\\cite{multiagentreinforcement2020', '}');
      const offered = await eventually(async () => {
        const items = await completions(editor);
        return keys.every((key) => items.some((item) => labelOf(item) === key)) && items;
      }, `completion to offer ${keys.join(' and ')} under the new key format`);
      for (const [key, paper] of [[keys[0], networked!], [keys[1], games!]] as const) {
        assert.equal(offered.find((item) => labelOf(item) === key)?.detail, paper.title);
      }

      await editor.edit((builder) => builder.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length)), `\\cite{${keys[0]}, ${keys[1]}}\n`));
      assert.match(textOf(await hoversAt(editor, keys[0], 3)), /Networked System Control/);
      const second = textOf(await hoversAt(editor, keys[1], 3));
      assert.match(second, /Games with an Iterated/);
      assert.doesNotMatch(second, /Networked System Control/);
    });
  });

  describe('the BibTeX entry', () => {
    it('gives a paper of the bundled corpus its authors and OpenReview link', () => {
      // The bundled corpus has the paper's authors and OpenReview id, so the entry is complete.
      assert.match(subspace.entry, /^ {2}author = \{\S.*\},$/m);
      assert.match(subspace.entry, /^ {2}url = \{https:\/\/openreview\.net\/forum\?id=[\w-]+\}/m);
      assert.doesNotMatch(subspace.entry, /Paper Lookup:/);
      assert.match(subspace.entry, /@inproceedings\{/);
    });

    it('Copy BibTeX puts the entry on the clipboard and returns it', async () => {
      await vscode.env.clipboard.writeText('');
      const entry = await vscode.commands.executeCommand<string>(COMMANDS.copyBibtex, subspace.paper.id);
      assert.equal(entry, subspace.entry);
      assert.equal(await vscode.env.clipboard.readText(), `${subspace.entry}\n`);
    });
  });
});

/** A .bib entry under a hand-written key with a dataset paper's title (in other capitals). */
const HAND_WRITTEN = '@misc{handWritten,\n  title = {Subspace regularizers for few-shot class incremental learning},\n  year = 2022\n}\n';

/** Types `before` + `after` at the cursor and leaves the cursor between them. */
async function typeAtCursor(editor: vscode.TextEditor, before: string, after = ''): Promise<void> {
  const start = editor.document.offsetAt(editor.selection.active);
  await editor.edit((builder) => builder.insert(editor.selection.active, before + after));
  const cursor = editor.document.positionAt(start + before.length);
  editor.selection = new vscode.Selection(cursor, cursor);
}

/** A file system that only reads, like a read-only virtual workspace. */
function readOnlyFileSystem(files: ReadonlyMap<string, string>): vscode.FileSystemProvider {
  const text = (uri: vscode.Uri): string => {
    const content = files.get(uri.path);
    if (content === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return content;
  };
  const refuse = (): never => {
    throw vscode.FileSystemError.NoPermissions('read-only');
  };
  return {
    onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
    watch: () => new vscode.Disposable(() => undefined),
    stat: (uri) => (uri.path === '/' ? { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 } : { type: vscode.FileType.File, ctime: 0, mtime: 0, size: text(uri).length }),
    readDirectory: () => [...files.keys()].map((name) => [name.slice(1), vscode.FileType.File] as [string, vscode.FileType]),
    readFile: (uri) => new TextEncoder().encode(text(uri)),
    createDirectory: refuse,
    writeFile: refuse,
    delete: refuse,
    rename: refuse,
  };
}
