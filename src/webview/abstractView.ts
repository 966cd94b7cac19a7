import { pageMessageFor } from '../core/protocol';
import type { AbstractViewState, PageMessage } from '../core/protocol';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  setState(state: AbstractViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

// The page only reports clicks; the host owns every decision and renders every field.
(() => {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('paper');
  const rawState = main?.dataset.state;
  if (rawState) vscode.setState(JSON.parse(rawState) as AbstractViewState);

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button[data-action]');
    if (!(button instanceof HTMLButtonElement) || button.disabled) return;
    const message = pageMessageFor(button.dataset.action);
    if (message) vscode.postMessage(message);
  });
})();
