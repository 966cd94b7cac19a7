import { errorText } from '../errorText';
const MAX_MESSAGE_LENGTH = 160;

/** A JSON.parse error as a short message; V8 quotes the bad text, which can be a whole abstract. */
export function jsonErrorMessage(error: unknown): string {
  const message = errorText(error);
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}
