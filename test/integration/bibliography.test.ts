import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS } from '../../src/constants';
import type { CitedPaperNode } from '../../src/core/bibliography/citedPapers';
import { bibtexEntry } from '../../src/core/citations/bibtexEntry';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { PaperLookupTestHooks } from '../../src/testHooks';
import { eventually, extensionApi } from './extensionApi';
import { fixtureCopies, workspaceRoot } from './fixtureCopies';

// Outside the fixture workspace, so renames and reference searches see only the copy each test makes.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'bibliography');

/** Each test works on its own copy of the bibliography fixtures, in a folder of the workspace removed afterwards. */
describe('The bibliography assistant in a real VS Code', () => {
  let api: PaperLookupTestHooks;
  const folder = fixtureCopies(FIXTURES, 'bibliography-test');
  const file = (name: string): string => path.join(folder(), name);
  const uri = (name: string): vscode.Uri => vscode.Uri.file(file(name));

  before(async () => {
    api = await extensionApi();
  });

  async function open(name: string): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(name)));
  }

  /** The document's citation diagnostics once checked, and those of its .bib. */
  async function diagnosed(editor: vscode.TextEditor): Promise<{ document: vscode.Diagnostic[]; bib: vscode.Diagnostic[] }> {
    await api.diagnostics.refresh(editor.document);
    const ours = (target: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(target).filter((diagnostic) => diagnostic.source === 'Paper Lookup');
    return { document: ours(editor.document.uri), bib: ours(uri('refs.bib')) };
  }

  const positionOf = (document: vscode.TextDocument, needle: string, shift = 0): vscode.Position => {
    const at = document.getText().indexOf(needle);
    assert.ok(at >= 0, `${needle} not in ${document.uri.fsPath}`);
    return document.positionAt(at + shift);
  };
  const rangeOf = (document: vscode.TextDocument, needle: string): vscode.Range => new vscode.Range(positionOf(document, needle), positionOf(document, needle, needle.length));

  async function quickFixes(target: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', target, range, vscode.CodeActionKind.QuickFix.value);
  }

  async function run(action: vscode.CodeAction): Promise<void> {
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
  }

  describe('diagnostics', () => {
    it('marks undefined keys as errors at the key, and the .bib’s venue and duplicate findings on their entries', async () => {
      const editor = await open('natbib.tex');
      const { document, bib } = await diagnosed(editor);
      const undefinedKeys = document.filter((diagnostic) => diagnostic.code === 'undefined-key');
      assert.deepEqual(undefinedKeys.map((diagnostic) => editor.document.getText(diagnostic.range)), ['subspaceRegularizers2022', 'noSuchPaper1999']);
      assert.ok(undefinedKeys.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error));
      const bibDocument = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const byCode = (code: string): string[] => bib.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => bibDocument.getText(diagnostic.range));
      assert.deepEqual(byCode('rejected-as-published'), ['peng2021awr']);
      assert.deepEqual(byCode('preprint-of-accepted'), ['wang2018glue', 'rhinehart2019imitative']);
      assert.deepEqual(byCode('same-work'), ['wang2018glue', 'doe2020b']);
      const same = bib.find((diagnostic) => diagnostic.code === 'same-work');
      assert.equal(bibDocument.getText(same?.relatedInformation?.[0]?.location.range), 'glue2019');
    });

    it('updates as you type: a key typed into a citation is flagged, and fixing it clears the error', async () => {
      const editor = await open('clean.tex');
      assert.equal((await diagnosed(editor)).document.length, 0);
      await editor.edit((builder) => builder.insert(positionOf(editor.document, 'glue2019', 'glue2019'.length), ', typo2020'));
      await eventually(() => vscode.languages.getDiagnostics(editor.document.uri).some((diagnostic) => diagnostic.code === 'undefined-key'), 'the typed key to be flagged');
      await editor.edit((builder) => builder.delete(rangeOf(editor.document, ', typo2020')));
      await eventually(() => !vscode.languages.getDiagnostics(editor.document.uri).some((diagnostic) => diagnostic.code === 'undefined-key'), 'the error to clear');
    });

    it('checks Pandoc Markdown too', async () => {
      const editor = await open('notes.md');
      const { document } = await diagnosed(editor);
      assert.deepEqual(document.map((diagnostic) => editor.document.getText(diagnostic.range)), ['missingMarkdown']);
    });
  });

  describe('quick fixes', () => {
    it('adds the dataset entry for an undefined key under that key, and one undo removes it', async () => {
      const editor = await open('natbib.tex');
      const range = rangeOf(editor.document, 'subspaceRegularizers2022');
      await diagnosed(editor);
      // Both fixes once the check that matched the key to a dataset paper has run (a later check may be under way).
      const [add, search] = await eventually(async () => {
        const fixes = await quickFixes(editor.document.uri, range);
        return fixes.length === 2 ? fixes : undefined;
      }, 'both quick fixes of the undefined key');
      assert.ok(add);
      assert.ok(search);
      assert.match(add.title, /^Add the entry for "Subspace Regularizers for Few-Shot Class Incremental Learning" \(ICLR 2022\) as subspaceRegularizers2022$/);
      assert.equal(search.title, 'Search Papers for subspaceRegularizers2022…');
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const before = bib.getText();
      await run(add);
      const [hit] = await api.searchItems('subspace regularizers few-shot class incremental');
      assert.ok(hit);
      const entry = bibtexEntry(hit.paper, 'subspaceRegularizers2022', DEFAULT_SETTINGS.citation);
      assert.equal(bib.getText().slice(before.length).trim(), entry);
      assert.equal(editor.document.getText().includes('\\citep{subspaceRegularizers2022}'), true, 'the citation is kept as written');
      await eventually(async () => !(await diagnosed(editor)).document.some((diagnostic) => editor.document.getText(diagnostic.range) === 'subspaceRegularizers2022'), 'the error to clear');
      await vscode.window.showTextDocument(bib);
      await vscode.commands.executeCommand('undo');
      assert.equal(bib.getText(), before);
    });

    it('keeps one of two entries of a paper: deletes the other and rewrites its citations, undone in one step', async () => {
      const editor = await open('natbib.tex');
      await diagnosed(editor);
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const before = { bib: bib.getText(), tex: editor.document.getText() };
      const fixes = await quickFixes(bib.uri, rangeOf(bib, 'doe2020b'));
      const keep = fixes.find((action) => action.title === 'Keep doe2020a: delete doe2020b and cite doe2020a instead');
      assert.ok(keep, fixes.map((action) => action.title).join(' | '));
      await run(keep);
      assert.ok(!bib.getText().includes('@article{doe2020b'));
      assert.ok(bib.getText().includes('@article{doe2020a'));
      assert.ok(editor.document.getText().includes('\\citep{doe2020a, doe2020a}'));
      await vscode.window.showTextDocument(bib);
      await vscode.commands.executeCommand('undo');
      assert.equal(bib.getText(), before.bib);
      assert.equal(editor.document.getText(), before.tex);
    });

    it('replaces an arXiv preprint of an accepted paper with its ICLR entry under the same key', async () => {
      const editor = await open('natbib.tex');
      await diagnosed(editor);
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const before = bib.getText();
      const [use] = await quickFixes(bib.uri, rangeOf(bib, 'rhinehart2019imitative'));
      assert.ok(use);
      assert.equal(use.title, 'Use the ICLR 2020 entry');
      await run(use);
      // The title was submitted in 2019 (rejected) and 2020 (accepted): the entry is the accepted one's.
      const hit = (await api.searchItems('deep imitative models flexible inference planning control')).find((item) => item.paper.year === 2020);
      assert.ok(hit);
      assert.ok(bib.getText().includes(bibtexEntry(hit.paper, 'rhinehart2019imitative', DEFAULT_SETTINGS.citation)));
      assert.ok(!bib.getText().includes('arXiv preprint arXiv:1810.06544'));
      await vscode.window.showTextDocument(bib);
      await vscode.commands.executeCommand('undo');
      assert.equal(bib.getText(), before);
    });

    it('offers an honest entry for a rejected paper typed as published', async () => {
      const editor = await open('natbib.tex');
      await diagnosed(editor);
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const [honest] = await quickFixes(bib.uri, rangeOf(bib, 'peng2021awr'));
      assert.ok(honest);
      assert.equal(honest.title, 'Use an entry that says the paper was submitted to ICLR 2021, rejected');
      await run(honest);
      assert.match(bib.getText(), /@misc\{peng2021awr,[\s\S]*howpublished = \{Submitted to ICLR 2021, rejected\}/);
    });
  });

  describe('navigation', () => {
    it('goes from a cited key to its .bib entry', async () => {
      const editor = await open('natbib.tex');
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, positionOf(editor.document, 'peng2021awr', 2));
      const [location] = locations;
      assert.ok(location);
      assert.equal(locations.length, 1);
      assert.equal(location.uri.fsPath, file('refs.bib'));
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      assert.equal(bib.getText(location.range), 'peng2021awr');
    });

    it('finds every citation of a key across the workspace’s .tex and .md files, from a citation or from the .bib', async () => {
      const editor = await open('natbib.tex');
      const fromCitation = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'glue2019', 1));
      const inFolder = (locations: vscode.Location[]): string[] =>
        locations.filter((location) => location.uri.fsPath.startsWith(folder())).map((location) => path.relative(folder(), location.uri.fsPath)).sort();
      assert.deepEqual(inFolder(fromCitation), ['biblatex.tex', 'clean.tex', 'natbib.tex', 'notes.md', 'project/chapters/intro.tex', 'refs.bib']);
      const bib = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri('refs.bib')));
      const fromBib = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', bib.document.uri, positionOf(bib.document, 'glue2019', 1));
      assert.deepEqual(inFolder(fromBib), inFolder(fromCitation));
    });

    it('renames a key in the .bib and in every citation across files with one edit, undone in one step', async () => {
      const editor = await open('clean.tex');
      const notes = await vscode.workspace.openTextDocument(file('notes.md'));
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const before = [editor.document.getText(), notes.getText(), bib.getText()];
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'glue2019', 1), 'wang2019glue');
      const edited = edit.entries().map(([target, edits]) => `${path.relative(workspaceRoot(), target.fsPath)}: ${edits.length}`).join(', ');
      assert.ok(await vscode.workspace.applyEdit(edit), `the rename edit did not apply: ${edited}`);
      assert.ok(editor.document.getText().includes('\\citep{wang2019glue}'), `${edited}\n${editor.document.getText()}`);
      assert.ok((await vscode.workspace.openTextDocument(file('notes.md'))).getText().includes('[@wang2019glue; @missingMarkdown'));
      assert.ok(bib.getText().includes('@inproceedings{wang2019glue,'));
      assert.ok(!bib.getText().includes('{glue2019,'));
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.deepEqual([editor.document.getText(), notes.getText(), bib.getText()], before);
    });

    it('refuses a new key that another entry has', async () => {
      const editor = await open('clean.tex');
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'glue2019', 1), 'peng2021awr')),
        /already has an entry peng2021awr/,
      );
    });
  });

  describe('Suggest Citations for Selection', () => {
    it('cites the chosen related papers together at the end of the selection and appends their entries once', async () => {
      // No cite package: \cite, without asking between \citep and \citet.
      const passage = 'Few-shot class incremental learning with subspace regularizers, evaluated on the GLUE multi-task benchmark for natural language understanding';
      fs.writeFileSync(file('plain.tex'), `\\documentclass{article}\n\\begin{document}\n${passage}.\n\\bibliography{refs}\n\\end{document}\n`);
      const editor = await open('plain.tex');
      editor.selection = new vscode.Selection(new vscode.Position(2, 0), new vscode.Position(2, passage.length));
      const [subspace] = await api.searchItems('subspace regularizers few-shot class incremental');
      assert.ok(subspace);
      const [glue] = await api.searchItems('glue multi-task benchmark analysis platform');
      assert.ok(glue);
      const table = await api.citations.table(DEFAULT_SETTINGS.citation);
      const bib = await vscode.workspace.openTextDocument(uri('refs.bib'));
      const before = bib.getText();
      // The picker is skipped by naming the papers; GLUE is already in refs.bib as glue2019.
      assert.equal(await vscode.commands.executeCommand(COMMANDS.suggestCitations, [subspace.paper.id, glue.paper.id]), true);
      assert.ok(editor.document.getText().includes(`${passage}\\cite{${table.keyOf(subspace.paper)}, glue2019}.`), editor.document.getText());
      const added = bib.getText().slice(before.length);
      assert.equal((added.match(/^@/gm) ?? []).length, 1);
      assert.ok(added.includes(`{${table.keyOf(subspace.paper)},`));
    });
  });

  describe('the Cited Papers view', () => {
    it('lists the active document’s keys in citation order with their decision, marks undefined ones, and shows a citation on click', async () => {
      const editor = await open('natbib.tex');
      const nodes = await vscode.commands.executeCommand<readonly CitedPaperNode[]>(COMMANDS.refreshCitedPapers);
      assert.deepEqual(
        nodes.map((node) => node.key),
        ['glue2019', 'wang2018glue', 'peng2021awr', 'rhinehart2019imitative', 'doe2020a', 'doe2020b', 'chapter2021', 'subspaceRegularizers2022', 'noSuchPaper1999'],
        'a commented-out citation is not listed',
      );
      const byKey = new Map(nodes.map((node) => [node.key, node]));
      assert.deepEqual(nodes.filter((node) => node.unresolved).map((node) => node.key), ['subspaceRegularizers2022', 'noSuchPaper1999']);
      assert.match(byKey.get('glue2019')?.badge ?? '', /^ICLR 2019 · /);
      assert.match(byKey.get('peng2021awr')?.badge ?? '', /^ICLR 2021 · Reject/);
      assert.equal(byKey.get('doe2020a')?.badge, undefined, 'a paper outside the dataset has no decision');

      // A .bib in front keeps the document's citations on show.
      await open('refs.bib');
      assert.deepEqual((await vscode.commands.executeCommand<readonly CitedPaperNode[]>(COMMANDS.refreshCitedPapers)).map((node) => node.key), nodes.map((node) => node.key));

      const missing = byKey.get('noSuchPaper1999');
      assert.ok(missing);
      await vscode.commands.executeCommand(INTERNAL_COMMANDS.revealCitation, { uri: editor.document.uri.toString(), offset: missing.firstOffset });
      const shown = vscode.window.activeTextEditor;
      assert.equal(shown?.document.uri.toString(), editor.document.uri.toString());
      assert.deepEqual(shown.selection.active, positionOf(editor.document, 'noSuchPaper1999'));
    });
  });

  describe('the bibliography service', () => {
    it('reads and parses a 10,000-entry .bib changed on disk once, not once per keystroke', async () => {
      const entries = Array.from({ length: 10_000 }, (_, i) => `@article{big${i},\n  title = {Generated Paper Number ${i}},\n  author = {Author, A.},\n  year = {2020}\n}\n`);
      fs.writeFileSync(file('big.bib'), entries.join('\n'));
      fs.writeFileSync(file('big.tex'), '\\documentclass{article}\n\\begin{document}\nText \\cite{big1}.\n\\bibliography{big}\n\\end{document}\n');
      const editor = await open('big.tex');
      const settings = DEFAULT_SETTINGS.citation;
      assert.equal((await api.bibliography.bibliographyOf(editor.document, settings))?.bibs[0]?.parsed.entries.length, 10_000);
      // Counted for this file alone: other tests' documents may be checked again meanwhile.
      const bigBib = vscode.Uri.file(file('big.bib'));
      const start = api.bibliography.countsOf(bigBib);
      for (let i = 0; i < 20; i += 1) {
        await editor.edit((builder) => builder.insert(positionOf(editor.document, 'Text'), 'x'));
        await api.bibliography.bibliographyOf(editor.document, settings);
        await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, positionOf(editor.document, 'big1', 3));
      }
      assert.deepEqual(api.bibliography.countsOf(bigBib), start, 'typing read or parsed the .bib again');
      fs.appendFileSync(file('big.bib'), '\n@misc{added, title = {Added on Disk}}\n');
      await eventually(async () => (await api.bibliography.bibliographyOf(editor.document, settings))?.bibs[0]?.parsed.byKey.has('added'), 'the change on disk to be read');
      for (let i = 0; i < 5; i += 1) await api.bibliography.bibliographyOf(editor.document, settings);
      assert.deepEqual(api.bibliography.countsOf(bigBib), { reads: start.reads + 1, parses: start.parses + 1 });
    });
  });
});
