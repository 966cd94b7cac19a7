import * as vscode from 'vscode';
import type { Logger } from '../core/log';

/** The core's Logger, plus what a "Show Log" or "Show Problems" action needs. */
export interface HostLogger extends Logger {
  /** Reveals the output channel without taking focus from the editor. */
  show(): void;
}

/** The extension's single output channel, behind the core's Logger interface. */
export function createLogger(context: vscode.ExtensionContext): HostLogger {
  const channel = vscode.window.createOutputChannel('Paper Lookup', { log: true });
  context.subscriptions.push(channel);
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message) => channel.error(message),
    show: () => channel.show(true),
  };
}
