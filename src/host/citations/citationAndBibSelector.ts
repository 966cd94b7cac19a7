import type * as vscode from 'vscode';
import { CITE_DOCUMENT_SELECTOR } from './citeLanguageOf';

/** LaTeX and Markdown documents and .bib files (whatever language an installed extension gives them). */
export const CITATION_AND_BIB_SELECTOR: vscode.DocumentSelector = [...(CITE_DOCUMENT_SELECTOR as vscode.DocumentFilter[]), { pattern: '**/*.{bib,bibtex}' }];
