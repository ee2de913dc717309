import { expect, test } from "vitest";
import { createCluster, restoreCluster } from "../cluster/create-cluster";

function createDockerScenario(seed = 1) {
  const cluster = createCluster({ scenario: "docker", seed });
  const docker = cluster.docker;
  if (!docker) throw new Error("the docker scenario has a Docker host");
  return { cluster, docker };
}

test("the docker scenario is a single Docker host without a cluster", () => {
  const { cluster, docker } = createDockerScenario();
  expect(cluster.nodes()).toEqual([]);
  expect(docker.networks().map((n) => n.name)).toEqual(["bridge", "host", "none"]);
});

test("containers on a crashed Docker host stay dead: nothing restarts them anywhere else", () => {
  const { cluster, docker } = createDockerScenario();
  docker.run({ image: "nginx", name: "web", publish: ["8080:80"] });
  expect(docker.request(8080).ok).toBe(true);
  docker.crashHost();
  cluster.advance(10 * 60_000);
  expect(docker.isRunning()).toBe(false);
  docker.bootHost();
  const web = docker.get("web");
  expect([web.state, web.exitCode]).toEqual(["exited", 255]);
  expect(docker.request(8080)).toEqual({ ok: false, error: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server" });
});

test("docker operations are part of the snapshot and replay to the same state", () => {
  const { cluster, docker } = createDockerScenario(5);
  docker.run({ image: "nginx", publish: ["8080:80"], restart: "always" });
  docker.run({ image: "redis" });
  cluster.advance(30_000);
  docker.crashContainer(docker.ps()[0].id.slice(0, 12), { exitCode: 2 });
  cluster.advance(1_000);
  const restored = restoreCluster(JSON.parse(JSON.stringify(cluster.snapshot())));
  expect(restored.dump()).toBe(cluster.dump());
});
