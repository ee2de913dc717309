// PURPOSE: the kube-system workloads kubeadm installs (kube-proxy, CoreDNS, the kubeadm-config ConfigMap) plus the
// Flannel network plugin and metrics-server, as API objects.
// MODELS: https://kubernetes.io/docs/reference/setup-tools/kubeadm/implementation-details/#phase-addon-install,
// https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#pod-network (a pod
// network add-on installed after kubeadm init; Flannel's manifest runs kube-flannel-ds in namespace kube-flannel)
// and https://github.com/kubernetes-sigs/metrics-server (deployment manifest, as documented on kubernetes.io
// https://kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/#metrics-server)
// NOT MODELLED: RBAC objects of the add-ons, the kube-proxy and CoreDNS config contents beyond the Corefile, Flannel's
// init containers that copy the CNI binaries and config onto the node.

import type { ConfigMap, DaemonSet, Deployment, EndpointSlice, KubeObject, Namespace, Service } from "../api/types";

const CRITICAL = "system-cluster-critical";

export const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

function kubeProxy(version: string): DaemonSet {
  const labels = { "k8s-app": "kube-proxy" };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          hostNetwork: true,
          priorityClassName: "system-node-critical",
          serviceAccountName: "kube-proxy",
          nodeSelector: { "kubernetes.io/os": "linux" },
          tolerations: [{ operator: "Exists" }],
          containers: [
            {
              name: "kube-proxy",
              image: `registry.k8s.io/kube-proxy:${version}`,
              imagePullPolicy: "IfNotPresent",
              command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
              env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
              securityContext: { privileged: true },
            },
          ],
        },
      },
    },
  };
}

function coreDns(): Deployment {
  const labels = { "k8s-app": "kube-dns" };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "coredns", namespace: "kube-system", labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: "25%" } },
      template: {
        metadata: { labels },
        spec: {
          priorityClassName: CRITICAL,
          serviceAccountName: "coredns",
          dnsPolicy: "Default",
          nodeSelector: { "kubernetes.io/os": "linux" },
          tolerations: [
            { key: "CriticalAddonsOnly", operator: "Exists" },
            { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" },
          ],
          containers: [
            {
              name: "coredns",
              image: "registry.k8s.io/coredns/coredns:v1.12.0",
              imagePullPolicy: "IfNotPresent",
              args: ["-conf", "/etc/coredns/Corefile"],
              ports: [
                { name: "dns", containerPort: 53, protocol: "UDP" },
                { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
                { name: "metrics", containerPort: 9153, protocol: "TCP" },
              ],
              resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
              livenessProbe: { httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
              readinessProbe: { httpGet: { path: "/ready", port: 8181, scheme: "HTTP" }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
            },
          ],
        },
      },
    },
  };
}

function kubeDnsService(): Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: "kube-dns",
      namespace: "kube-system",
      labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" },
      annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" },
    },
    spec: {
      type: "ClusterIP",
      clusterIP: "10.96.0.10",
      selector: { "k8s-app": "kube-dns" },
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 },
      ],
    },
  };
}

function metricsServer(): KubeObject[] {
  const labels = { "k8s-app": "metrics-server" };
  const deployment: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "metrics-server", namespace: "kube-system", labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      strategy: { rollingUpdate: { maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          priorityClassName: CRITICAL,
          serviceAccountName: "metrics-server",
          nodeSelector: { "kubernetes.io/os": "linux" },
          containers: [
            {
              name: "metrics-server",
              image: "registry.k8s.io/metrics-server/metrics-server:v0.7.2",
              imagePullPolicy: "IfNotPresent",
              args: ["--cert-dir=/tmp", "--secure-port=10250", "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname", "--kubelet-use-node-status-port", "--metric-resolution=15s"],
              ports: [{ name: "https", containerPort: 10250, protocol: "TCP" }],
              resources: { requests: { cpu: "100m", memory: "200Mi" } },
              readinessProbe: { httpGet: { path: "/readyz", port: "https", scheme: "HTTPS" }, initialDelaySeconds: 20, periodSeconds: 10, failureThreshold: 3 },
              livenessProbe: { httpGet: { path: "/livez", port: "https", scheme: "HTTPS" }, periodSeconds: 10, failureThreshold: 3 },
            },
          ],
        },
      },
    },
  };
  const service: Service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "metrics-server", namespace: "kube-system", labels },
    spec: { selector: labels, ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: "https" }] },
  };
  return [deployment, service];
}

export function kubernetesEndpointSlice(controlPlaneIPs: string[]): EndpointSlice {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: {
      name: "kubernetes",
      namespace: "default",
      labels: { "kubernetes.io/service-name": "kubernetes", "endpointslice.kubernetes.io/managed-by": "endpointslicemirroring-controller.k8s.io" },
    },
    addressType: "IPv4",
    endpoints: controlPlaneIPs.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
    ports: [{ name: "https", port: 6443, protocol: "TCP" }],
  };
}

