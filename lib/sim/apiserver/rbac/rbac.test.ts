import { expect, test } from "vitest";
import type { KubeObject } from "../../api/types";
import { createClock } from "../../core/clock";
import { StatusError } from "../../core/errors";
import { createRng } from "../../core/rng";
import { createStore } from "../../store/store";
import { createApiServer } from "../server";
import { serviceAccountUser } from "./authorizer";

function setup() {
  const api = createApiServer({ store: createStore(), clock: createClock({ startMs: 0 }), rng: createRng(1) }).client();
  return api;
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return `${e.status.code} ${e.message}`;
    throw e;
  }
  return "allowed";
}

const alice = { username: "alice", groups: ["system:authenticated"] };

test("a user without bindings is forbidden with the real wording", () => {
  const api = setup();
  expect(message(() => api.as(alice).list("pods"))).toBe('403 pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "default"');
  expect(message(() => api.as(alice).get("deployments", "web"))).toBe(
    '403 deployments.apps "web" is forbidden: User "alice" cannot get resource "deployments" in API group "apps" in the namespace "default"',
  );
  expect(message(() => api.as(alice).list("nodes"))).toBe('403 nodes is forbidden: User "alice" cannot list resource "nodes" in API group "" at the cluster scope');
});

test("a RoleBinding to the view ClusterRole allows reads in its namespace only", () => {
  const api = setup();
  api.create("rolebindings", {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: "alice-view" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ kind: "User", name: "alice" }],
  } as KubeObject);
  expect(message(() => api.as(alice).list("pods"))).toBe("allowed");
  expect(message(() => api.as(alice).list("pods", { namespace: "kube-system" }))).toBe(
    '403 pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "kube-system"',
  );
  expect(message(() => api.as(alice).delete("pods", "x"))).toBe(
    '403 pods "x" is forbidden: User "alice" cannot delete resource "pods" in API group "" in the namespace "default"',
  );
});

test("a Role with resourceNames limits access to named objects; service accounts match by namespace and name", () => {
  const api = setup();
  api.create("roles", {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role",
    metadata: { name: "cm-reader" },
    rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"], resourceNames: ["app-config"] }],
  } as KubeObject);
  api.create("rolebindings", {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: "bot" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "cm-reader" },
    subjects: [{ kind: "ServiceAccount", name: "bot", namespace: "default" }],
  } as KubeObject);
  api.create("configmaps", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app-config" } } as KubeObject);
  const bot = api.as(serviceAccountUser("default", "bot"));
  expect(message(() => bot.get("configmaps", "app-config"))).toBe("allowed");
  expect(message(() => bot.get("configmaps", "other"))).toBe(
    '403 configmaps "other" is forbidden: User "system:serviceaccount:default:bot" cannot get resource "configmaps" in API group "" in the namespace "default"',
  );
});

test("system:masters bypasses authorization", () => {
  const api = setup();
  expect(message(() => api.as({ username: "root", groups: ["system:masters"] }).list("secrets", { namespace: "kube-system" }))).toBe("allowed");
});
