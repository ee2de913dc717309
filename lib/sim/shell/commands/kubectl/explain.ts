/**
 * PURPOSE: `kubectl explain TYPE[.field...]`: a short description of the kinds the simulator
 * serves and their main fields, in kubectl's KIND/VERSION/DESCRIPTION/FIELDS layout.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_explain/ (descriptions summarised from the API reference)
 * NOT MODELLED: the full OpenAPI schema, --recursive.
 */
import { apiVersionOf } from "../../../api/resources";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { lookupResource } from "./resource-args";

type Field = { type: string; text: string; fields?: Record<string, Field> };

const META: Field = { type: "ObjectMeta", text: "Standard object's metadata: name, namespace, labels, annotations, owner references." };
const COMMON: Record<string, Field> = {
  apiVersion: { type: "string", text: "APIVersion defines the versioned schema of this representation of an object." },
  kind: { type: "string", text: "Kind is a string value representing the REST resource this object represents." },
  metadata: META,
};

const CONTAINERS: Field = {
  type: "[]Container",
  text: "List of containers belonging to the pod. There must be at least one container in a Pod.",
  fields: {
    name: { type: "string", text: "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name." },
    image: { type: "string", text: "Container image name." },
    command: { type: "[]string", text: "Entrypoint array. Not executed within a shell. The image's ENTRYPOINT is used if this is not provided." },
    args: { type: "[]string", text: "Arguments to the entrypoint. The image's CMD is used if this is not provided." },
    ports: { type: "[]ContainerPort", text: "List of ports to expose from the container. Informational, like EXPOSE in a Dockerfile." },
    env: { type: "[]EnvVar", text: "List of environment variables to set in the container." },
    resources: { type: "ResourceRequirements", text: "Compute resources (requests and limits) required by this container." },
    livenessProbe: { type: "Probe", text: "Periodic probe of container liveness. Container will be restarted if the probe fails." },
    readinessProbe: { type: "Probe", text: "Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails." },
  },
};

const POD_SPEC: Field = {
  type: "PodSpec",
  text: "Specification of the desired behavior of the pod.",
  fields: {
    containers: CONTAINERS,
    nodeName: { type: "string", text: "A request to schedule this pod onto a specific node. Set by the scheduler when it binds the pod." },
    nodeSelector: { type: "map[string]string", text: "A selector which must be true for the pod to fit on a node." },
    restartPolicy: { type: "string", text: "Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always." },
    tolerations: { type: "[]Toleration", text: "If specified, the pod's tolerations of node taints." },
    affinity: { type: "Affinity", text: "If specified, the pod's scheduling constraints." },
    volumes: { type: "[]Volume", text: "List of volumes that can be mounted by containers belonging to the pod." },
  },
};

const TEMPLATE: Field = { type: "PodTemplateSpec", text: "Template describes the pods that will be created.", fields: { metadata: META, spec: POD_SPEC } };

