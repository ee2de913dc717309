import path from "node:path";

import { expect, test } from "vitest";

import { staticFilePath } from "./static-path";

const ROOT = path.resolve("build/static");

test("a chunk URL names the file under the static folder, without its query", () => {
  expect(staticFilePath(ROOT, "/_next/static/chunks/0abc.js")).toBe(path.join(ROOT, "chunks", "0abc.js"));
  expect(staticFilePath(ROOT, "/_next/static/chunks/0abc.js?dpl=1")).toBe(path.join(ROOT, "chunks", "0abc.js"));
  expect(staticFilePath(ROOT, "/_next/static/media/a%20b.svg")).toBe(path.join(ROOT, "media", "a b.svg"));
});

test("other URLs are not static files", () => {
  expect(staticFilePath(ROOT, "/sandbox")).toBeNull();
  expect(staticFilePath(ROOT, "/_next/image?url=x")).toBeNull();
  expect(staticFilePath(ROOT, "/_next/static")).toBeNull();
  expect(staticFilePath(ROOT, "/_next/static/")).toBeNull();
});

test("nothing outside the static folder can be named", () => {
  for (const url of [
    "/_next/static/../../package.json",
    "/_next/static/chunks/../../../package.json",
    "/_next/static/..%2f..%2fpackage.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
    "/_next/static/%2E%2E%2F%2E%2E%2Fpackage.json",
    "/_next/static/chunks/..%5c..%5cpackage.json",
    "/_next/static/chunks\\..\\..\\package.json",
    "/_next/static/chunks/a.js%00.svg",
    "/_next/static/./chunks/a.js",
    "/_next/static//etc/passwd",
    "/_next/static/%2fetc%2fpasswd",
    "/_next/static/%E0%A4%A",
  ]) {
    expect({ url, file: staticFilePath(ROOT, url) }).toEqual({ url, file: null });
  }
});
