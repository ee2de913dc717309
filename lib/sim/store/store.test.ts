import { expect, test } from "vitest";
import type { KubeObject } from "../api/types";
import { createStore, storeKey, StoreError, type StoreEvent } from "./store";

function pod(name: string, namespace = "default"): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace } };
}

test("keys follow the /registry layout, cluster-scoped without namespace", () => {
  expect(storeKey("pods", "default", "web")).toBe("/registry/pods/default/web");
  expect(storeKey("nodes", "", "node01")).toBe("/registry/nodes/node01");
});

test("each write bumps the global revision and becomes the resourceVersion", () => {
  const store = createStore();
  const a = store.create("pods", pod("a"));
  const b = store.create("nodes", { apiVersion: "v1", kind: "Node", metadata: { name: "n1" } });
  expect(a.metadata.resourceVersion).toBe("2");
  expect(b.metadata.resourceVersion).toBe("3");
  expect(store.revision()).toBe(3);
});

test("creating an existing key fails", () => {
  const store = createStore();
  store.create("pods", pod("a"));
  expect(() => store.create("pods", pod("a"))).toThrow(StoreError);
});

test("a stale compare-and-swap update fails with Conflict", () => {
  const store = createStore();
  const a = store.create("pods", pod("a"));
  store.update("pods", { ...a, metadata: { ...a.metadata, labels: { x: "1" } } }, a.metadata.resourceVersion);
  let code = "";
  try {
    store.update("pods", a, a.metadata.resourceVersion);
  } catch (e) {
    if (e instanceof StoreError) code = e.code;
  }
  expect(code).toBe("Conflict");
});

test("list filters by namespace without touching other namespaces", () => {
  const store = createStore();
  store.create("pods", pod("a", "default"));
  store.create("pods", pod("b", "kube-system"));
  expect(store.list("pods", "kube-system").map((o) => o.metadata.name)).toEqual(["b"]);
  expect(store.list("pods").length).toBe(2);
  expect(store.count("pods")).toBe(2);
});

test("stored objects are frozen", () => {
  const store = createStore();
  const a = store.create("pods", pod("a"));
  expect(Object.isFrozen(a.metadata)).toBe(true);
});

test("watch from a revision replays later events of that resource then streams new ones", () => {
  const store = createStore();
  const a = store.create("pods", pod("a"));
  store.create("nodes", { apiVersion: "v1", kind: "Node", metadata: { name: "n1" } });
  store.create("pods", pod("b"));
  const seen: string[] = [];
  store.watch("pods", Number(a.metadata.resourceVersion), (e: StoreEvent) => seen.push(`${e.type} ${e.object.metadata.name}`));
  store.delete("pods", "default", "a");
  expect(seen).toEqual(["ADDED b", "DELETED a"]);
});

test("watching from a compacted revision fails", () => {
  const store = createStore({ historyLimit: 2 });
  for (const n of ["a", "b", "c", "d"]) store.create("pods", pod(n));
  let code = "";
  try {
    store.watch("pods", 2, () => undefined);
  } catch (e) {
    if (e instanceof StoreError) code = e.code;
  }
  expect(code).toBe("Compacted");
});

test("list orders by namespace then name, and keeps that order across updates and new objects", () => {
  const store = createStore();
  const pod = (namespace: string, name: string, v = "1") => ({ apiVersion: "v1", kind: "Pod", metadata: { namespace, name, labels: { v } } });
  store.create("pods", pod("b", "z"));
  store.create("pods", pod("a", "y"));
  store.create("pods", pod("b", "c"));
  expect(store.list("pods").map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(["a/y", "b/c", "b/z"]);
  store.update("pods", pod("b", "c", "2"));
  store.create("pods", pod("a", "b"));
  expect(store.list("pods").map((o) => `${o.metadata.namespace}/${o.metadata.name}/${o.metadata.labels?.v}`)).toEqual(["a/b/1", "a/y/1", "b/c/2", "b/z/1"]);
  store.delete("pods", "a", "y");
  expect(store.list("pods", "a").map((o) => o.metadata.name)).toEqual(["b"]);
});
