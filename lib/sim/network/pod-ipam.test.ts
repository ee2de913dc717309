import { expect, test } from "vitest";
import { createPodIpam } from "./pod-ipam";

test("pod IPs come from the node's CIDR starting at .2", () => {
  const ipam = createPodIpam();
  expect([ipam.allocate("node01", "10.244.1.0/24", "a"), ipam.allocate("node01", "10.244.1.0/24", "b")]).toEqual(["10.244.1.2", "10.244.1.3"]);
  expect(ipam.allocate("node02", "10.244.2.0/24", "c")).toBe("10.244.2.2");
});

test("a released IP is not handed out again until the range wraps, as host-local does", () => {
  const ipam = createPodIpam();
  const first = ipam.allocate("node01", "10.244.1.0/24", "a") ?? "";
  ipam.release("node01", first);
  expect(ipam.allocate("node01", "10.244.1.0/24", "b")).toBe("10.244.1.3");
});

test("the range wraps to .2 after .254 and skips addresses in use", () => {
  const ipam = createPodIpam();
  const ips: string[] = [];
  for (let i = 0; i < 253; i++) ips.push(ipam.allocate("node01", "10.244.1.0/24", `p${i}`) ?? "");
  expect(ips.at(-1)).toBe("10.244.1.254");
  expect(ipam.allocate("node01", "10.244.1.0/24", "full")).toBeUndefined();
  ipam.release("node01", "10.244.1.7");
  expect(ipam.allocate("node01", "10.244.1.0/24", "again")).toBe("10.244.1.7");
});
