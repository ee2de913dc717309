import { expect, test } from "vitest";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { containerStatus, formatCommand, formatPorts } from "./format";
import { createDockerHost } from "./host";

function createTestHost(seed = 1) {
  const clock = createClock({ startMs: Date.UTC(2025, 0, 1) });
  const docker = createDockerHost({ clock, rng: createRng(seed) });
  return { clock, docker };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return "no error";
}

test("docker run -d -p 8080:80 nginx starts a container on docker0 with the first address", () => {
  const { docker } = createTestHost();
  const c = docker.run({ image: "nginx", name: "web", publish: ["8080:80"] });
  expect([c.state, c.ipAddress, c.network]).toEqual(["running", "172.17.0.2", "bridge"]);
  expect(c.id).toMatch(/^[0-9a-f]{64}$/);
  expect(formatPorts(c.ports, c.exposedPorts, true)).toBe("0.0.0.0:8080->80/tcp");
  expect(formatCommand(c.argv)).toBe('"/docker-entrypoint.…"');
});

test("containers without a name get an adjective_surname name", () => {
  const { docker } = createTestHost();
  const c = docker.run({ image: "nginx" });
  expect(c.name).toMatch(/^[a-z]+_[a-z]+$/);
});

test("status strings follow docker's wording", () => {
  const { clock, docker } = createTestHost();
  docker.run({ image: "nginx", name: "web" });
  clock.advance(5_000);
  expect(containerStatus(docker.get("web"), clock.now())).toBe("Up 5 seconds");
  docker.stop("web");
  clock.advance(120_000);
  expect(containerStatus(docker.get("web"), clock.now())).toBe("Exited (0) 2 minutes ago");
});

test("a second container with the same name is a conflict", () => {
  const { docker } = createTestHost();
  const first = docker.run({ image: "nginx", name: "web" });
  expect(errorOf(() => docker.run({ image: "nginx", name: "web" }))).toBe(
    `Error response from daemon: Conflict. The container name "/web" is already in use by container "${first.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  );
});

test("publishing a host port twice fails with port is already allocated", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "a", publish: ["8080:80"] });
  const message = errorOf(() => docker.run({ image: "nginx", name: "b", publish: ["8080:80"] }));
  expect(message.endsWith("Bind for 0.0.0.0:8080 failed: port is already allocated")).toBe(true);
});

test("an unknown image fails with pull access denied", () => {
  const { docker } = createTestHost();
  expect(errorOf(() => docker.run({ image: "nginxx" }))).toBe(
    "Error response from daemon: pull access denied for nginxx, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  );
});

test("removing a running container needs force", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "web" });
  expect(errorOf(() => docker.rm("web"))).toBe(
    'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove',
  );
  docker.rm("web", { force: true });
  expect(errorOf(() => docker.get("web"))).toBe("Error response from daemon: No such container: web");
});

test("a stopped container gives its address back and the next one reuses it", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "a" });
  docker.run({ image: "nginx", name: "b" });
  docker.stop("a");
  expect(docker.get("a").ipAddress).toBe("");
  expect(docker.run({ image: "nginx", name: "c" }).ipAddress).toBe("172.17.0.2");
});

test("host and none networks give no bridge address", () => {
  const { docker } = createTestHost();
  expect(docker.run({ image: "nginx", network: "host" }).ipAddress).toBe("");
  expect(docker.run({ image: "nginx", network: "none" }).ipAddress).toBe("");
  expect(docker.networks().map((n) => `${n.name}/${n.driver}`)).toEqual(["bridge/bridge", "host/host", "none/null"]);
});

test("restart=always brings a crashed container back with a restart count", () => {
  const { clock, docker } = createTestHost();
  docker.run({ image: "nginx", name: "web", restart: "always" });
  docker.crashContainer("web", { exitCode: 1 });
  expect(docker.get("web").state).toBe("restarting");
  clock.advance(200);
  expect([docker.get("web").state, docker.get("web").restartCount]).toEqual(["running", 1]);
});

test("restart=no leaves an OOM-killed container exited with 137", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "web" });
  docker.crashContainer("web", { oomKilled: true });
  const c = docker.get("web");
  expect([c.state, c.exitCode, c.oomKilled]).toEqual(["exited", 137, true]);
});

test("on a crashed host the daemon is unreachable and nothing runs anywhere", () => {
  const { clock, docker } = createTestHost();
  docker.run({ image: "nginx", name: "web", publish: ["8080:80"] });
  docker.crashHost();
  clock.advance(600_000);
  expect(errorOf(() => docker.ps())).toBe("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?");
  expect(errorOf(() => docker.request(8080))).toBe("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?");
});

test("after the host boots only containers with a restart policy come back", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "plain" });
  docker.run({ image: "nginx", name: "always", restart: "always" });
  docker.crashHost();
  docker.bootHost();
  expect(docker.ps({ all: true }).map((c) => `${c.name} ${c.state} ${c.exitCode}`).sort()).toEqual(["always running 0", "plain exited 255"]);
});

test("hello-world prints its greeting and exits 0", () => {
  const { clock, docker } = createTestHost();
  docker.run({ image: "hello-world", name: "hi" });
  clock.advance(0);
  expect(docker.logs("hi")[1]).toBe("Hello from Docker!");
  expect(docker.get("hi").state).toBe("exited");
});

test("a request to a published port reaches nginx and is logged", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "web", publish: ["8080:80"] });
  const result = docker.request(8080);
  expect(result.ok).toBe(true);
  expect(docker.logs("web").at(-1)).toBe('172.17.0.1 - - [01/Jan/2025:00:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"');
});

test("inspect reports the bridge address, gateway and mac", () => {
  const { docker } = createTestHost();
  docker.run({ image: "nginx", name: "web" });
  const settings = docker.inspect("web").NetworkSettings as Record<string, unknown>;
  expect([settings.IPAddress, settings.Gateway, settings.MacAddress]).toEqual(["172.17.0.2", "172.17.0.1", "02:42:ac:11:00:02"]);
});
