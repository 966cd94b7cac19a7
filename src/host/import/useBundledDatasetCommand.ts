import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import { papers } from '../../core/import/importSummary';
import type { HostLogger } from '../logger';
import type { PaperLibrary } from '../paperLibrary';
import { DATASETS_SETTING } from './configuredDatasets';
import { errorText } from '../../core/errorText';
import { notifyWithLog } from '../notifyWithLog';

/** `paperLookup.useBundledDataset`: switches back to the bundled ICLR dataset and forgets the imported dataset. */
export function registerUseBundledDatasetCommand(library: PaperLibrary, configuredCount: () => number, logger: HostLogger): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.useBundledDataset, async (): Promise<number | undefined> => {
    let count: number;
    try {
      count = (await library.useBundled()).papers.length;
    } catch (error) {
      notifyWithLog(logger, 'error', vscode.l10n.t('Could not load the bundled ICLR dataset: {0}', errorText(error)));
      return undefined;
    }
    const message = vscode.l10n.t('Paper Lookup now searches the bundled ICLR 2018–2023 papers ({0}).', papers(count, vscode.l10n.t));
    logger.info(message);
    if (configuredCount() > 0) {
      // The setting wins at the next start; say so rather than let the switch silently undo itself.
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('{0} The {1} setting still lists files, which load at the next start.', message, DATASETS_SETTING), vscode.l10n.t('Open Setting'));
      if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', DATASETS_SETTING);
    } else {
      void vscode.window.showInformationMessage(message);
    }
    return count;
  });
}
