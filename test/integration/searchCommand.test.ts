import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import { eventually, extensionApi } from './extensionApi';

describe('Search Papers (paperLookup.search)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('ranks the paper first for words of its title, with venue and decision as the description', async () => {
    const items = await (await extensionApi()).searchItems('inversely correlated ood');
    assert.equal(items[0]?.label, 'ID and OOD Performance Are Sometimes Inversely Correlated on Real-world Datasets');
    assert.match(items[0]?.description ?? '', /^ICLR 2023 · /);
    // The corpus has no abstract for this 2023 rejection, so the detail line is its authors.
    assert.equal(items[0]?.detail, items[0]?.paper.authors.slice(0, 3).join(', ') + (items[0].paper.authors.length > 3 ? ' et al.' : ''));
    assert.ok(items[0].paper.authors.length > 0);
    const withAbstract = (await (await extensionApi()).searchItems('subspace regularizers few-shot class incremental'))[0];
    assert.match(withAbstract?.detail ?? '', /^\S.* — .{40,}/, 'authors, then the start of the abstract');
  });

  it('matches the word being typed as a prefix and forgives a typo', async () => {
    const api = await extensionApi();
    const prefix = await api.searchItems('subspace regulariz');
    assert.equal(prefix[0]?.label, 'Subspace Regularizers for Few-Shot Class Incremental Learning');
    // One transposed pair of letters; the nearest word is transformer.
    const typo = await api.searchItems('transfromer');
    assert.ok(typo.length > 0, 'a typo still finds papers');
    const aboutTransformers = typo.slice(0, 5).filter((item) => /transformer/i.test(`${item.label} ${item.paper.abstract}`));
    assert.match(typo[0]?.label ?? '', /transformer/i);
    assert.ok(aboutTransformers.length >= 4, `only ${aboutTransformers.length} of the top 5 are about transformers`);
  });

  it('applies year and decision filters', async () => {
    const api = await extensionApi();
    const items = await api.searchItems('year:2019..2020 decision:reject');
    assert.ok(items.length > 0);
    for (const item of items) assert.match(item.description ?? '', /^ICLR 20(19|20) · Reject$/);
  });

  it('leaves out the papers a negated filter names', async () => {
    const api = await extensionApi();
    const all = await api.searchItems('graph');
    assert.ok(all.some((item) => /· Reject$/.test(item.description ?? '')), 'some graph papers are rejected');
    assert.ok(all.some((item) => /^ICLR 2020 /.test(item.description ?? '')), 'some graph papers are from 2020');
    const notRejected = await api.searchItems('graph -decision:reject');
    assert.ok(notRejected.length > 0);
    for (const item of notRejected) assert.doesNotMatch(item.description ?? '', /· Reject$/);
    const not2020 = await api.searchItems('graph -year:2020');
    assert.ok(not2020.length > 0);
    for (const item of not2020) assert.doesNotMatch(item.description ?? '', /^ICLR 2020 /);
    assert.equal(await api.searchMessage('graph -decision:reject'), undefined);
  });

  it('ignores a filter value named like an object property, saying so above the results', async () => {
    const api = await extensionApi();
    for (const value of ['constructor', '__proto__', 'toString']) {
      for (const query of [`decision:${value}`, `graph -decision:${value}`]) {
        assert.ok(Array.isArray(await api.searchItems(query)), query);
        assert.match((await api.searchMessage(query)) ?? '', new RegExp(`^Ignored decision:${value.toLowerCase()} — try oral`), query);
      }
    }
    assert.ok((await api.searchItems('graph decision:constructor')).length > 0, 'the query\'s words still search');
    assert.match((await api.searchMessage('graph venue:__proto__')) ?? '', /^No paper is from venue:__proto__/);
  });

  it('answers Lunr syntax and junk with results or an empty list, never an error', async () => {
    const api = await extensionApi();
    for (const query of [':', '^', '~', '*', 'title:', 'foo:bar', '+-', '"', '\\', 'year:abc', '~1^2*:']) {
      const items = await api.searchItems(query);
      assert.ok(Array.isArray(items), query);
    }
  });

  it('opens the chosen paper in the abstract view when the user accepts a result', async () => {
    const api = await extensionApi();
    const picked = vscode.commands.executeCommand(COMMANDS.search, 'subspace regularizers');
    const shown = await eventually(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return api.abstractPanel.current;
    }, 'the abstract view to show the accepted result');
    await picked;
    assert.equal(shown.paper.title, 'Subspace Regularizers for Few-Shot Class Incremental Learning');
    assert.equal(shown.query, 'subspace regularizers');
    assert.ok(shown.highlightTerms.length > 0, 'the query terms are passed on for highlighting');
  });

  it('finds similar papers from the abstract view and opens the one picked', async () => {
    const api = await extensionApi();
    const first = (await api.searchItems('subspace regularizers'))[0];
    assert.ok(first);
    await api.abstractPanel.showFromQuery(first.paper.id, 'subspace regularizers');
    const similar = vscode.commands.executeCommand(COMMANDS.findSimilar);
    const shown = await eventually(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const current = api.abstractPanel.current;
      return current && current.paper.id !== first.paper.id ? current : undefined;
    }, 'a similar paper to open');
    await similar;
    assert.notEqual(shown.paper.id, first.paper.id);
    assert.ok(shown.results.length > 1, 'the similar list is kept for previous/next');
  });
});
