// After `next build`: a .br and a .gz beside every static file worth compressing, so the
// server sends them as they are instead of compressing the same chunks on every request.
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

import { worthPrecompressing } from "./static/static-file-types";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type PrecompressSummary = { files: number; plainBytes: number; brotliBytes: number; gzipBytes: number; milliseconds: number };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes `compressed` to `target` when it is smaller than the original, else removes any older `target`; returns the bytes written. */
async function writeIfSmaller(target: string, compressed: Buffer, originalSize: number): Promise<number> {
  if (compressed.length >= originalSize) {
    await rm(target, { force: true });
    return 0;
  }
  await writeFile(target, compressed);
  return compressed.length;
}

async function precompressFile(file: string, summary: PrecompressSummary): Promise<void> {
  const plain = await readFile(file);
  // One after the other, so that `concurrency` workers keep at most that many compressions running.
  const br = await brotli(plain, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
    },
  });
  const gz = await gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION });
  const brotliBytes = await writeIfSmaller(`${file}.br`, br, plain.length);
  const gzipBytes = await writeIfSmaller(`${file}.gz`, gz, plain.length);
  if (brotliBytes + gzipBytes === 0) return;
  summary.files++;
  summary.plainBytes += plain.length;
  summary.brotliBytes += brotliBytes;
  summary.gzipBytes += gzipBytes;
}

/**
 * Precompresses the static files of a build, `concurrency` files at a time (zlib runs on libuv's
 * thread pool; more compressions than cores would only make each one wait longer).
 */
export async function precompressStatic(staticDir: string, concurrency = availableParallelism()): Promise<PrecompressSummary> {
  const started = performance.now();
  const summary: PrecompressSummary = { files: 0, plainBytes: 0, brotliBytes: 0, gzipBytes: 0, milliseconds: 0 };
  const sized = await Promise.all((await filesUnder(staticDir)).map(async (file) => ({ file, size: (await stat(file)).size })));
  // Largest first, so the engine chunk does not start last and leave the other workers idle at the end.
  const queue = sized.filter(({ file, size }) => worthPrecompressing(file, size)).sort((a, b) => b.size - a.size).map(({ file }) => file);
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await precompressFile(file, summary);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}

export function describePrecompression(summary: PrecompressSummary): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  return (
    `Precompressed ${summary.files} static files in ${summary.milliseconds} ms ` +
    `(${kb(summary.plainBytes)} to ${kb(summary.brotliBytes)} brotli, ${kb(summary.gzipBytes)} gzip).`
  );
}
