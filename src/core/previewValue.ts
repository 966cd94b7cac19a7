const MAX_LENGTH = 60;

/** Any value as short one-line text for a message: `42`, `"text"`, `{"id":5}`, `undefined`. */
export function previewValue(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
  } catch {
    // Cycles and BigInts do not stringify; their type still says what arrived.
    return typeof value;
  }
}
