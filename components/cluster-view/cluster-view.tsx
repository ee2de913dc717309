"use client";

import { useEffect, useState } from "react";

import type { TerminalController } from "@/components/terminal/terminal-controller";

import { buildClusterModel, type ClusterModel, type PodView } from "@/lib/terminal/cluster-model";

const REFRESH_MS = 400;
// Above this many pods on one node, the node shows counts per status instead of one chip per pod.
const MAX_CHIPS_PER_NODE = 40;

function useClusterModel(controller: TerminalController): ClusterModel | null {
  const cluster = controller.session.cluster;
  const [model, setModel] = useState<ClusterModel | null>(null);
  useEffect(() => {
    let timer: number | undefined;
    const refresh = (delay: number) => {
      timer ??= window.setTimeout(() => {
        timer = undefined;
        setModel(buildClusterModel(cluster));
      }, delay);
    };
    // The first picture is built after the next frame, so the terminal's prompt is drawn before it.
    const frame = window.requestAnimationFrame(() => {
      window.clearTimeout(timer);
      timer = undefined;
      refresh(0);
    });
    const unsubscribe = cluster.subscribe((e) => {
      if (e.kind === "change") refresh(REFRESH_MS);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [cluster]);
  return model;
}

function PodChip({ pod, onSelect }: { pod: PodView; onSelect(pod: PodView): void }) {
  return (
    <li>
      <button type="button" className={`pod-chip pod-chip--${pod.tone}`} onClick={() => onSelect(pod)} title={`${pod.namespace}/${pod.name}`}>
        <span className="pod-chip__name">{pod.name}</span> <span className="pod-chip__status">{pod.status}</span>
      </button>
    </li>
  );
}

function PodCounts({ pods }: { pods: PodView[] }) {
  const counts = new Map<string, number>();
  for (const p of pods) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return (
    <p className="node-card__counts">
      {[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}
    </p>
  );
}

function PodDetails({ pod, controller, onClose }: { pod: PodView; controller: TerminalController; onClose(): void }) {
  const describe = controller.inspect(`kubectl describe pod ${pod.name} -n ${pod.namespace}`);
  return (
    <section className="pod-details" aria-label={`Pod ${pod.name}`}>
      <div className="pod-details__actions">
        <h3>
          {pod.namespace}/{pod.name}
        </h3>
        <button type="button" className="button button--secondary" onClick={() => controller.execute(`sim crash ${pod.name} -n ${pod.namespace}`)}>
          Crash container
        </button>
        <button type="button" className="button button--secondary" onClick={() => controller.execute(`sim crash ${pod.name} -n ${pod.namespace} --oom`)}>
          OOM-kill container
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <pre className="pod-details__describe">{describe.output}</pre>
    </section>
  );
}

function LoadControl({ namespace, name, controller }: { namespace: string; name: string; controller: TerminalController }) {
  const [rps, setRps] = useState("100");
  const id = `load-${namespace}-${name}`;
  return (
    <form
      className="load-control"
      onSubmit={(e) => {
        e.preventDefault();
        controller.execute(`sim load ${name} ${Number(rps) || 0} -n ${namespace}`);
      }}
    >
      <label htmlFor={id}>Load (requests/s)</label>
      <input id={id} type="number" min={0} step={10} value={rps} onChange={(e) => setRps(e.target.value)} />
      <button type="submit" className="button button--secondary">
        Set load
      </button>
    </form>
  );
}

/** A live picture of the cluster: nodes with their pods, Services with their endpoints, and fault controls. */
export function ClusterView({ controller }: { controller: TerminalController }) {
  const model = useClusterModel(controller);
  const [selected, setSelected] = useState<PodView | null>(null);
  const [showSystem, setShowSystem] = useState(false);
  const visible = (p: PodView) => showSystem || p.namespace !== "kube-system";
  if (!model) {
    return (
      <section className="cluster-view" aria-labelledby="cluster-view-title" aria-busy="true">
        <h2 id="cluster-view-title">Cluster</h2>
      </section>
    );
  }
  return (
    <section className="cluster-view" aria-labelledby="cluster-view-title">
      <div className="cluster-view__header">
        <h2 id="cluster-view-title">Cluster</h2>
        <p>
          {model.nodes.length} nodes, {model.podCount} pods
        </p>
        <label className="terminal__toggle">
          <input type="checkbox" checked={showSystem} onChange={(e) => setShowSystem(e.target.checked)} />
          Show kube-system pods
        </label>
      </div>
      <ul className="component-strip" aria-label="Control plane and system components">
        {model.controlPlane.map((c) => (
          <li key={c.name} className={c.running === c.total ? "component--ok" : "component--down"}>
            {c.name} <span className="badge">{c.running}/{c.total} running</span>
          </li>
        ))}
      </ul>
      <ul className="node-grid" aria-label="Nodes">
        {model.nodes.map((node) => {
          const pods = node.pods.filter(visible);
          return (
            <li key={node.name} className={`node-card node-card--${node.status.startsWith("Ready") ? "ready" : "down"}`}>
              <div className="node-card__head">
                <h3>{node.name}</h3>
                <span className="badge">{node.role}</span>
                <span className="badge">{node.status}</span>
              </div>
              <p className="node-card__meta">
                kubelet {node.kubeletRunning ? "running" : "stopped"}
                {node.partitioned ? ", cut off the network" : ""}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => controller.execute(`sim node ${node.kubeletRunning ? "stop" : "start"} ${node.name}`)}
              >
                {node.kubeletRunning ? `Stop kubelet on ${node.name}` : `Start kubelet on ${node.name}`}
              </button>
              {pods.length > MAX_CHIPS_PER_NODE ? (
                <PodCounts pods={pods} />
              ) : (
                <ul className="pod-list" aria-label={`Pods on ${node.name}`}>
                  {pods.map((p) => (
                    <PodChip key={`${p.namespace}/${p.name}`} pod={p} onSelect={setSelected} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {model.unscheduled.length > 0 ? (
        <div className="node-card node-card--pending">
          <h3>Pending, not scheduled</h3>
          <ul className="pod-list">
            {model.unscheduled.filter(visible).map((p) => (
              <PodChip key={`${p.namespace}/${p.name}`} pod={p} onSelect={setSelected} />
            ))}
          </ul>
        </div>
      ) : null}
      {selected ? <PodDetails pod={selected} controller={controller} onClose={() => setSelected(null)} /> : null}
      <h3>Services</h3>
      <ul className="service-list">
        {model.services
          .filter((s) => showSystem || s.namespace !== "kube-system")
          .map((s) => (
            <li key={`${s.namespace}/${s.name}`}>
              <p>
                <strong>{s.name}</strong> {s.type} {s.clusterIP} →{" "}
                {s.endpoints.length === 0 ? "no endpoints" : s.endpoints.map((e) => `${e.pod}${e.ready ? "" : " (not ready)"}`).join(", ")}
              </p>
              {s.namespace !== "kube-system" && s.name !== "kubernetes" ? <LoadControl namespace={s.namespace} name={s.name} controller={controller} /> : null}
            </li>
          ))}
      </ul>
    </section>
  );
}
