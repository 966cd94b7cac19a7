/** What the core needs of a log; the host plugs VS Code's LogOutputChannel in, the CLI stderr, tests nothing. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
