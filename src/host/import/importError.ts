/** An import that cannot go ahead, with a message for the user that names the file concerned. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
