// PURPOSE: injectable probe health: a fault switch that makes a container's liveness or readiness probe fail.
// MODELS: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
// NOT MODELLED: the application behind the probe; a probe passes when the container runs, listens and is not switched to failing.

export type ProbeKind = "liveness" | "readiness";

export type HealthSwitches = {
  set(namespace: string, pod: string, container: string | undefined, probe: ProbeKind, failing: boolean): void;
  isFailing(namespace: string, pod: string, container: string, probe: ProbeKind): boolean;
  entries(): string[];
};

export function createHealthSwitches(): HealthSwitches {
  const failing = new Set<string>();
  return {
    set(namespace, pod, container, probe, isFailing) {
      const key = `${namespace}/${pod}/${container ?? "*"}/${probe}`;
      if (isFailing) failing.add(key);
      else failing.delete(key);
    },
    isFailing(namespace, pod, container, probe) {
      if (failing.size === 0) return false;
      return failing.has(`${namespace}/${pod}/${container}/${probe}`) || failing.has(`${namespace}/${pod}/*/${probe}`);
    },
    entries: () => [...failing].sort(),
  };
}
