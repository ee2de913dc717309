import { expect, test } from "vitest";
import { createFs } from "./fs";

test("relative paths resolve against the working directory, which starts at /root", () => {
  const fs = createFs();
  fs.write("a.yaml", "x");
  expect(fs.read("/root/a.yaml")).toEqual({ ok: true, value: "x" });
  expect(fs.resolve("../etc/./hosts")).toBe("/etc/hosts");
});

test("writing into a missing directory fails with ENOENT", () => {
  expect(createFs().write("nope/a.yaml", "x")).toEqual({ ok: false, error: "ENOENT" });
});

test("mkdir -p creates parents and rm -r removes a tree", () => {
  const fs = createFs();
  expect(fs.mkdir("a/b/c", true)).toEqual({ ok: true, value: undefined });
  fs.write("a/b/c/f", "1");
  expect(fs.remove("a")).toEqual({ ok: false, error: "EISDIR" });
  expect(fs.remove("a", true)).toEqual({ ok: true, value: undefined });
  expect(fs.exists("a/b/c/f")).toBe(false);
});

test("the file system round-trips through JSON", () => {
  const fs = createFs();
  fs.write("w.yaml", "kind: Pod\n");
  fs.chdir("/opt");
  const copy = createFs(JSON.parse(JSON.stringify(fs.toJSON())));
  expect(copy.cwd()).toBe("/opt");
  expect(copy.read("/root/w.yaml")).toEqual({ ok: true, value: "kind: Pod\n" });
});
