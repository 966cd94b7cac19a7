import type * as vscode from 'vscode';
import { findTexRoot } from '../../core/editing/findTexRoot';
import { documentFolder, resolveAgainst } from './resolveAgainst';
import { readTextAt } from './readTextAt';

export interface TexRoot {
  readonly uri: vscode.Uri;
  readonly text: string;
}

/**
 * The main file a `% !TEX root = …` comment names, read as the user sees it (through `read`, which may cache);
 * undefined if none or unreadable.
 */
export async function readTexRoot(document: vscode.TextDocument, read: (uri: vscode.Uri) => Promise<string | undefined> = readTextAt): Promise<TexRoot | undefined> {
  const name = findTexRoot(document.getText());
  const folder = documentFolder(document);
  if (name === undefined || folder === undefined) return undefined;
  const uri = resolveAgainst(folder, name);
  if (uri.toString() === document.uri.toString()) return undefined;
  const text = await read(uri);
  return text === undefined ? undefined : { uri, text };
}
