import { expect, test } from "vitest";
import { parseImageReference } from "./image-reference";

test("a bare name means the library repository on Docker Hub with tag latest", () => {
  expect(parseImageReference("nginx")).toEqual({
    repository: "docker.io/library/nginx",
    familiar: "nginx",
    tag: "latest",
    digest: undefined,
    canonical: "docker.io/library/nginx:latest",
  });
});

test("a registry host with a port-free tag keeps the host", () => {
  const ref = parseImageReference("registry.k8s.io/pause:3.10");
  expect([ref.repository, ref.familiar, ref.tag]).toEqual(["registry.k8s.io/pause", "registry.k8s.io/pause", "3.10"]);
});

test("a user repository on Docker Hub drops the library prefix", () => {
  expect(parseImageReference("bitnami/redis:7.2").canonical).toBe("docker.io/bitnami/redis:7.2");
});
