import { expect, test } from "vitest";
import { sha256, toHex } from "./sha256";

test("sha256 of the empty string matches the FIPS 180-4 vector", () => {
  expect(toHex(sha256(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
});

test("sha256 of abc matches the FIPS 180-4 vector", () => {
  expect(toHex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("sha256 of the two-block message matches the FIPS 180-4 vector", () => {
  expect(toHex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
});

test("sha256 of a million a's matches the FIPS 180-4 vector", () => {
  expect(toHex(sha256("a".repeat(1000000)))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
});

test("sha256 encodes non-ASCII text as UTF-8", () => {
  expect(toHex(sha256("é"))).toBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
});
