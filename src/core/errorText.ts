/** The message of anything thrown: an Error's message, else the value as text (code may throw strings or objects). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
