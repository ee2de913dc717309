import { expect, test } from "vitest";

import { parseDuration } from "./duration";
import { createSession, restoreSession } from "./session";

test("durations read like kubectl's: bare seconds, units and combinations", () => {
  expect(parseDuration("90")).toBe(90_000);
  expect(parseDuration("5m")).toBe(300_000);
  expect(parseDuration("1h30m")).toBe(5_400_000);
  expect(parseDuration("250ms")).toBe(250);
  expect(parseDuration("5 minutes")).toBeUndefined();
  expect(parseDuration("")).toBeUndefined();
});

test("a restored session replays its transcript to the same cluster, byte for byte", () => {
  const session = createSession({ scenario: "default", seed: 11 });
  session.run("kubectl create deployment web --image=nginx --replicas=3");
  session.advance(20_000);
  session.run("kubectl scale deployment web --replicas=5");
  session.advance(7_500);
  session.run("sim node stop node01");
  session.advance(60_000);
  const saved = JSON.parse(JSON.stringify(session.toJSON()));
  const restored = restoreSession(saved);
  expect(restored.elapsed()).toBe(session.elapsed());
  expect(restored.cluster.dump()).toBe(session.cluster.dump());
  expect(restored.run("kubectl get pods").stdout).toBe(session.run("kubectl get pods").stdout);
});

test("sim advance fast-forwards virtual time and sim errors name the problem", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  const before = session.elapsed();
  expect(session.run("sim advance 5m")).toEqual({ stdout: "advanced the clock by 5m\n", stderr: "", exitCode: 0, output: "advanced the clock by 5m\n" });
  expect(session.elapsed() - before).toBe(300_000);
  expect(session.run("sim node stop nodeX").stderr).toBe("sim: node \"nodeX\" not found\nRun 'sim help' for usage.\n");
  expect(session.run("sim advance soon").exitCode).toBe(1);
});

test("stopping a node's kubelet with sim makes the node NotReady after the grace period", () => {
  const session = createSession({ scenario: "default", seed: 3 });
  session.run("sim node stop node01");
  session.run("sim advance 2m");
  const nodes = session.run("kubectl get nodes node01").stdout;
  expect(nodes.split("\n")[1]?.split(/\s+/)[1]).toBe("NotReady");
});

test("a watch goes on through sim and sleep lines, which show what it printed, and stops at the next command", () => {
  const session = createSession({ scenario: "default", seed: 5 });
  const watch = session.run("kubectl get nodes node02 -w");
  expect(watch.stdout).toBe("NAME     STATUS   ROLES    AGE   VERSION\nnode02   Ready    <none>   60s   v1.33.1\n");
  expect(session.keepsRunning("sim node stop node02")).toBe(true);
  expect(session.keepsRunning("sleep 60")).toBe(true);
  expect(session.keepsRunning("kubectl get pods")).toBe(false);
  expect(session.run("sim node stop node02").stdout).toBe("kubelet on node02 stopped: no more heartbeats\n");
  expect(session.run("sleep 60").stdout).toBe("node02   NotReady   <none>   115s   v1.33.1\nnode02   NotReady   <none>   115s   v1.33.1\n");
  expect(session.interrupt()).toBe(true);
  expect(session.interrupt()).toBe(false);
});

test("watching changes nothing: a session that watched and one that did not reach the same cluster", () => {
  const lines = ["kubectl create deployment web --image=nginx --replicas=3", "kubectl get pods -w", "sleep 30", "sim node stop node01", "sleep 90", "kubectl get pods"];
  const watched = createSession({ scenario: "default", seed: 9 });
  for (const line of lines) watched.run(line);
  const plain = createSession({ scenario: "default", seed: 9 });
  for (const line of lines.filter((l) => !l.includes("-w"))) plain.run(line);
  expect(watched.cluster.dump()).toBe(plain.cluster.dump());
  const restored = restoreSession(JSON.parse(JSON.stringify(watched.toJSON())));
  expect(restored.shell.foreground()).toBeUndefined();
  expect(restored.cluster.dump()).toBe(watched.cluster.dump());
});

test("deleting a Deployment's ReplicaSet returns at once although the Deployment recreates it under the same name", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  session.run("kubectl create deployment web --image=nginx --replicas=2");
  session.run("sleep 20");
  const rs = session.run("kubectl get rs -o name").stdout.trim();
  const before = session.cluster.clock.now();
  expect(session.run(`kubectl delete ${rs}`).stdout).toBe(`replicaset.apps "${rs.split("/")[1]}" deleted\n`);
  expect(session.cluster.clock.now() - before).toBeLessThan(2_000);
});
