import { expect, test } from "vitest";

import { chooseEncoding, parseAcceptEncoding, type ContentCoding } from "./accept-encoding";

const ALL: ContentCoding[] = ["br", "gzip", "identity"];

test("a browser's list gets brotli, the server's first choice among equals", () => {
  expect(chooseEncoding("gzip, deflate, br, zstd", ALL)).toBe("br");
  expect(chooseEncoding("gzip, deflate, br, zstd", ["gzip", "identity"])).toBe("gzip");
});

test("gzip when brotli is not offered by the client, identity when neither is", () => {
  expect(chooseEncoding("gzip", ALL)).toBe("gzip");
  expect(chooseEncoding("x-gzip", ALL)).toBe("gzip");
  expect(chooseEncoding("identity", ALL)).toBe("identity");
  expect(chooseEncoding("deflate", ALL)).toBe("identity");
});

test("no header or an empty one means the plain file", () => {
  expect(chooseEncoding(undefined, ALL)).toBe("identity");
  expect(chooseEncoding("", ALL)).toBe("identity");
  expect(chooseEncoding(undefined, ["br", "gzip"])).toBeNull();
});

test("q=0 refuses a coding and higher q-values win over the server's order", () => {
  expect(chooseEncoding("br;q=0, gzip", ALL)).toBe("gzip");
  expect(chooseEncoding("br;q=0.5, gzip;q=0.8", ALL)).toBe("gzip");
  expect(chooseEncoding("BR; Q=1, GZIP;q=0.9", ALL)).toBe("br");
  expect(chooseEncoding("br;q=0, gzip;q=0, identity;q=0", ALL)).toBeNull();
  expect(chooseEncoding("br;q=0.001", ALL)).toBe("br");
  expect(chooseEncoding("br;q=0.5, identity", ALL)).toBe("identity");
});

test("* stands for every coding not named, including identity", () => {
  expect(chooseEncoding("*", ALL)).toBe("br");
  expect(chooseEncoding("br;q=0, *", ALL)).toBe("gzip");
  expect(chooseEncoding("*;q=0", ALL)).toBeNull();
  expect(chooseEncoding("*;q=0, identity", ALL)).toBe("identity");
  expect(chooseEncoding("gzip;q=0.5, *;q=0", ALL)).toBe("gzip");
});

test("malformed q-values drop their entry instead of guessing", () => {
  expect(parseAcceptEncoding("br;q=2, gzip;q=abc, deflate;q=0.1234, zstd;q=0.5")).toEqual(new Map([["zstd", 0.5]]));
  expect(chooseEncoding("br;q=, gzip", ALL)).toBe("gzip");
});
