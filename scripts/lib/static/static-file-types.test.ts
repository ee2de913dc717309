import { expect, test } from "vitest";

import { contentTypeOf, MIN_PRECOMPRESS_BYTES, worthPrecompressing } from "./static-file-types";

test("content types match what Next sends for the build's files", () => {
  expect(contentTypeOf("chunks/0abc.js")).toBe("application/javascript; charset=UTF-8");
  expect(contentTypeOf("chunks/0abc.css")).toBe("text/css; charset=UTF-8");
  expect(contentTypeOf("media/icon.SVG")).toBe("image/svg+xml");
  expect(contentTypeOf("media/font.woff2")).toBe("font/woff2");
  expect(contentTypeOf("x/manifest.json")).toBe("application/json; charset=UTF-8");
  expect(contentTypeOf("chunks/0abc.js.br")).toBeUndefined();
  expect(contentTypeOf("chunks/README")).toBeUndefined();
});

test("text files of at least a kilobyte are worth precompressing; source maps and binaries are not", () => {
  expect(worthPrecompressing("a.js", MIN_PRECOMPRESS_BYTES)).toBe(true);
  expect(worthPrecompressing("a.css", 50_000)).toBe(true);
  expect(worthPrecompressing("a.svg", 5_000)).toBe(true);
  expect(worthPrecompressing("a.js", MIN_PRECOMPRESS_BYTES - 1)).toBe(false);
  expect(worthPrecompressing("a.js.map", 50_000)).toBe(false);
  expect(worthPrecompressing("a.woff2", 50_000)).toBe(false);
  expect(worthPrecompressing("a.png", 50_000)).toBe(false);
});
