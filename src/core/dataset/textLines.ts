import type { Translate } from '../translate';
import type { DatasetProblem } from './paper';

/** One line of a text file, without its line break. */
export interface TextLine {
  readonly line: number;
  readonly text: string;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** No paper needs a longer line; JSON.parse of one would hold it several times over. */
export const MAX_LINE_BYTES = 64 * 2 ** 20;

/**
 * The lines of a text file read in chunks, never holding the whole file: UTF-8 with or without a byte order
 * mark, or UTF-16 with one or, as some Windows tools write it, without (recognised by its zero bytes). A line
 * of invalid UTF-8 is decoded with U+FFFD and reported, so the good lines still load.
 */
export async function* textLines(chunks: AsyncIterable<Uint8Array>, file: string, t: Translate, report: (problem: DatasetProblem) => void): AsyncGenerator<TextLine> {
  let encoding: Encoding | undefined;
  // The unfinished last line, in the pieces it arrived in: joining it only at its line break keeps a long
  // line from being copied again with every chunk.
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let skipping = false;
  let text = '';
  let line = 0;
  const decoder = { 'utf-16le': new TextDecoder('utf-16le'), 'utf-16be': new TextDecoder('utf-16be') };
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  const utf8Line = (bytes: Uint8Array): string => {
    try {
      return strict.decode(bytes);
    } catch {
      report({ file, line, message: t('invalid UTF-8; the bad bytes were replaced with \uFFFD') });
      return lenient.decode(bytes);
    }
  };
  const takePending = (tail: Uint8Array): Uint8Array => {
    const whole = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingLength = 0;
    return whole;
  };

  // Every whole line the chunk completes; its unfinished last line waits for the next chunk.
  function* split(bytes: Uint8Array, encoding: Encoding): Generator<TextLine> {
    if (encoding !== 'utf-8') {
      text += decoder[encoding].decode(bytes, { stream: true });
      const lines = text.split('\n');
      text = lines.pop() ?? '';
      for (const content of lines) yield { line: ++line, text: stripCarriageReturn(content) };
      return;
    }
    // 0x0A never occurs inside a multi-byte UTF-8 character, so lines can be cut on bytes and decoded alone.
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, start)) {
      line++;
      const content = takePending(bytes.subarray(start, newline));
      if (skipping) skipping = false;
      else yield { line, text: stripCarriageReturn(utf8Line(content)) };
      start = newline + 1;
    }
    if (start < bytes.length && !skipping) {
      pending.push(bytes.subarray(start));
      pendingLength += bytes.length - start;
    }
    if (pendingLength > MAX_LINE_BYTES) {
      // A runaway line (a file with no line breaks) is dropped, not held: the lines after it still load.
      report({ file, line: line + 1, message: t('line longer than {0} MB; skipped', MAX_LINE_BYTES / 2 ** 20) });
      skipping = true;
      pending = [];
      pendingLength = 0;
    }
  }

  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (encoding === undefined) {
      // Enough bytes to see a byte order mark and the zeros of UTF-16 text, unless the file is shorter.
      head = Buffer.concat([head, chunk]);
      if (head.length < 64) continue;
      const detected = detectEncoding(head);
      encoding = detected.encoding;
      yield* split(detected.bytes, encoding);
      continue;
    }
    yield* split(chunk, encoding);
  }
  if (encoding === undefined) {
    const detected = detectEncoding(head);
    encoding = detected.encoding;
    yield* split(detected.bytes, encoding);
  }
  let rest: string;
  if (encoding === 'utf-8') {
    if (pendingLength === 0 || skipping) return;
    line++;
    rest = utf8Line(takePending(new Uint8Array(0)));
  } else {
    rest = text + decoder[encoding].decode();
    if (rest === '') return;
    line++;
  }
  yield { line, text: stripCarriageReturn(rest) };
}

/** The encoding the first bytes show, and the bytes without their byte order mark. */
function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bytes: Uint8Array } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bytes: bytes.subarray(3) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bytes: bytes.subarray(2) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bytes: bytes.subarray(2) };
  // Text in a Latin script written as UTF-16 has a zero in every other byte; UTF-8 text has none.
  let evenZeros = 0;
  let oddZeros = 0;
  const sample = Math.min(bytes.length, 512) & ~1;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (pairs > 0 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bytes };
  if (pairs > 0 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bytes };
  return { encoding: 'utf-8', bytes };
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
