import type { Translate } from '../translate';
import type { DatasetProblem } from './paper';

/**
 * Decodes a dataset file to text: UTF-8 with or without a BOM, or UTF-16 when it starts with one.
 * Invalid UTF-8 becomes U+FFFD and each affected line is reported, so the good lines still load.
 */
export function decodeText(bytes: Uint8Array, file: string, t: Translate): { text: string; problems: DatasetProblem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problems: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problems: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), problems: [] };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), problems: invalidLines(body, file, t) };
  }
}

// Only reached for broken files, so checking line by line costs nothing on the usual path.
function invalidLines(bytes: Uint8Array, file: string, t: Translate): DatasetProblem[] {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const problems: DatasetProblem[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      problems.push({ file, line, message: t('invalid UTF-8; the bad bytes were replaced with \uFFFD') });
    }
    start = end + 1;
  }
  return problems;
}
