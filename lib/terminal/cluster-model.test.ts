import { expect, test } from "vitest";

import { createSession } from "@/lib/sim";

import { buildClusterModel } from "./cluster-model";

test("the model shows the control plane, the workers' pods by status and a Service's endpoints", () => {
  const session = createSession({ scenario: "default", seed: 4 });
  session.run("kubectl create deployment web --image=nginx --replicas=3");
  session.run("kubectl expose deployment web --port=80");
  session.advance(60_000);
  const model = buildClusterModel(session.cluster);

  expect(model.controlPlane.map((c) => `${c.name} ${c.running}/${c.total}`)).toEqual([
    "kube-apiserver 1/1",
    "etcd 1/1",
    "kube-scheduler 1/1",
    "kube-controller-manager 1/1",
    "kube-proxy 3/3",
    "coredns 2/2",
  ]);
  const webPods = model.nodes.flatMap((n) => n.pods).filter((p) => p.name.startsWith("web-"));
  expect(webPods.map((p) => `${p.status} ${p.tone}`)).toEqual(["Running running", "Running running", "Running running"]);
  expect(model.nodes.find((n) => n.name === "controlplane")?.pods.some((p) => p.name.startsWith("web-"))).toBe(false);
  const web = model.services.find((s) => s.name === "web");
  expect(web?.endpoints.map((e) => e.ready)).toEqual([true, true, true]);
});

test("a stopped kubelet shows on its node, and its pods' status follows the node controller", () => {
  const session = createSession({ scenario: "default", seed: 4 });
  session.run("sim node stop node01");
  session.advance(120_000);
  const node = buildClusterModel(session.cluster).nodes.find((n) => n.name === "node01");
  expect(node?.kubeletRunning).toBe(false);
  expect(node?.status).toBe("NotReady");
});
