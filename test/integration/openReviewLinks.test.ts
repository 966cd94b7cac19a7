import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import { extensionApi } from './extensionApi';

/**
 * Links open only when asked, through vscode.env.openExternal: the browser is stubbed here to record what
 * would open (the real one would ask the user about an external site, which no test can answer).
 */
describe('OpenReview links (paperLookup.openOnOpenReview, paperLookup.openPdf)', () => {
  const opened: string[] = [];
  const env = vscode.env as { openExternal: typeof vscode.env.openExternal };
  const realOpenExternal = env.openExternal;

  before(() => {
    env.openExternal = (target) => {
      opened.push(target.toString(true));
      return Promise.resolve(true);
    };
  });
  after(() => {
    env.openExternal = realOpenExternal;
  });
  beforeEach(() => {
    opened.length = 0;
  });

  it('opens the forum and the PDF of the ESD paper from its id, and nothing before that', async () => {
    const api = await extensionApi();
    const esd = (await api.searchItems('expected squared difference calibration'))[0]?.paper;
    assert.equal(esd?.title, 'ESD: Expected Squared Difference as a Tuning-Free Trainable Calibration Measure');
    assert.deepEqual(opened, [], 'searching opens nothing');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openOnOpenReview, esd.id), true);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openPdf, esd.id), true);
    assert.deepEqual(opened, ['https://openreview.net/forum?id=bHW9njOSON', 'https://openreview.net/pdf?id=bHW9njOSON']);
  });

  it('opens the links of the paper in the abstract view when called from the palette', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand(COMMANDS.openAbstract, 'bHW9njOSON');
    assert.equal(api.abstractPanel.current?.paper.id, 'bHW9njOSON');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openPdf), true);
    assert.deepEqual(opened, ['https://openreview.net/pdf?id=bHW9njOSON']);
  });

  it('opens nothing for a paper that is not in the dataset', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openOnOpenReview, 'no-such-paper'), false);
    assert.deepEqual(opened, []);
  });

  it('shows the link buttons on search results with an id, and the tree offers them in its context menu', async () => {
    const api = await extensionApi();
    const [item] = await api.searchItems('expected squared difference calibration');
    const tooltips = (item?.buttons ?? []).map((button) => button.tooltip);
    assert.ok(tooltips.includes('Open on OpenReview') && tooltips.includes('Open PDF on OpenReview'), tooltips.join(', '));
    const node = (await api.tree.model.tree()).nodeForPaper('bHW9njOSON');
    assert.ok(node, 'the paper is in the tree');
    assert.equal(api.tree.getTreeItem(node).contextValue, 'paperWithLinks');
  });
});