export const FLANNEL_IMAGE = "ghcr.io/flannel-io/flannel:v0.26.4";
export const DEFAULT_CLUSTER_CIDR = "10.244.0.0/16";

function flannel(clusterCIDR: string): AddonObject[] {
  const labels = { app: "flannel", "k8s-app": "flannel", tier: "node" };
  const namespace: Namespace = {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: "kube-flannel", labels: { "k8s-app": "flannel", "pod-security.kubernetes.io/enforce": "privileged" } },
    spec: {},
  };
  const netConf = JSON.stringify({ Network: clusterCIDR, EnableNFTables: false, Backend: { Type: "vxlan" } }, null, 2);
  const config: ConfigMap = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "kube-flannel-cfg", namespace: "kube-flannel", labels },
    data: { "net-conf.json": `${netConf}\n` },
  };
  const ds: DaemonSet = {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-flannel-ds", namespace: "kube-flannel", labels },
    spec: {
      selector: { matchLabels: { app: "flannel" } },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          hostNetwork: true,
          priorityClassName: "system-node-critical",
          serviceAccountName: "flannel",
          tolerations: [{ operator: "Exists", effect: "NoSchedule" }],
          containers: [
            {
              name: "kube-flannel",
              image: FLANNEL_IMAGE,
              imagePullPolicy: "IfNotPresent",
              command: ["/opt/bin/flanneld"],
              args: ["--ip-masq", "--kube-subnet-mgr"],
              env: [
                { name: "POD_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } },
                { name: "POD_NAMESPACE", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } } },
              ],
              resources: { requests: { cpu: "100m", memory: "50Mi" } },
              securityContext: { privileged: false, capabilities: { add: ["NET_ADMIN", "NET_RAW"] } },
            },
          ],
        },
      },
    },
  };
  return [
    { resource: "namespaces", obj: namespace },
    { resource: "configmaps", obj: config },
    { resource: "daemonsets", obj: ds },
  ];
}

/** The ClusterConfiguration kubeadm init stores in kube-system/kubeadm-config. */
function kubeadmConfig(opts: { clusterCIDR: string; controlPlaneEndpoint?: string; version: string }): ConfigMap {
  const lines = [
    "apiServer: {}",
    "apiVersion: kubeadm.k8s.io/v1beta4",
    "caCertificateValidityPeriod: 87600h0m0s",
    "certificateValidityPeriod: 8760h0m0s",
    "certificatesDir: /etc/kubernetes/pki",
    "clusterName: kubernetes",
    ...(opts.controlPlaneEndpoint ? [`controlPlaneEndpoint: ${opts.controlPlaneEndpoint}`] : []),
    "controllerManager: {}",
    "dns: {}",
    "encryptionAlgorithm: RSA-2048",
    "etcd:",
    "  local:",
    "    dataDir: /var/lib/etcd",
    "imageRepository: registry.k8s.io",
    "kind: ClusterConfiguration",
    `kubernetesVersion: ${opts.version}`,
    "networking:",
    "  dnsDomain: cluster.local",
    `  podSubnet: ${opts.clusterCIDR}`,
    "  serviceSubnet: 10.96.0.0/12",
    "proxy: {}",
    "scheduler: {}",
  ];
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kubeadm-config", namespace: "kube-system" }, data: { ClusterConfiguration: `${lines.join("\n")}\n` } };
}

export type AddonObject = { resource: string; obj: KubeObject };

/** version: the cluster's release, `v1.33.1`. */
export function kubeadmAddons(opts: { metricsServer: boolean; controlPlaneIPs: string[]; version: string; clusterCIDR?: string; controlPlaneEndpoint?: string }): AddonObject[] {
  const clusterCIDR = opts.clusterCIDR ?? DEFAULT_CLUSTER_CIDR;
  const corednsConfig: ConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "coredns", namespace: "kube-system" }, data: { Corefile: COREFILE } };
  const out: AddonObject[] = [
    { resource: "endpointslices", obj: kubernetesEndpointSlice(opts.controlPlaneIPs) },
    { resource: "configmaps", obj: kubeadmConfig({ clusterCIDR, controlPlaneEndpoint: opts.controlPlaneEndpoint, version: opts.version }) },
    { resource: "configmaps", obj: corednsConfig },
    { resource: "daemonsets", obj: kubeProxy(opts.version) },
    { resource: "services", obj: kubeDnsService() },
    { resource: "deployments", obj: coreDns() },
    ...flannel(clusterCIDR),
  ];
  if (opts.metricsServer) {
    const [deployment, service] = metricsServer();
    out.push({ resource: "deployments", obj: deployment }, { resource: "services", obj: service });
  }
  return out;
}
