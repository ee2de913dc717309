import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

const CLI = join(import.meta.dirname, "node.ts");
const SCRIPT = join(import.meta.dirname, "testdata", "watch.sh");

function sim(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

test("a script prints each command after $ with its output, a watch ending in ^C at the next command", { timeout: 60_000 }, () => {
  expect(sim(["--scenario", "default", "--seed", "7", "--script", SCRIPT])).toEqual({
    stdout: `$ kubectl get nodes node01 -w
NAME     STATUS   ROLES    AGE   VERSION
node01   Ready    <none>   60s   v1.33.1
$ sim node stop node01
kubelet on node01 stopped: no more heartbeats
$ sleep 60
node01   NotReady   <none>   115s   v1.33.1
node01   NotReady   <none>   115s   v1.33.1
^C
$ cat > note.txt <<EOF
> done
> EOF
$ cat note.txt
done
$ sim crash nope
sim: pod "nope" not found in namespace "default"
Run 'sim help' for usage.
$ kubectl get pdos
error: the server doesn't have a resource type "pdos"
$ kubectl get nodes --watch-only
^C
`,
    stderr: "",
    status: 0,
  });
});

test("commands on standard input run the same way", { timeout: 60_000 }, () => {
  expect(sim(["--scenario=single-node"], "hostname\nkubectl get nodes -o name\n")).toEqual({
    stdout: "$ hostname\ncontrolplane\n$ kubectl get nodes -o name\nnode/controlplane\n",
    stderr: "",
    status: 0,
  });
});

test("its own usage errors exit with 2 and say what to choose", { timeout: 60_000 }, () => {
  expect(sim(["--scenario", "x"])).toEqual({
    stdout: "",
    stderr: "sim: unknown scenario \"x\" (choose from default, single-node, ha, docker)\nRun 'npm run sim -- --help' for usage.\n",
    status: 2,
  });
  expect(sim(["--script", join(import.meta.dirname, "testdata", "missing.sh")]).stderr.split("\n")[0]).toBe(`sim: cannot read script "${join(import.meta.dirname, "testdata", "missing.sh")}"`);
});
