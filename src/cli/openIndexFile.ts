import * as fs from 'node:fs';
import { promisify } from 'node:util';
import type { ByteSource } from '../core/search/byteSource';

/**
 * An index file read by range through a descriptor kept open for the rest of the run: a search of a
 * 300,000-paper index reads about a tenth of its 669 MB, where reading it whole took seconds. Each range gets a
 * buffer of its own (never Node's shared pool), so number arrays in it stay aligned.
 */
export async function openIndexFile(file: string): Promise<ByteSource> {
  // A plain descriptor, not a FileHandle: one would be closed when garbage-collected, mid-run.
  const fd = await promisify(fs.open)(file, 'r');
  const { size } = fs.fstatSync(fd);
  return {
    length: size,
    read: (start, end) => {
      const bytes = Buffer.allocUnsafeSlow(end - start);
      let done = 0;
      while (done < bytes.length) {
        const count = fs.readSync(fd, bytes, done, bytes.length - done, start + done);
        if (count === 0) break;
        done += count;
      }
      return bytes.subarray(0, done);
    },
  };
}
