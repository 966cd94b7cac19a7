import type { ByteSource } from '../core/search/byteSource';

/** Everything the terminal companion touches outside itself, injected so tests run it without a process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinIsTTY: boolean;
  /** Terminal width when stdout is a terminal; undefined when piped, so nothing gets truncated. */
  readonly stdoutColumns: number | undefined;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  /** Opens a file to read in chunks (a dataset can be hundreds of megabytes); rejects at once when it cannot be opened. */
  readonly openFile: (file: string) => Promise<AsyncIterable<Uint8Array>>;
  /** Opens an index file for reads by range (see openIndexFile). */
  readonly openIndexFile: (file: string) => Promise<ByteSource>;
  /** The data used when neither `--dataset` nor `--index` is given. */
  readonly bundled: BundledData;
  readonly version: string;
}

export interface BundledData {
  /** The index prebuilt at build time (dist/index/), preferred when present. */
  readonly indexDir: string;
  /** The bundled corpus, indexed on the fly when the prebuilt index is missing (running from source). */
  readonly datasetFile: string;
}

/** Writes and waits for the stream to drain when its buffer is full, so a long stdin run does not pile up output. */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => stream.once('drain', resolve));
}
