import { readFile } from "node:fs/promises";
import { request, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { expect, test } from "vitest";

import { DIST_DIR, staticDirOf } from "../scripts/lib/dist-dir";
import { siteUrl } from "./support/browser";

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A request as sent, with the body as received (fetch would decompress it). */
function rawGet(pathname: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(siteUrl("/"), { path: pathname, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the sandbox page's largest chunk comes precompressed as the client asks, and revalidates with 304", async () => {
  const html = await (await fetch(siteUrl("/sandbox"))).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"?]+\.js)"/g)].map((m) => m[1]!))];
  const files = await Promise.all(scripts.map(async (src) => ({ src, bytes: await readFile(path.join(staticDirOf(DIST_DIR), src.slice("/_next/static/".length))) })));
  const { src, bytes } = files.sort((a, b) => b.bytes.length - a.bytes.length)[0]!;

  const br = await rawGet(src, { "accept-encoding": "gzip, deflate, br, zstd" });
  expect(br.status).toBe(200);
  expect(br.headers["content-encoding"]).toBe("br");
  expect(br.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
  expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(br.headers.vary).toBe("Accept-Encoding");
  expect(brotliDecompressSync(br.body)).toEqual(bytes);

  const gzip = await rawGet(src, { "accept-encoding": "gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(gzip.body)).toEqual(bytes);

  const plain = await rawGet(src, { "accept-encoding": "identity" });
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body).toEqual(bytes);

  const revalidated = await rawGet(src, { "accept-encoding": "br", "if-none-match": br.headers.etag! });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body.length).toBe(0);
});

test("a static URL that climbs out of the static folder does not reach the project's files", async () => {
  for (const pathname of [
    "/_next/static/..%2f..%2fpackage.json",
    "/_next/static/chunks/..%2f..%2f..%2fpackage.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
    "/_next/static/chunks/..%5c..%5c..%5cpackage.json",
  ]) {
    const answer = await rawGet(pathname, { "accept-encoding": "identity" });
    expect({ pathname, status: answer.status, leaked: answer.body.toString().includes('"kube-academy"') }).toEqual({ pathname, status: 404, leaked: false });
  }
});
