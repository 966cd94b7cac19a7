/** A failure the user can fix (bad usage, an unreadable or empty dataset): one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for bad usage or bad data, as scripts expect; 1 when the input was fine but nothing matched. */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
