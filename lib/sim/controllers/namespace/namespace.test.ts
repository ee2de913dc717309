import { expect, test } from "vitest";
import type { Namespace } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";

test("a new namespace gets the default service account and the root CA config map", () => {
  const c = createFakeCluster();
  c.api.create("namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: "dev" } });
  c.clock.advance(100);
  expect(c.api.get("serviceaccounts", "default", { namespace: "dev" }).metadata.name).toBe("default");
  expect(c.api.get("configmaps", "kube-root-ca.crt", { namespace: "dev" }).metadata.name).toBe("kube-root-ca.crt");
});

test("deleting a namespace deletes its contents and then the namespace", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.api.create("namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: "dev" } });
  c.api.create("pods", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }] } }, { namespace: "dev" });
  c.clock.advance(1000);
  const deleting = c.api.delete("namespaces", "dev") as Namespace;
  expect(deleting.status?.phase).toBe("Terminating");
  let e = "";
  try {
    c.api.create("configmaps", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x" } }, { namespace: "dev" });
  } catch (err) {
    e = (err as Error).message;
  }
  expect(e).toBe("configmaps is forbidden: unable to create new content in namespace dev because it is being terminated");
  c.clock.advance(5000);
  expect(c.api.list("namespaces").items.map((n) => n.metadata.name)).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
});
