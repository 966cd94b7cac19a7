/** Messages between the abstract view's page and the extension host, typed once and checked on arrival. */
import type { COMMANDS } from '../constants';

/** The webview panel type; package.json activates on `onWebviewPanel:` it so a reload can restore the view. */
export const ABSTRACT_VIEW_TYPE = 'paperLookup.abstract';

/** What the page keeps with `setState` so that a reloaded window can show the same paper again. */
export interface AbstractViewState {
  readonly paperId: string;
  readonly query: string;
}

/** The page's buttons that run the Paper Lookup command of the same name on the paper shown. */
export const COMMAND_ACTIONS = ['insertCitation', 'copyBibtex', 'findSimilar', 'openOnOpenReview', 'openPdf'] as const satisfies readonly (keyof typeof COMMANDS)[];
export type CommandAction = (typeof COMMAND_ACTIONS)[number];

/**
 * The page's buttons about the paper, by their `data-action`, which is also the `type` of the message each sends;
 * the page, its script and the host's guard all use this list.
 */
export const PAGE_ACTIONS = [...COMMAND_ACTIONS, 'searchWeb'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

/** The previous/next buttons: their `data-action` is the direction of the `navigate` message they send. */
export const DIRECTIONS = ['previous', 'next'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** One message per action (so a switch on `type` narrows), and navigation. */
export type PageMessage = { readonly [A in PageAction]: { readonly type: A } }[PageAction] | { readonly type: 'navigate'; readonly direction: Direction };
export type CommandMessage = Extract<PageMessage, { readonly type: CommandAction }>;

export function isPageAction(value: unknown): value is PageAction {
  return (PAGE_ACTIONS as readonly unknown[]).includes(value);
}

function isDirection(value: unknown): value is Direction {
  return (DIRECTIONS as readonly unknown[]).includes(value);
}

export function isCommandMessage(message: PageMessage): message is CommandMessage {
  return (COMMAND_ACTIONS as readonly string[]).includes(message.type);
}

/** The message a button with this `data-action` sends; undefined for anything else. */
export function pageMessageFor(action: string | undefined): PageMessage | undefined {
  if (isPageAction(action)) return { type: action };
  return isDirection(action) ? { type: 'navigate', direction: action } : undefined;
}

export function isAbstractViewState(value: unknown): value is AbstractViewState {
  return isRecord(value) && typeof value.paperId === 'string' && value.paperId !== '' && typeof value.query === 'string';
}

export function isPageMessage(value: unknown): value is PageMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'navigate') return isDirection(value.direction);
  return isPageAction(value.type);
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
