import { expect, test } from "vitest";
import { createShell } from "./index";
import { createTestCluster } from "./test-cluster";

function complete(line: string, setup: string[] = []): string[] {
  const shell = createShell({ cluster: createTestCluster() });
  for (const s of setup) shell.run(s);
  return shell.complete(line);
}

test("the first word completes to commands", () => {
  expect(complete("kub")).toEqual(["kubectl"]);
});

test("kubectl verbs complete after kubectl", () => {
  expect(complete("kubectl ro")).toEqual(["rollout"]);
  expect(complete("kubectl rollout st")).toEqual(["status"]);
});

test("resource types complete after get", () => {
  expect(complete("kubectl get deplo")).toEqual(["deploy", "deployments"]);
});

test("object names complete after a type", () => {
  expect(complete("kubectl get nodes no")).toEqual(["node01"]);
  expect(complete("kubectl describe pod w", ["kubectl run web --image=nginx"])).toEqual(["web"]);
});

test("flags complete from the command's flag set", () => {
  expect(complete("kubectl get pods --show-l")).toEqual(["--show-labels"]);
});

test("namespaces complete after -n and files after -f", () => {
  expect(complete("kubectl get pods -n kube-s")).toEqual(["kube-system"]);
  expect(complete("kubectl apply -f w", ["touch web.yaml"])).toEqual(["web.yaml"]);
});

test("ssh completes node names", () => {
  expect(complete("ssh n")).toEqual(["node01"]);
});
