import { expect, test } from "vitest";
import { createShell } from "../index";
import { createTestCluster } from "../test-cluster";
import { basicToJs } from "./grep";

test("basic regular expressions treat + ? | ( ) { } literally unless escaped", () => {
  expect(basicToJs("a+b")).toBe("a\\+b");
  expect(basicToJs("a\\|b")).toBe("a|b");
  expect(basicToJs("x\\{2\\}")).toBe("x{2}");
});

test("-A, -B and -C print context lines and -- between separate groups", () => {
  const shell = createShell({ cluster: createTestCluster() });
  shell.fs.write("f.txt", "a\nb\nX\nc\nd\ne\nX\nf\n");
  expect(shell.run("grep -A1 X f.txt").stdout).toBe("X\nc\n--\nX\nf\n");
  expect(shell.run("grep -B 2 X f.txt").stdout).toBe("a\nb\nX\n--\nd\ne\nX\n");
  expect(shell.run("grep -n -C1 X f.txt").stdout).toBe("2-b\n3:X\n4-c\n--\n6-e\n7:X\n8-f\n");
  expect(shell.run("grep --context=5 X f.txt").stdout).toBe("a\nb\nX\nc\nd\ne\nX\nf\n");
});

test("base64 encodes with a final newline and -d decodes", () => {
  const shell = createShell({ cluster: createTestCluster() });
  expect(shell.run("echo -n admin | base64").stdout).toBe("YWRtaW4=\n");
  expect(shell.run("echo YWRtaW4= | base64 -d").stdout).toBe("admin");
  expect(shell.run("echo 'not base64!' | base64 --decode").stderr).toBe("base64: invalid input\n");
});
