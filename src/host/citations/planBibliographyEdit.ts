import * as vscode from 'vscode';
import { planBibAppend } from '../../core/citations/planBibAppend';
import type { Paper } from '../../core/dataset/paper';
import type { LoadedBib } from './bibliographyService';
import type { BibTarget, OpenedBibliography } from './openBibliography';

export interface BibliographyPlan {
  /** The key to cite: ours, the one the .bib already uses for this paper, or a variant if ours is taken. */
  readonly key: string;
  readonly existing?: { readonly uri: vscode.Uri; readonly reason: 'same-key' | 'same-title' };
  readonly append?: { readonly target: BibTarget; readonly text: string; readonly warning?: string };
}

type Ready = Extract<OpenedBibliography, { kind: 'ready' }>;

/**
 * Decides, from the live text of every bibliography file, whether the paper is already there (in any of
 * them) and what to append to the target. Synchronous, so the caller can apply the result before
 * anything else edits the files.
 */
export function planBibliographyEdit(opened: Ready, paper: Paper, key: string, entryFor: (key: string) => string, bibOf: (document: vscode.TextDocument) => LoadedBib): BibliographyPlan {
  const bibs = opened.documents.map((document) => ({ document, scan: bibOf(document).scan }));
  for (const { document, scan } of bibs) {
    const plan = planBibAppend('', entryFor(key), key, paper, vscode.l10n.t, scan);
    if (plan.action === 'existing') return { key: plan.key, existing: { uri: document.uri, reason: plan.reason } };
  }
  // A key another file already uses for a different paper must not be appended again to the target.
  const entries = bibs.flatMap(({ scan }) => scan.entries);
  const everything = { keys: new Set(entries.map((entry) => entry.key)), titles: new Map<string, string>(), entries };
  const finalKey = planBibAppend('', entryFor(key), key, paper, vscode.l10n.t, everything).key;
  const target = opened.target;
  if (!target) return { key: finalKey };
  const targetText = target.document?.getText() ?? '';
  const targetScan = target.document === undefined ? undefined : bibOf(target.document).scan;
  const plan = planBibAppend(targetText, entryFor(finalKey), finalKey, paper, vscode.l10n.t, targetScan);
  if (plan.action === 'existing') return { key: plan.key, existing: { uri: target.uri, reason: plan.reason } };
  return { key: plan.key, append: plan.warning === undefined ? { target, text: plan.text } : { target, text: plan.text, warning: plan.warning } };
}

/** Adds the append to `edit`: at the very end of the open document, or as the contents of a file the same edit creates. */
export function addBibAppend(edit: vscode.WorkspaceEdit, append: NonNullable<BibliographyPlan['append']>, metadata: vscode.WorkspaceEditEntryMetadata): void {
  const { target, text } = append;
  if (target.document) {
    edit.insert(target.uri, target.document.positionAt(target.document.getText().length), text, metadata);
  } else {
    // The file is created with its text in one step (not created empty, then edited), so one undo of
    // the citation removes it again; an empty file followed by an insert needs two undos in VS Code 1.100.
    edit.createFile(target.uri, { contents: new TextEncoder().encode(text) }, metadata);
  }
}