const DOCS: Record<string, { text: string; fields: Record<string, Field> }> = {
  Pod: { text: "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.", fields: { ...COMMON, spec: POD_SPEC, status: { type: "PodStatus", text: "Most recently observed status of the pod: phase, conditions, IPs, container statuses." } } },
  Deployment: {
    text: "Deployment enables declarative updates for Pods and ReplicaSets.",
    fields: {
      ...COMMON,
      spec: {
        type: "DeploymentSpec",
        text: "Specification of the desired behavior of the Deployment.",
        fields: {
          replicas: { type: "integer", text: "Number of desired pods. Defaults to 1." },
          selector: { type: "LabelSelector", text: "Label selector for pods. It must match the pod template's labels." },
          strategy: { type: "DeploymentStrategy", text: "The deployment strategy to use to replace existing pods with new ones: RollingUpdate or Recreate." },
          template: TEMPLATE,
        },
      },
      status: { type: "DeploymentStatus", text: "Most recently observed status of the Deployment." },
    },
  },
  ReplicaSet: { text: "ReplicaSet ensures that a specified number of pod replicas are running at any given time.", fields: { ...COMMON, spec: { type: "ReplicaSetSpec", text: "Spec defines the specification of the desired behavior of the ReplicaSet.", fields: { replicas: { type: "integer", text: "Replicas is the number of desired pods." }, selector: { type: "LabelSelector", text: "Selector is a label query over pods that should match the replica count." }, template: TEMPLATE } }, status: { type: "ReplicaSetStatus", text: "Status is the most recently observed status of the ReplicaSet." } } },
  Service: {
    text: "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.",
    fields: {
      ...COMMON,
      spec: {
        type: "ServiceSpec",
        text: "Spec defines the behavior of a service.",
        fields: {
          type: { type: "string", text: "How the Service is exposed: ClusterIP (default), NodePort, LoadBalancer or ExternalName." },
          selector: { type: "map[string]string", text: "Route service traffic to pods with label keys and values matching this selector." },
          ports: { type: "[]ServicePort", text: "The list of ports that are exposed by this service." },
          clusterIP: { type: "string", text: "The IP address of the service, usually assigned randomly." },
        },
      },
      status: { type: "ServiceStatus", text: "Most recently observed status of the service." },
    },
  },
  Node: { text: "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).", fields: { ...COMMON, spec: { type: "NodeSpec", text: "Spec defines the behavior of a node: podCIDR, taints, unschedulable." }, status: { type: "NodeStatus", text: "Most recently observed status of the node: conditions, addresses, capacity, nodeInfo." } } },
  Namespace: { text: "Namespace provides a scope for Names. Use of multiple namespaces is optional.", fields: { ...COMMON, spec: { type: "NamespaceSpec", text: "Spec defines the behavior of the Namespace." }, status: { type: "NamespaceStatus", text: "Status describes the current status of a Namespace." } } },
  HorizontalPodAutoscaler: { text: "HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.", fields: { ...COMMON, spec: { type: "HorizontalPodAutoscalerSpec", text: "Spec is the specification for the behaviour of the autoscaler: scaleTargetRef, minReplicas, maxReplicas, metrics." }, status: { type: "HorizontalPodAutoscalerStatus", text: "Status is the current information about the autoscaler." } } },
  ConfigMap: { text: "ConfigMap holds configuration data for pods to consume.", fields: { ...COMMON, data: { type: "map[string]string", text: "Data contains the configuration data." } } },
  Secret: { text: "Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.", fields: { ...COMMON, data: { type: "map[string]string", text: "Data contains the secret data, base64 encoded." }, type: { type: "string", text: "Used to facilitate programmatic handling of secret data." } } },
};

export const explainCommand: KubectlCommand = {
  path: "explain",
  flags: [{ name: "recursive", type: "bool" }, { name: "api-version", type: "string" }],
  run(flags, _env, io) {
    const arg = flags.args[0];
    if (arg === undefined) throw new UsageError("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.");
    const [type, ...path] = arg.split(".");
    const info = lookupResource(type);
    const doc = DOCS[info.kind];
    if (!doc) throw new KubectlError(`explanations for ${info.kind} are not available in this simulator`);
    let field: Field = { type: "Object", text: doc.text, fields: doc.fields };
    for (const part of path) {
      const next = field.fields?.[part];
      if (!next) throw new KubectlError(`field "${part}" does not exist`);
      field = next;
    }
    let text = `GROUP:      ${info.group}\nKIND:       ${info.kind}\nVERSION:    ${info.version}\n\n`;
    if (!info.group) text = `KIND:       ${info.kind}\nVERSION:    ${apiVersionOf(info)}\n\n`;
    if (path.length > 0) text += `FIELD: ${path[path.length - 1]} <${field.type}>\n\n`;
    text += `DESCRIPTION:\n${wrap(field.text, "    ")}\n`;
    if (field.fields) {
      text += "FIELDS:\n";
      for (const [name, f] of Object.entries(field.fields).sort(([a], [b]) => (a < b ? -1 : 1))) text += `  ${name}\t<${f.type}>\n${wrap(f.text, "    ")}\n\n`;
    }
    io.out(text);
    return 0;
  },
};

function wrap(text: string, indent: string): string {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if ((line + " " + w).trim().length > 76) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}
