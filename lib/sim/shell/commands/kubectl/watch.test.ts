import { expect, test } from "vitest";
import type { Pod } from "../../../api/types";
import { createShell } from "../../index";
import { createTestCluster } from "../../test-cluster";

function pod(name: string, labels: Record<string, string> = { app: "web" }): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels }, spec: { containers: [{ name: "web", image: "nginx" }] } };
}

function watching(line: string, setup: string[] = []) {
  const cluster = createTestCluster();
  const shell = createShell({ cluster });
  for (const s of setup) shell.run(s);
  const result = shell.run(line);
  const streamed: string[] = [];
  result.stream?.subscribe((text) => streamed.push(text));
  return { cluster, shell, result, streamed };
}

test("get -w prints the table, then one row per change without a header, aligned with the table", () => {
  const { cluster, result, streamed } = watching("kubectl get pods -w", ["kubectl run web --image=nginx"]);
  expect(result.stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n");
  cluster.advance(5_000);
  cluster.api.create("pods", pod("api-server-long-name"));
  cluster.advance(1_000);
  expect(streamed).toEqual(["api-server-long-name   0/1     Pending   0          0s\n"]);
  cluster.api.patch("pods", "web", { metadata: { labels: { tier: "a" } } }, { type: "merge" });
  cluster.advance(1_000);
  expect(streamed[1]).toBe("web                    0/1     Pending   0          6s\n");
});

test("an empty list prints nothing at first; the first change brings the header", () => {
  const { cluster, result, streamed } = watching("kubectl get pods -w");
  expect(result.output).toBe("");
  expect(result.stream).toBeDefined();
  cluster.api.create("pods", pod("web"));
  cluster.advance(1_000);
  expect(streamed.join("")).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n");
});

test("--watch-only skips the current objects and --output-watch-events adds the padded EVENT column", () => {
  const { cluster, result, streamed } = watching("kubectl get pods --watch-only --output-watch-events", ["kubectl run web --image=nginx"]);
  expect(result.output).toBe("");
  cluster.api.patch("pods", "web", { metadata: { labels: { tier: "a" } } }, { type: "merge" });
  cluster.advance(1_000);
  cluster.api.delete("pods", "web", { gracePeriodSeconds: 0 });
  cluster.advance(1_000);
  expect(streamed.join("")).toBe(
    "EVENT      NAME   READY   STATUS    RESTARTS   AGE\nMODIFIED   web    0/1     Pending   0          0s\nDELETED    web    0/1     Pending   0          1s\n",
  );
});

test("watching one object prints it once, then only its changes", () => {
  const { cluster, result, streamed } = watching("kubectl get pod web -w", ["kubectl run web --image=nginx", "kubectl run other --image=nginx"]);
  expect(result.stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n");
  cluster.advance(1_000);
  expect(streamed).toEqual([]);
  cluster.api.patch("pods", "other", { metadata: { labels: { tier: "a" } } }, { type: "merge" });
  cluster.api.patch("pods", "web", { metadata: { labels: { tier: "a" } } }, { type: "merge" });
  cluster.advance(1_000);
  expect(streamed).toEqual(["web    0/1     Pending   0          1s\n"]);
});

test("a pipe into grep filters the streamed lines too", () => {
  const { cluster, result, streamed } = watching("kubectl get pods -w | grep web", ["kubectl run web --image=nginx"]);
  expect(result.stdout).toBe("web    0/1     Pending   0          0s\n");
  cluster.api.create("pods", pod("db", { app: "db" }));
  cluster.api.create("pods", pod("web-2"));
  cluster.advance(1_000);
  expect(streamed.join("")).toBe("web-2   0/1     Pending   0          0s\n");
});

test("a pipe into a command that needs the end of input sees the first table only", () => {
  const { result } = watching("kubectl get pods -w | wc -l", ["kubectl run web --image=nginx"]);
  expect(result.stdout).toBe("2\n");
  expect(result.stream).toBeUndefined();
});

test("-o name streams one name per change and yaml separates documents", () => {
  const named = watching("kubectl get pods -w -o name", ["kubectl run web --image=nginx"]);
  named.cluster.api.create("pods", pod("db"));
  named.cluster.advance(1_000);
  expect(named.result.stdout + named.streamed.join("")).toBe("pod/web\npod/db\n");
  const yaml = watching("kubectl get pods -w -o yaml | grep -e '^---' -e '^  name:'", ["kubectl run web --image=nginx"]);
  yaml.cluster.api.create("pods", pod("db"));
  yaml.cluster.advance(1_000);
  expect(yaml.result.stdout + yaml.streamed.join("")).toBe("  name: web\n---\n  name: db\n");
});

test("watching several types at once is refused as kubectl refuses it", () => {
  const { result } = watching("kubectl get pods,services -w");
  expect(result.stderr).toBe("error: watch is only supported on individual resources and resource collections, but 2 resources were found\n");
  expect(result.stream).toBeUndefined();
});

test("stop ends the stream: nothing arrives afterwards and the commands after it never ran", () => {
  const { cluster, shell, result, streamed } = watching("kubectl get pods -w; echo after");
  expect(result.output).toBe("");
  result.stream?.stop();
  result.stream?.stop();
  cluster.api.create("pods", pod("web"));
  cluster.advance(1_000);
  expect(streamed).toEqual([]);
  expect(shell.foreground()).toBe(result.stream);
  expect(shell.interrupt()).toBe(true);
  expect(shell.interrupt()).toBe(false);
});

test("output written before anyone subscribes is kept for the first subscriber", () => {
  const cluster = createTestCluster();
  const shell = createShell({ cluster });
  const result = shell.run("kubectl get pods -w");
  cluster.api.create("pods", pod("web"));
  cluster.advance(1_000);
  const seen: string[] = [];
  result.stream?.subscribe((text) => seen.push(text));
  expect(seen).toEqual(["NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n"]);
});

test("sleep lets a running watch go on and shows what it printed; any other line stops it", () => {
  const cluster = createTestCluster();
  const shell = createShell({ cluster });
  const first = shell.run("kubectl get pods -w");
  cluster.api.create("pods", pod("web"));
  expect(shell.run("sleep 2").stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n");
  expect(shell.foreground()).toBe(first.stream);
  shell.run("kubectl get pods");
  expect(shell.foreground()).toBeUndefined();
  cluster.api.create("pods", pod("db"));
  expect(shell.run("sleep 2").stdout).toBe("");
});

test("a watch whose output is redirected appends its later rows to the file", () => {
  const { cluster, shell } = watching("kubectl get pods -w > pods.txt", ["kubectl run web --image=nginx"]);
  cluster.api.create("pods", pod("db"));
  shell.run("sleep 1");
  expect(shell.run("cat pods.txt").stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\ndb     0/1     Pending   0          0s\n");
});
