// PURPOSE: IPv4 address arithmetic for CIDR allocation.
// MODELS: https://kubernetes.io/docs/concepts/cluster-administration/networking/
// NOT MODELLED: IPv6 and dual stack.

export function ipToNumber(ip: string): number {
  return ip.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
}

export function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

export function parseCidr(cidr: string): { base: number; bits: number; size: number } {
  const [ip, bits] = cidr.split("/");
  const b = Number(bits);
  const size = 2 ** (32 - b);
  return { base: Math.floor(ipToNumber(ip) / size) * size, bits: b, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const { base, size } = parseCidr(cidr);
  const n = ipToNumber(ip);
  return n >= base && n < base + size;
}
