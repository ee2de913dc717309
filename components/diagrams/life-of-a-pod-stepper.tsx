"use client";

import { useState, type KeyboardEvent } from "react";

import { Arrow, Box, DiagramFrame, Region } from "./svg-parts";

const ID = "life-of-a-pod";

type NodeKey = "kubectl" | "apiserver" | "etcd" | "scheduler" | "kubelet" | "runtime" | "cni";
type EdgeKey = "kubectl-api" | "api-etcd" | "sched-api" | "kubelet-api" | "kubelet-runtime" | "runtime-cni";

type Step = { title: string; text: string; nodes: NodeKey[]; edge?: EdgeKey };

const STEPS: Step[] = [
  {
    title: "kubectl sends the pod",
    text: "kubectl run web --image=nginx builds a Pod object and sends it to the API server as an HTTPS POST to /api/v1/namespaces/default/pods.",
    nodes: ["kubectl"],
    edge: "kubectl-api",
  },
  {
    title: "The API server checks it",
    text: "The API server authenticates you, authorizes the create with RBAC, runs mutating admission (default service account, 300-second not-ready and unreachable tolerations), validates the object and runs validating admission.",
    nodes: ["apiserver"],
  },
  {
    title: "etcd stores it",
    text: "The pod is written to etcd under /registry/pods/default/web with a new resourceVersion. It has no spec.nodeName yet, so its phase is Pending.",
    nodes: ["etcd"],
    edge: "api-etcd",
  },
  {
    title: "The scheduler picks a node",
    text: "The scheduler, watching for pods without a node, filters out nodes that cannot fit the pod's requests or have untolerated taints, scores the rest and chooses node01.",
    nodes: ["scheduler"],
  },
  {
    title: "The binding goes through the API server",
    text: "The scheduler posts a Binding. The API server sets spec.nodeName to node01, stores the change in etcd and records a Scheduled event. The scheduler's job is done.",
    nodes: ["apiserver", "etcd"],
    edge: "sched-api",
  },
  {
    title: "The kubelet on node01 sees it",
    text: "The kubelet on node01 watches for pods bound to its node. It sees web, admits it and starts its sync loop for the pod.",
    nodes: ["kubelet"],
    edge: "kubelet-api",
  },
  {
    title: "The runtime creates the sandbox",
    text: "Over CRI, the kubelet calls RunPodSandbox. containerd creates the pod sandbox, the pause container that holds the pod's network namespace.",
    nodes: ["runtime"],
    edge: "kubelet-runtime",
  },
  {
    title: "CNI gives the pod its IP",
    text: "While creating the sandbox, the runtime calls the CNI plugin with ADD. The plugin wires a veth interface into the namespace and its IPAM assigns 10.244.1.5 from node01's pod CIDR. kube-proxy plays no part.",
    nodes: ["cni"],
    edge: "runtime-cni",
  },
  {
    title: "Image pulled, container started",
    text: "The kubelet asks the runtime to pull nginx if it is missing, then to create and start the container inside the sandbox. runc starts the nginx process.",
    nodes: ["runtime"],
    edge: "kubelet-runtime",
  },
  {
    title: "Status flows back",
    text: "The kubelet reports the pod's status to the API server: phase Running, Ready true, podIP 10.244.1.5. The API server stores it in etcd; kubectl get pods now shows Running, and if a Service selects the pod, the EndpointSlice controller and kube-proxy pick up its IP.",
    nodes: ["kubelet", "apiserver", "etcd"],
    edge: "kubelet-api",
  },
];

const EDGES: Record<EdgeKey, { from: [number, number]; to: [number, number] }> = {
  "kubectl-api": { from: [190, 62], to: [298, 62] },
  "api-etcd": { from: [490, 62], to: [598, 62] },
  "sched-api": { from: [395, 150], to: [395, 96] },
  "kubelet-api": { from: [120, 238], to: [330, 96] },
  "kubelet-runtime": { from: [220, 268], to: [298, 268] },
  "runtime-cni": { from: [490, 268], to: [568, 268] },
};

const DESCRIPTION = STEPS.map((s, i) => `${i + 1}. ${s.title}: ${s.text}`).join(" ");

export function LifeOfAPodStepper() {
  const [index, setIndex] = useState(0);
  const step = STEPS[index];
  const last = STEPS.length - 1;

  function go(delta: number) {
    setIndex((i) => Math.min(last, Math.max(0, i + delta)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "ArrowRight") {
      event.preventDefault();
      go(1);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      go(-1);
    }
  }

  function tone(key: NodeKey) {
    return step.nodes.includes(key) ? "active" : "default";
  }

  return (
    <div
      role="group"
      aria-roledescription="step-through diagram"
      aria-label="Life of a pod, step by step. Use the Previous and Next buttons or the left and right arrow keys."
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ border: "1px solid var(--border)", borderRadius: "var(--radius)", padding: "0.75rem 1rem", margin: "1.5rem 0", background: "var(--bg)" }}
    >
      <DiagramFrame id={ID} width={800} height={330} title="Life of a pod" desc={DESCRIPTION}>
        <Box x={20} y={35} w={170} h={54} label="kubectl" sub="kubectl run web" tone={tone("kubectl")} />
        <Box x={300} y={30} w={190} h={64} label="kube-apiserver" sub="the only door" tone={tone("apiserver")} />
        <Box x={600} y={35} w={170} h={54} label="etcd" sub="/registry/pods/…" tone={tone("etcd")} />
        <Box x={300} y={152} w={190} h={54} label="kube-scheduler" sub="filter · score · bind" tone={tone("scheduler")} />
        <Region x={10} y={215} w={780} h={105} label="node01" />
        <Box x={30} y={240} w={190} h={56} label="kubelet" sub="node agent" tone={tone("kubelet")} />
        <Box x={300} y={240} w={190} h={56} label="CRI runtime" sub="containerd → runc" tone={tone("runtime")} />
        <Box x={570} y={240} w={200} h={56} label="CNI plugin" sub="veth + IPAM: 10.244.1.5" tone={tone("cni")} />
        {(Object.keys(EDGES) as EdgeKey[]).map((key) => (
          <Arrow key={key} id={ID} from={EDGES[key].from} to={EDGES[key].to} accent={step.edge === key} dashed={step.edge !== key} />
        ))}
      </DiagramFrame>
      <p aria-live="polite" style={{ margin: "0.5rem 0", minHeight: "4.5em" }}>
        <strong>
          Step {index + 1} of {STEPS.length}: {step.title}.
        </strong>{" "}
        {step.text}
      </p>
      <div style={{ display: "flex", gap: "0.75rem", alignItems: "center" }}>
        <button type="button" className="button button--secondary" onClick={() => go(-1)} disabled={index === 0}>
          Previous
        </button>
        <button type="button" className="button" onClick={() => go(1)} disabled={index === last}>
          Next
        </button>
        <span aria-hidden="true" style={{ color: "var(--fg-muted)", fontSize: "0.9rem" }}>
          {index + 1} / {STEPS.length}
        </span>
      </div>
    </div>
  );
}
