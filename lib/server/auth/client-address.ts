// The client's address as the nearest proxy reports it. Next's own server sets
// x-forwarded-for from the socket; behind a load balancer, configure it to
// overwrite (not append to) this header so clients cannot choose their address.
export function clientAddress(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>): string {
  const raw = typeof headers.get === "function"
    ? (headers as { get(name: string): string | null }).get("x-forwarded-for")
    : (headers as Record<string, string | string[] | undefined>)["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
