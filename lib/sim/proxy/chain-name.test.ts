import { expect, test } from "vitest";
import { base32, endpointChainName, serviceChainName } from "./chain-name";
import { utf8Bytes } from "./sha256";

test("base32 follows RFC 4648 test vectors", () => {
  expect(base32(utf8Bytes("f"))).toBe("MY======");
  expect(base32(utf8Bytes("foob"))).toBe("MZXW6YQ=");
  expect(base32(utf8Bytes("foobar"))).toBe("MZXW6YTBOI======");
});

test("service chain name matches kube-proxy's hash of ns1/svc1:p80 tcp", () => {
  expect(serviceChainName("KUBE-SVC-", "ns1/svc1:p80", "tcp")).toBe("KUBE-SVC-XPGD46QRK7WJZT7O");
});

test("endpoint chain name matches kube-proxy's hash of 10.180.0.1:80", () => {
  expect(endpointChainName("ns1/svc1:p80", "tcp", "10.180.0.1:80")).toBe("KUBE-SEP-SXIVWICOYRO3J4NJ");
});
