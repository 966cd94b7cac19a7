/** Messages between the abstract view's page and the extension host, typed once and checked on arrival. */

/** The webview panel type; package.json activates on `onWebviewPanel:` it so a reload can restore the view. */
export const ABSTRACT_VIEW_TYPE = 'paperLookup.abstract';

/** What the page keeps with `setState` so that a reloaded window can show the same paper again. */
export interface AbstractViewState {
  readonly paperId: string;
  readonly query: string;
}

/** The page's buttons that send a message named after them; the page, its script and the guard all use this list. */
export const PAGE_ACTIONS = ['insertCitation', 'copyBibtex', 'findSimilar', 'openOnOpenReview', 'openPdf', 'searchWeb'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export type PageMessage = { readonly type: PageAction } | { readonly type: 'navigate'; readonly direction: 'previous' | 'next' };

export function isPageAction(value: unknown): value is PageAction {
  return (PAGE_ACTIONS as readonly unknown[]).includes(value);
}

export function isAbstractViewState(value: unknown): value is AbstractViewState {
  return isRecord(value) && typeof value.paperId === 'string' && value.paperId !== '' && typeof value.query === 'string';
}

export function isPageMessage(value: unknown): value is PageMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'navigate') return value.direction === 'previous' || value.direction === 'next';
  return isPageAction(value.type);
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
