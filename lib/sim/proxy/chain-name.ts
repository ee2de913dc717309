// PURPOSE: kube-proxy's chain names: a prefix plus 16 base32 characters of a SHA-256.
// MODELS: kube-proxy iptables mode (https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-iptables)
// NOT MODELLED: the older chain-name recipes of pre-1.2x proxiers.

import { sha256 } from "./sha256";
import { memoizeByString } from "../core/memo";

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

// Rules are rebuilt whenever a Service or EndpointSlice changes, for the same few names each time.
const chainHash = memoizeByString((text: string) => base32(sha256(text)).slice(0, 16), 8192);

/** `servicePortName` is `ns/svc:portName`; protocol lower-case, e.g. `tcp`. */
export function servicePortHash(servicePortName: string, protocol: string): string {
  return chainHash(servicePortName + protocol);
}

export function endpointHash(servicePortName: string, protocol: string, endpoint: string): string {
  return chainHash(servicePortName + protocol + endpoint);
}

export function serviceChainName(prefix: "KUBE-SVC-" | "KUBE-SVL-" | "KUBE-EXT-" | "KUBE-FW-", servicePortName: string, protocol: string): string {
  return prefix + servicePortHash(servicePortName, protocol);
}

export function endpointChainName(servicePortName: string, protocol: string, endpoint: string): string {
  return "KUBE-SEP-" + endpointHash(servicePortName, protocol, endpoint);
}
