import { expect, test } from "vitest";
import { CRICTL_TABLE, DOCKER_TABLE, KUBECTL_DESCRIBE, formatRows, formatTabbed } from "./tabwriter";

test("kubectl columns are the widest cell plus 3, at least 6, and the last column is not padded", () => {
  const rows = [
    ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
    ["web-6d4cf56db6-2xkqp", "1/1", "Running", "0", "5m12s"],
    ["web-6d4cf56db6-8hzrw", "0/1", "CrashLoopBackOff", "4 (32s ago)", "5m12s"],
  ];
  expect(formatRows(rows)).toBe(
    [
      "NAME                   READY   STATUS             RESTARTS      AGE",
      "web-6d4cf56db6-2xkqp   1/1     Running            0             5m12s",
      "web-6d4cf56db6-8hzrw   0/1     CrashLoopBackOff   4 (32s ago)   5m12s",
      "",
    ].join("\n"),
  );
});

test("a short column still takes the minimum width of 6", () => {
  expect(formatRows([["NAME", "AGE"], ["a", "1s"]])).toBe("NAME   AGE\na      1s\n");
});

test("describe blocks align only within consecutive lines that share a column", () => {
  const text = "Name:\tweb\nNamespace:\tdefault\nLabels:\tapp=web\n\nContainers:\n  web:\n    Image:\tnginx\n    Restart Count:\t0\n";
  expect(formatTabbed(text, KUBECTL_DESCRIBE)).toBe(
    "Name:       web\nNamespace:  default\nLabels:     app=web\n\nContainers:\n  web:\n    Image:          nginx\n    Restart Count:  0\n",
  );
});

test("an empty cell in the middle is padded to the column width", () => {
  expect(formatRows([["A", "", "C"], ["AAAAAAAA", "B", "C"]])).toBe("A                C\nAAAAAAAA   B     C\n");
});

test("crictl columns are at least 20 wide", () => {
  expect(formatRows([["POD ID", "STATE"], ["9f8e7d6c5b4a3", "Ready"]], CRICTL_TABLE)).toBe("POD ID              STATE\n9f8e7d6c5b4a3       Ready\n");
});

test("docker columns are at least 10 wide", () => {
  expect(formatRows([["NETWORK ID", "NAME", "DRIVER", "SCOPE"], ["8d0e3f1a2b3c", "bridge", "bridge", "local"]], DOCKER_TABLE)).toBe(
    "NETWORK ID     NAME      DRIVER    SCOPE\n8d0e3f1a2b3c   bridge    bridge    local\n",
  );
});

test("widths count characters, not UTF-16 units or bytes", () => {
  expect(formatRows([["é", "x"], ["ab", "y"]])).toBe("é     x\nab    y\n");
});

test("rows of different lengths align block by block, as the general algorithm does", () => {
  expect(formatRows([["NAME", "AGE"], ["a", "b", "c"], ["long-name", "x", "y"]])).toBe("NAME        AGE\na           b     c\nlong-name   x     y\n");
});

test("remembered widths keep later rows aligned with earlier ones and only grow", () => {
  const remembered: number[] = [];
  expect(formatRows([["NAME", "STATUS", "AGE"], ["web", "Pending", "0s"]], undefined, remembered)).toBe("NAME   STATUS    AGE\nweb    Pending   0s\n");
  expect(formatRows([["web", "Running", "5s"]], undefined, remembered)).toBe("web    Running   5s\n");
  expect(formatRows([["web", "ContainerCreating", "5s"]], undefined, remembered)).toBe("web    ContainerCreating   5s\n");
  expect(formatRows([["a", "b", "6s"]], undefined, remembered)).toBe("a      b                   6s\n");
});

test("astral characters count once", () => {
  expect(formatRows([["🙂", "x"], ["ab", "y"]])).toBe("🙂     x\nab    y\n");
});
