import { expect, test } from "vitest";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { createContainerRuntime } from "./containerd";
import type { PullOutcome } from "./pull";

function createTestRuntime() {
  const clock = createClock({ startMs: Date.UTC(2025, 0, 1) });
  const runtime = createContainerRuntime({ clock, rng: createRng(1), nodeName: "node01", preloadedImages: ["registry.k8s.io/pause:3.10"] });
  return { clock, runtime };
}

function startNginx(runtime: ReturnType<typeof createTestRuntime>["runtime"]) {
  const sb = runtime.runPodSandbox({ name: "web", namespace: "default", uid: "u1", attempt: 0, ip: "10.244.1.2" });
  const id = runtime.createContainer(sb, { name: "web", image: "nginx", attempt: 0 });
  runtime.startContainer(id);
  return { sb, id };
}

test("pulling nginx takes time proportional to its size and then caches the image", () => {
  const { clock, runtime } = createTestRuntime();
  const outcomes: PullOutcome[] = [];
  runtime.pullImage("nginx", (o) => outcomes.push(o));
  clock.advance(4000);
  expect(outcomes).toEqual([]);
  clock.advance(1000);
  expect(outcomes[0]?.ok).toBe(true);
  expect(outcomes[0]?.durationMs).toBe(4309);
  expect(runtime.hasImage("docker.io/library/nginx:latest")).toBe(true);
  expect(runtime.listImages().map((i) => `${i.repository}:${i.tag}`)).toEqual(["registry.k8s.io/pause:3.10", "docker.io/library/nginx:latest"]);
});

test("pulling an unknown repository fails with containerd's access-denied message", () => {
  const { clock, runtime } = createTestRuntime();
  const outcomes: PullOutcome[] = [];
  runtime.pullImage("nginxx", (o) => outcomes.push(o));
  clock.advance(1000);
  expect(outcomes).toEqual([
    {
      ok: false,
      durationMs: 700,
      message:
        'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginxx:latest": failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    },
  ]);
});

test("pulling an unknown tag of a known repository fails with not found", () => {
  const { clock, runtime } = createTestRuntime();
  const outcomes: PullOutcome[] = [];
  runtime.pullImage("nginx:9.9", (o) => outcomes.push(o));
  clock.advance(1000);
  expect(outcomes[0]).toEqual({
    ok: false,
    durationMs: 700,
    message:
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.9": failed to resolve reference "docker.io/library/nginx:9.9": docker.io/library/nginx:9.9: not found',
  });
});

test("a started nginx container runs, has a 64-hex id and logs its start-up lines", () => {
  const { runtime } = createTestRuntime();
  const { id } = startNginx(runtime);
  expect(id).toHaveLength(64);
  expect(runtime.listContainers().map((c) => c.state)).toEqual(["CONTAINER_RUNNING"]);
  expect(runtime.logs(id.slice(0, 13))?.at(-9)?.text).toBe("/docker-entrypoint.sh: Configuration complete; ready for start up");
  expect(runtime.logs(id)?.at(-7)?.text).toBe("2025/01/01 00:00:00 [notice] 1#1: nginx/1.27.3");
});

test("an OOM kill exits the container with 137 and reason OOMKilled and notifies listeners", () => {
  const { runtime } = createTestRuntime();
  const exits: string[] = [];
  runtime.onExit((e) => exits.push(`${e.exitCode} ${e.reason}`));
  const { id } = startNginx(runtime);
  runtime.killContainer(id, { exitCode: 137, reason: "OOMKilled" });
  expect(exits).toEqual(["137 OOMKilled"]);
  expect(runtime.listContainers()).toEqual([]);
  expect(runtime.listContainers({ all: true })[0]?.state).toBe("CONTAINER_EXITED");
});

test("a busybox container without a command exits 0 at once", () => {
  const { clock, runtime } = createTestRuntime();
  const sb = runtime.runPodSandbox({ name: "bb", namespace: "default", uid: "u2", attempt: 0, ip: "10.244.1.3" });
  const id = runtime.createContainer(sb, { name: "bb", image: "busybox", attempt: 0 });
  runtime.startContainer(id);
  clock.advance(0);
  expect(runtime.getContainer(id)?.reason).toBe("Completed");
});

test("a sleep command ignores SIGTERM and is killed at the grace deadline with 137", () => {
  const { clock, runtime } = createTestRuntime();
  const sb = runtime.runPodSandbox({ name: "bb", namespace: "default", uid: "u2", attempt: 0, ip: "10.244.1.3" });
  const id = runtime.createContainer(sb, { name: "bb", image: "busybox", command: ["sleep", "3600"], attempt: 0 });
  runtime.startContainer(id);
  let stopped = false;
  runtime.stopContainer(id, 30_000, () => (stopped = true));
  clock.advance(29_000);
  expect(stopped).toBe(false);
  clock.advance(1_000);
  expect([stopped, runtime.getContainer(id)?.exitCode]).toEqual([true, 137]);
});

test("nginx stops gracefully on SIGTERM with exit code 0", () => {
  const { clock, runtime } = createTestRuntime();
  const { id } = startNginx(runtime);
  runtime.stopContainer(id, 30_000);
  clock.advance(200);
  expect([runtime.getContainer(id)?.exitCode, runtime.getContainer(id)?.reason]).toEqual([0, "Completed"]);
});

test("inspect shows the CRI status with the log path", () => {
  const { runtime } = createTestRuntime();
  const { id } = startNginx(runtime);
  const status = runtime.inspect(id)?.status as Record<string, unknown>;
  expect(status.state).toBe("CONTAINER_RUNNING");
  expect(status.logPath).toBe("/var/log/pods/default_web_u1/web/0.log");
  expect(status.startedAt).toBe("2025-01-01T00:00:00.000000000Z");
});
