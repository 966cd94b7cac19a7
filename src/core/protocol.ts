/** Messages between the abstract view's page and the extension host, typed once and checked on arrival. */

/** The webview panel type; package.json activates on `onWebviewPanel:` it so a reload can restore the view. */
export const ABSTRACT_VIEW_TYPE = 'paperLookup.abstract';

/** What the page keeps with `setState` so that a reloaded window can show the same paper again. */
export interface AbstractViewState {
  readonly paperId: string;
  readonly query: string;
}

export type PageMessage =
  | { readonly type: 'findSimilar' }
  | { readonly type: 'insertCitation' }
  | { readonly type: 'copyBibtex' }
  | { readonly type: 'searchWeb' }
  | { readonly type: 'navigate'; readonly direction: 'previous' | 'next' };

export function isAbstractViewState(value: unknown): value is AbstractViewState {
  return isRecord(value) && typeof value.paperId === 'string' && value.paperId !== '' && typeof value.query === 'string';
}

export function isPageMessage(value: unknown): value is PageMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'findSimilar':
    case 'insertCitation':
    case 'copyBibtex':
    case 'searchWeb':
      return true;
    case 'navigate':
      return value.direction === 'previous' || value.direction === 'next';
    default:
      return false;
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
