import * as vscode from 'vscode';
import { citeContextAt } from '../../core/editing/citeContextAt';
import { detectLatexCitePackage } from '../../core/editing/detectLatexCitePackage';
import type { CitationSettings } from '../../core/settings';
import type { TexRoot } from './readTexRoot';

interface CommandItem extends vscode.QuickPickItem {
  readonly command: string;
}

// A function rather than a constant so the descriptions come from the l10n bundle, which loads after import.
function choicesFor(citePackage: 'natbib' | 'biblatex'): readonly [CommandItem, ...CommandItem[]] {
  return citePackage === 'natbib'
    ? [
        { label: '\\citep{…}', description: vscode.l10n.t('parenthetical: (Author, 2023)'), command: 'citep' },
        { label: '\\citet{…}', description: vscode.l10n.t('textual: Author (2023)'), command: 'citet' },
      ]
    : [
        { label: '\\autocite{…}', description: vscode.l10n.t('in the style’s usual form, e.g. (Author 2023)'), command: 'autocite' },
        { label: '\\textcite{…}', description: vscode.l10n.t('textual: Author (2023)'), command: 'textcite' },
      ];
}

/**
 * The LaTeX command a new citation uses: the setting if it names one; else from the packages the document
 * and its root load, asking natbib and biblatex users between the parenthetical and the textual form.
 * Nothing is asked when every cursor is inside an existing citation (the key joins it). Undefined: the
 * user dismissed the choice.
 */
export async function chooseLatexCommand(editor: vscode.TextEditor, settings: Pick<CitationSettings, 'latexCommand'>, root: TexRoot | undefined): Promise<string | undefined> {
  if (settings.latexCommand !== 'auto') return settings.latexCommand;
  const text = editor.document.getText();
  const citePackage = detectLatexCitePackage(root === undefined ? text : `${root.text}\n${text}`);
  if (citePackage === 'plain') return 'cite';
  const choices = choicesFor(citePackage);
  const allInsideCites = editor.selections.every((selection) => citeContextAt(text, editor.document.offsetAt(selection.end), 'latex') !== undefined);
  if (allInsideCites) return choices[0].command;
  const picked = await vscode.window.showQuickPick(choices, {
    title: vscode.l10n.t('Cite with {0}', citePackage),
    placeHolder: vscode.l10n.t('Parenthetical or textual citation? (Set paperLookup.citation.latexCommand to stop asking.)'),
  });
  return picked?.command;
}
