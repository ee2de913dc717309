import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { createCluster, type Deployment } from "@/lib/sim";
import { startKubeApiServer } from "@/lib/sim/cli/http-server";
import { kubeconfigFor } from "@/lib/sim/cli/kubeconfig";
import { hasKubectl, runKubectl } from "./run-kubectl";

test.skipIf(!hasKubectl())("the real kubectl creates, reads, scales and deletes through the served API", async () => {
  const cluster = createCluster({ scenario: "default", seed: 3, k8sVersion: "1.32" });
  const server = await startKubeApiServer({ backend: () => cluster, afterRequest: () => cluster.settle() });
  const home = mkdtempSync(join(tmpdir(), "kubectl-served-"));
  writeFileSync(join(home, "config"), kubeconfigFor(server.url));
  const kubectl = (...args: string[]) => runKubectl(args, { kubeconfig: join(home, "config"), home, cwd: home });
  try {
    expect(await kubectl("create", "deployment", "web", "--image=nginx", "--replicas=2")).toEqual({ stdout: "deployment.apps/web created\n", stderr: "", exitCode: 0 });
    cluster.advance(30_000);
    expect((await kubectl("get", "deploy", "web", "-o", "jsonpath={.status.readyReplicas}")).stdout).toBe("2");
    expect((await kubectl("scale", "deploy", "web", "--replicas=3")).stdout).toBe("deployment.apps/web scaled\n");
    expect(cluster.api.get<Deployment>("deployments", "web").spec.replicas).toBe(3);
    expect(await kubectl("get", "pod", "nope")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect((await kubectl("auth", "can-i", "list", "pods", "--as=jane")).stdout).toBe("no\n");
    expect((await kubectl("delete", "deployment", "web", "--wait=false")).stdout).toBe('deployment.apps "web" deleted\n');
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
}, 60_000);
