import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { afterEach, beforeEach, expect, test } from "vitest";

import { precompressStatic } from "./precompress-static";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "precompress-static-"));
  await mkdir(path.join(dir, "chunks", "nested"), { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("text files of a kilobyte or more get a .br and a .gz that decompress to the original", async () => {
  const js = Buffer.from("function f(a){return a+1}\n".repeat(500));
  const css = Buffer.from(".a{color:red}\n".repeat(100));
  await writeFile(path.join(dir, "chunks", "big.js"), js);
  await writeFile(path.join(dir, "chunks", "nested", "style.css"), css);

  const summary = await precompressStatic(dir, 2);

  expect(summary.files).toBe(2);
  expect(summary.plainBytes).toBe(js.length + css.length);
  expect(brotliDecompressSync(await readFile(path.join(dir, "chunks", "big.js.br")))).toEqual(js);
  expect(gunzipSync(await readFile(path.join(dir, "chunks", "big.js.gz")))).toEqual(js);
  expect(brotliDecompressSync(await readFile(path.join(dir, "chunks", "nested", "style.css.br")))).toEqual(css);
  expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
});

test("small files, source maps, binaries and files that do not shrink are left alone", async () => {
  await writeFile(path.join(dir, "chunks", "small.js"), "x=1");
  await writeFile(path.join(dir, "chunks", "big.js.map"), "{}".repeat(5000));
  await writeFile(path.join(dir, "chunks", "font.woff2"), Buffer.alloc(5000, 7));
  // Random bytes do not compress.
  await writeFile(path.join(dir, "chunks", "random.js"), randomBytes(4096));

  const summary = await precompressStatic(dir, 2);

  expect(summary.files).toBe(0);
  expect((await readdir(path.join(dir, "chunks"))).sort()).toEqual(["big.js.map", "font.woff2", "nested", "random.js", "small.js"]);
});
