import * as vscode from 'vscode';
import { COMMANDS } from '../../constants';
import { datasetStats } from '../../core/dataset/datasetStats';
import { importedMessage, importSummary, problemLogLines } from '../../core/import/importSummary';
import type { HostLogger } from '../logger';
import type { PaperLibrary } from '../paperLibrary';
import type { DatasetService, OpenedDataset } from './datasetService';
import { ImportError } from './importError';
import { errorText } from '../../core/errorText';
import { notifyWithLog } from '../notifyWithLog';
import { rejectArgument } from '../rejectArgument';

/** For tests and scripts: `{ confirm: false }` replaces the dataset without asking. */
export interface ImportOptions {
  readonly confirm?: boolean;
}

/** How an import ended; the command returns it so tests can tell a refusal from a failure. */
export type ImportOutcome = 'replaced' | 'declined' | 'cancelled' | 'failed';

/**
 * `paperLookup.importDataset`: asks for files (or takes URIs as its first argument), indexes them in a worker
 * with cancellable progress, shows what they hold and asks before they replace the active dataset, which
 * stays in use until then.
 */
export function registerImportDatasetCommand(library: PaperLibrary, datasets: DatasetService, logger: HostLogger): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.importDataset, async (sources?: unknown, options?: unknown): Promise<ImportOutcome> => {
    const given = uriList(sources);
    if (given === false) {
      rejectArgument(COMMANDS.importDataset, vscode.l10n.t('a file URI or a list of them'), sources);
      return 'failed';
    }
    if (!isImportOptions(options)) {
      rejectArgument(COMMANDS.importDataset, vscode.l10n.t('options such as {0}', '{ "confirm": false }'), options);
      return 'failed';
    }
    const uris = given ?? (await pickDatasetFiles());
    if (uris === undefined || uris.length === 0) return 'cancelled';
    return importDataset(library, datasets, logger, uris, options?.confirm !== false);
  });
}

async function importDataset(library: PaperLibrary, datasets: DatasetService, logger: HostLogger, uris: readonly vscode.Uri[], confirm: boolean): Promise<ImportOutcome> {
  let opened: OpenedDataset;
  try {
    opened = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing papers'), cancellable: true },
      (progress, token) => datasets.open(uris, (message) => progress.report({ message }), token),
    );
  } catch (error) {
    if (error instanceof vscode.CancellationError) {
      logger.info('The import was cancelled; the active dataset is unchanged.');
      return 'cancelled';
    }
    const message = error instanceof ImportError ? error.message : vscode.l10n.t('The import failed: {0}', errorText(error));
    logger.error(message);
    notifyWithLog(logger, 'error', vscode.l10n.t('Nothing was imported. {0}', message));
    return 'failed';
  }

  for (const line of problemLogLines(opened.report)) logger.warn(line);
  if (confirm) {
    const { message, detail } = importSummary(opened.report, datasetStats(opened.index.papers), vscode.l10n.t);
    const replace = vscode.l10n.t('Replace Dataset');
    const choice = await vscode.window.showInformationMessage(message, { modal: true, detail }, replace);
    if (choice !== replace) return 'declined';
  }
  await library.useDataset(opened);
  const done = importedMessage(opened.report, opened.index.papers.length, vscode.l10n.t);
  logger.info(done);
  const actions = opened.report.problemCount > 0 ? [vscode.l10n.t('Show Problems')] : [];
  void vscode.window.showInformationMessage(done, ...actions).then((choice) => {
    if (choice) logger.show();
  });
  return 'replaced';
}

function pickDatasetFiles(): Thenable<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Papers'),
    openLabel: vscode.l10n.t('Import'),
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: true,
    filters: {
      [vscode.l10n.t('Paper datasets')]: ['jsonl', 'ndjson', 'json', 'csv', 'parquet', 'gz'],
      [vscode.l10n.t('JSON Lines')]: ['jsonl', 'ndjson'],
      [vscode.l10n.t('JSON array')]: ['json'],
      CSV: ['csv'],
      Parquet: ['parquet'],
    },
  });
}

/** The files a caller passed: one URI or a list; undefined (ask) for none or an empty list; false for anything else. */
function uriList(value: unknown): vscode.Uri[] | undefined | false {
  if (value === undefined || value === null) return undefined;
  if (value instanceof vscode.Uri) return [value];
  if (!Array.isArray(value) || !value.every((item) => item instanceof vscode.Uri)) return false;
  return value.length > 0 ? (value) : undefined;
}

function isImportOptions(value: unknown): value is ImportOptions | undefined | null {
  if (value === undefined || value === null) return true;
  const confirm = (value as { confirm?: unknown }).confirm;
  return typeof value === 'object' && (confirm === undefined || typeof confirm === 'boolean');
}
