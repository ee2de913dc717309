import { expect, test } from "vitest";
import { createShell } from "./index";
import { createTestCluster } from "./test-cluster";

function newShell() {
  return createShell({ cluster: createTestCluster() });
}

test("the prompt names the control-plane node", () => {
  expect(newShell().prompt()).toBe("controlplane $ ");
});

test("an unknown command answers command not found with exit code 127", () => {
  expect(newShell().run("foo bar")).toEqual({ stdout: "", stderr: "bash: foo: command not found\n", exitCode: 127, output: "bash: foo: command not found\n" });
});

test("a heredoc writes a file that cat reads back", () => {
  const shell = newShell();
  shell.run("cat <<EOF > web.yaml\napiVersion: v1\nkind: Pod\nEOF");
  expect(shell.run("cat web.yaml").stdout).toBe("apiVersion: v1\nkind: Pod\n");
  expect(shell.run("ls").stdout).toBe("web.yaml\n");
});

test("pipes feed stdout into the next command", () => {
  const shell = newShell();
  expect(shell.run("echo -e 'b\\na\\nc' | sort -r | head -n 2").stdout).toBe("c\nb\n");
  expect(shell.run("echo -e 'x\\ny\\nx' | grep -c x").stdout).toBe("2\n");
  expect(shell.run("echo -e 'x\\ny' | wc -l").stdout).toBe("2\n");
});

test("&& stops after a failure and || runs after one", () => {
  const shell = newShell();
  expect(shell.run("false && echo no || echo yes").stdout).toBe("yes\n");
});

test(">> appends and 2> captures errors", () => {
  const shell = newShell();
  shell.run("echo a > f; echo b >> f; cat missing 2> err");
  expect(shell.run("cat f").stdout).toBe("a\nb\n");
  expect(shell.run("cat err").stdout).toBe("cat: missing: No such file or directory\n");
});

test("rm reports a missing file as coreutils does", () => {
  expect(newShell().run("rm nope").stderr).toBe("rm: cannot remove 'nope': No such file or directory\n");
});

test("an unterminated quote is a bash error with exit code 2", () => {
  expect(newShell().run("echo 'abc")).toEqual({
    stdout: "",
    stderr: "bash: unexpected EOF while looking for matching `''\n",
    exitCode: 2,
    output: "bash: unexpected EOF while looking for matching `''\n",
  });
});

test("ssh switches the prompt to the node and exit returns", () => {
  const shell = newShell();
  expect(shell.run("ssh node01").exitCode).toBe(0);
  expect(shell.prompt()).toBe("node01 $ ");
  expect(shell.run("hostname").stdout).toBe("node01\n");
  expect(shell.run("exit").stdout).toBe("logout\nConnection to node01 closed.\n");
  expect(shell.prompt()).toBe("controlplane $ ");
});

test("ssh to an unknown host fails like OpenSSH", () => {
  expect(newShell().run("ssh nowhere").stderr).toBe("ssh: Could not resolve hostname nowhere: Name or service not known\n");
});

test("history lists commands numbered from 1", () => {
  const shell = newShell();
  shell.run("echo a");
  shell.run("ls");
  expect(shell.run("history").stdout).toBe("    1  echo a\n    2  ls\n    3  history\n");
});

test("sleep advances the virtual clock", () => {
  const cluster = createTestCluster();
  const shell = createShell({ cluster });
  const before = cluster.clock.now();
  shell.run("sleep 30");
  expect(cluster.clock.now() - before).toBe(30000);
});

test("the session state survives a JSON round trip", () => {
  const cluster = createTestCluster();
  const shell = createShell({ cluster });
  shell.run("echo hi > a.txt; ssh node01; kubectl config set-context --current --namespace=kube-system");
  const restored = createShell({ cluster, state: JSON.parse(JSON.stringify(shell.toJSON())) });
  expect(restored.prompt()).toBe("node01 $ ");
  expect(restored.run("cat a.txt").stdout).toBe("hi\n");
  expect(restored.run("kubectl config view -o jsonpath={.contexts[0].context.namespace}").stdout).toBe("kube-system");
});

test("needsMore asks for the rest of a heredoc", () => {
  expect(newShell().needsMore("kubectl apply -f - <<EOF")).toBe(true);
});
