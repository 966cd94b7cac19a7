import * as vscode from 'vscode';
import type { Logger } from '../core/log';

/** The extension's single output channel, behind the core's Logger interface. */
export function createLogger(context: vscode.ExtensionContext): Logger {
  const channel = vscode.window.createOutputChannel('Paper Lookup', { log: true });
  context.subscriptions.push(channel);
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message) => channel.error(message),
  };
}
