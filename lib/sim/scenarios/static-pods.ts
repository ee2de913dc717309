// PURPOSE: the static pod manifests kubeadm writes to /etc/kubernetes/manifests on a control-plane node.
// MODELS: https://kubernetes.io/docs/reference/setup-tools/kubeadm/implementation-details/#generate-static-pod-manifests-for-control-plane-components
// NOT MODELLED: volumes (certificates, kubeconfigs), most flags.

import type { Container, Pod } from "../api/types";

function manifest(component: string, node: string, container: Container, cpu: string, memory?: string): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${component}-${node}`,
      namespace: "kube-system",
      labels: { component, tier: "control-plane" },
      annotations: component === "kube-apiserver" ? { "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": "" } : {},
    },
    spec: {
      hostNetwork: true,
      priorityClassName: "system-node-critical",
      priority: 2000001000,
      restartPolicy: "Always",
      terminationGracePeriodSeconds: 30,
      tolerations: [{ operator: "Exists", effect: "NoExecute" }],
      containers: [{ ...container, imagePullPolicy: "IfNotPresent", resources: { requests: { cpu, ...(memory ? { memory } : {}) } } }],
    },
  };
}

/** version: the control plane's release, `v1.33.1`. */
export function controlPlaneStaticPods(node: string, ip: string, etcdPeers: string[], version: string): Pod[] {
  const apiserver = manifest(
    "kube-apiserver",
    node,
    {
      name: "kube-apiserver",
      image: `registry.k8s.io/kube-apiserver:${version}`,
      command: [
        "kube-apiserver",
        `--advertise-address=${ip}`,
        "--allow-privileged=true",
        "--authorization-mode=Node,RBAC",
        "--client-ca-file=/etc/kubernetes/pki/ca.crt",
        "--enable-admission-plugins=NodeRestriction",
        `--etcd-servers=https://127.0.0.1:2379`,
        "--secure-port=6443",
        "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
        "--service-cluster-ip-range=10.96.0.0/12",
      ],
      livenessProbe: { httpGet: { host: ip, path: "/livez", port: 6443, scheme: "HTTPS" }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 15, failureThreshold: 8 },
      readinessProbe: { httpGet: { host: ip, path: "/readyz", port: 6443, scheme: "HTTPS" }, periodSeconds: 1, timeoutSeconds: 15, failureThreshold: 3 },
    },
    "250m",
  );
  if (apiserver.metadata.annotations) apiserver.metadata.annotations["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"] = `${ip}:6443`;
  const etcd = manifest(
    "etcd",
    node,
    {
      name: "etcd",
      image: "registry.k8s.io/etcd:3.5.21-0",
      command: [
        "etcd",
        `--advertise-client-urls=https://${ip}:2379`,
        "--data-dir=/var/lib/etcd",
        `--initial-advertise-peer-urls=https://${ip}:2380`,
        `--initial-cluster=${etcdPeers.join(",")}`,
        `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`,
        `--listen-peer-urls=https://${ip}:2380`,
        `--name=${node}`,
      ],
    },
    "100m",
    "100Mi",
  );
  etcd.metadata.annotations = { "kubeadm.kubernetes.io/etcd.advertise-client-urls": `https://${ip}:2379` };
  const cm = manifest(
    "kube-controller-manager",
    node,
    {
      name: "kube-controller-manager",
      image: `registry.k8s.io/kube-controller-manager:${version}`,
      command: [
        "kube-controller-manager",
        "--allocate-node-cidrs=true",
        "--cluster-cidr=10.244.0.0/16",
        "--cluster-name=kubernetes",
        "--controllers=*,bootstrapsigner,tokencleaner",
        "--leader-elect=true",
        "--service-cluster-ip-range=10.96.0.0/12",
        "--use-service-account-credentials=true",
      ],
    },
    "200m",
  );
  const scheduler = manifest(
    "kube-scheduler",
    node,
    {
      name: "kube-scheduler",
      image: `registry.k8s.io/kube-scheduler:${version}`,
      command: ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1", "--leader-elect=true"],
    },
    "100m",
  );
  return [etcd, apiserver, cm, scheduler];
}
