import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";

import { afterAll, beforeAll, expect, test } from "vitest";

import { etagMatches, servePrecompressedStatic } from "./serve-precompressed";

const CHUNK = Buffer.from("export const answer = 42;\n".repeat(200));
let dir: string;
let server: Server;
let base: string;

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(base + url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "serve-precompressed-"));
  await mkdir(path.join(dir, "static", "chunks"), { recursive: true });
  const chunk = path.join(dir, "static", "chunks", "main.js");
  await writeFile(chunk, CHUNK);
  await writeFile(`${chunk}.br`, brotliCompressSync(CHUNK));
  await writeFile(`${chunk}.gz`, gzipSync(CHUNK));
  await writeFile(path.join(dir, "static", "chunks", "small.css"), "a{b:c}");
  await writeFile(path.join(dir, "static", "chunks", "unprecompressed.js"), CHUNK);
  await writeFile(path.join(dir, "secret.json"), "{}");
  const serveStatic = servePrecompressedStatic(path.join(dir, "static"));
  server = createServer((req, res) => {
    void serveStatic(req, res).then((served) => {
      if (served) return;
      res.statusCode = 418;
      res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

test("the precompressed file matching Accept-Encoding is sent with the headers Next sends", async () => {
  const br = await get("/_next/static/chunks/main.js", { "accept-encoding": "gzip, deflate, br" });
  expect(br.status).toBe(200);
  expect(br.headers).toMatchObject({
    "content-encoding": "br",
    "content-type": "application/javascript; charset=UTF-8",
    "cache-control": "public, max-age=31536000, immutable",
    vary: "Accept-Encoding",
    "content-length": String(br.body.length),
  });
  expect(brotliDecompressSync(br.body)).toEqual(CHUNK);

  const gzip = await get("/_next/static/chunks/main.js", { "accept-encoding": "gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(gzip.body)).toEqual(CHUNK);

  const plain = await get("/_next/static/chunks/main.js", { "accept-encoding": "identity" });
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body).toEqual(CHUNK);

  expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
});

test("a matching If-None-Match gets 304 for that encoding only", async () => {
  const first = await get("/_next/static/chunks/main.js", { "accept-encoding": "br" });
  const again = await get("/_next/static/chunks/main.js", { "accept-encoding": "br", "if-none-match": first.headers.etag! });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers.etag).toBe(first.headers.etag);
  const otherEncoding = await get("/_next/static/chunks/main.js", { "accept-encoding": "gzip", "if-none-match": first.headers.etag! });
  expect(otherEncoding.status).toBe(200);
});

test("HEAD gets the headers of GET and no body", async () => {
  const head = await get("/_next/static/chunks/main.js", { "accept-encoding": "br" }, "HEAD");
  expect(head.status).toBe(200);
  expect(head.headers["content-length"]).toBe(String(brotliCompressSync(CHUNK).length));
  expect(head.body.length).toBe(0);
});

test("small files are sent as they are, whatever the client accepts", async () => {
  const small = await get("/_next/static/chunks/small.css", { "accept-encoding": "br, gzip" });
  expect(small.headers["content-encoding"]).toBeUndefined();
  expect(small.headers["content-type"]).toBe("text/css; charset=UTF-8");
  expect(small.body.toString()).toBe("a{b:c}");
});

test("missing files, unsafe paths, a build without precompression and other requests are left to Next", async () => {
  for (const url of ["/_next/static/chunks/none.js", "/_next/static/..%2fsecret.json", "/_next/static/chunks/unprecompressed.js", "/sandbox"]) {
    expect({ url, status: (await get(url, { "accept-encoding": "br" })).status }).toEqual({ url, status: 418 });
  }
  expect((await get("/_next/static/chunks/main.js", {}, "POST")).status).toBe(418);
  expect((await get("/_next/static/chunks/main.js", { range: "bytes=0-9" })).status).toBe(418);
  expect((await get("/_next/static/chunks/main.js", { "accept-encoding": "gzip, identity;q=0" })).headers["content-encoding"]).toBe("gzip");
  expect((await get("/_next/static/chunks/small.css", { "accept-encoding": "*;q=0" })).status).toBe(418);
});

test("If-None-Match compares weakly and accepts lists and *", () => {
  expect(etagMatches('"a-1"', '"a-1"')).toBe(true);
  expect(etagMatches('W/"a-1"', '"a-1"')).toBe(true);
  expect(etagMatches('"x", "a-1"', '"a-1"')).toBe(true);
  expect(etagMatches("*", '"a-1"')).toBe(true);
  expect(etagMatches('"a-2"', '"a-1"')).toBe(false);
  expect(etagMatches(undefined, '"a-1"')).toBe(false);
});
