// PURPOSE: small object factories for scenario tests and benchmarks (a Deployment, a Service, an HPA).
// MODELS: the manifests of the Kubernetes tutorials, e.g. https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
// NOT MODELLED: n/a.

import type { Container, Deployment, HorizontalPodAutoscaler, Service } from "../api/types";

export function deploymentFixture(name: string, opts: { replicas?: number; image?: string; namespace?: string; container?: Partial<Container>; maxUnavailable?: number | string; maxSurge?: number | string } = {}): Deployment {
  const labels = { app: name };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: opts.namespace ?? "default", labels },
    spec: {
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: opts.maxUnavailable ?? "25%", maxSurge: opts.maxSurge ?? "25%" } },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: opts.container?.name ?? "nginx", image: opts.image ?? "nginx:1.27", ports: [{ containerPort: 80 }], ...opts.container }] },
      },
    },
  };
}

export function serviceFixture(name: string, opts: { namespace?: string; type?: Service["spec"]["type"]; port?: number } = {}): Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: opts.namespace ?? "default" },
    spec: { type: opts.type ?? "ClusterIP", selector: { app: name }, ports: [{ port: opts.port ?? 80, targetPort: 80, protocol: "TCP" }] },
  };
}

export function hpaFixture(name: string, opts: { min?: number; max?: number; cpuPercent?: number } = {}): HorizontalPodAutoscaler {
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name, namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
      minReplicas: opts.min ?? 1,
      maxReplicas: opts.max ?? 10,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: opts.cpuPercent ?? 50 } } }],
    },
  };
}
