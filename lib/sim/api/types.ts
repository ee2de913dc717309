/**
 * PURPOSE: Kubernetes object shapes with the real JSON field names, for the subset
 * of the API the simulator serves.
 * MODELS: https://kubernetes.io/docs/reference/kubernetes-api/
 * NOT MODELLED: fields no component of the simulator reads or prints.
 */

export type OwnerReference = {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
};

export type ManagedFieldsEntry = { manager: string; operation: string; apiVersion?: string; time?: string };

export type ObjectMeta = {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  managedFields?: ManagedFieldsEntry[];
};

export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: unknown;
  status?: unknown;
};

export type LabelSelectorRequirement = { key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist"; values?: string[] };
export type LabelSelector = { matchLabels?: Record<string, string>; matchExpressions?: LabelSelectorRequirement[] };

export type Quantity = string;
export type ResourceList = Record<string, Quantity>;
export type ResourceRequirements = { requests?: ResourceList; limits?: ResourceList };

export type ExecAction = { command?: string[] };
export type HTTPGetAction = { path?: string; port: number | string; host?: string; scheme?: string };
export type TCPSocketAction = { port: number | string; host?: string };
export type Probe = {
  exec?: ExecAction;
  httpGet?: HTTPGetAction;
  tcpSocket?: TCPSocketAction;
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
};

export type ContainerPort = { name?: string; containerPort: number; hostPort?: number; protocol?: string; hostIP?: string };
export type EnvVarSource = {
  configMapKeyRef?: { name: string; key: string; optional?: boolean };
  secretKeyRef?: { name: string; key: string; optional?: boolean };
  fieldRef?: { fieldPath: string; apiVersion?: string };
};
export type EnvVar = { name: string; value?: string; valueFrom?: EnvVarSource };
export type EnvFromSource = { prefix?: string; configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } };
export type VolumeMount = { name: string; mountPath: string; readOnly?: boolean; subPath?: string };

export type Container = {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  ports?: ContainerPort[];
  env?: EnvVar[];
  envFrom?: EnvFromSource[];
  resources?: ResourceRequirements;
  volumeMounts?: VolumeMount[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  terminationMessagePath?: string;
  terminationMessagePolicy?: string;
  imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  restartPolicy?: string;
  securityContext?: Record<string, unknown>;
  stdin?: boolean;
  tty?: boolean;
};

export type Volume = {
  name: string;
  emptyDir?: { medium?: string; sizeLimit?: Quantity };
  configMap?: { name: string; items?: { key: string; path: string }[]; defaultMode?: number; optional?: boolean };
  secret?: { secretName: string; items?: { key: string; path: string }[]; defaultMode?: number; optional?: boolean };
  hostPath?: { path: string; type?: string };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  projected?: { sources: unknown[]; defaultMode?: number };
};

export type TaintEffect = "NoSchedule" | "PreferNoSchedule" | "NoExecute";
export type Taint = { key: string; value?: string; effect: TaintEffect; timeAdded?: string };
export type Toleration = {
  key?: string;
  operator?: "Exists" | "Equal";
  value?: string;
  effect?: TaintEffect;
  tolerationSeconds?: number;
};

export type NodeSelectorRequirement = { key: string; operator: "In" | "NotIn" | "Exists" | "DoesNotExist" | "Gt" | "Lt"; values?: string[] };
export type NodeSelectorTerm = { matchExpressions?: NodeSelectorRequirement[]; matchFields?: NodeSelectorRequirement[] };
export type NodeSelector = { nodeSelectorTerms: NodeSelectorTerm[] };
export type PreferredSchedulingTerm = { weight: number; preference: NodeSelectorTerm };
export type NodeAffinity = {
  requiredDuringSchedulingIgnoredDuringExecution?: NodeSelector;
  preferredDuringSchedulingIgnoredDuringExecution?: PreferredSchedulingTerm[];
};
export type Affinity = { nodeAffinity?: NodeAffinity; podAffinity?: unknown; podAntiAffinity?: unknown };

export type PodSpec = {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Volume[];
  restartPolicy?: "Always" | "OnFailure" | "Never";
  terminationGracePeriodSeconds?: number;
  activeDeadlineSeconds?: number;
  dnsPolicy?: string;
  nodeSelector?: Record<string, string>;
  serviceAccountName?: string;
  serviceAccount?: string;
  automountServiceAccountToken?: boolean;
  nodeName?: string;
  hostNetwork?: boolean;
  hostname?: string;
  subdomain?: string;
  affinity?: Affinity;
  schedulerName?: string;
  tolerations?: Toleration[];
  priorityClassName?: string;
  priority?: number;
  preemptionPolicy?: string;
  enableServiceLinks?: boolean;
  securityContext?: Record<string, unknown>;
  readinessGates?: { conditionType: string }[];
};

export type ContainerStateWaiting = { reason?: string; message?: string };
export type ContainerStateRunning = { startedAt?: string };
export type ContainerStateTerminated = {
  exitCode: number;
  signal?: number;
  reason?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  containerID?: string;
};
export type ContainerState = {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
};
export type ContainerStatus = {
  name: string;
  state?: ContainerState;
  lastState?: ContainerState;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started?: boolean;
};

export type ConditionStatus = "True" | "False" | "Unknown";
export type PodCondition = {
  type: string;
  status: ConditionStatus;
  lastProbeTime?: string | null;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
};

export type PodPhase = "Pending" | "Running" | "Succeeded" | "Failed" | "Unknown";
export type PodStatus = {
  phase?: PodPhase;
  conditions?: PodCondition[];
  message?: string;
  reason?: string;
  nominatedNodeName?: string;
  hostIP?: string;
  hostIPs?: { ip: string }[];
  podIP?: string;
  podIPs?: { ip: string }[];
  startTime?: string;
  initContainerStatuses?: ContainerStatus[];
  containerStatuses?: ContainerStatus[];
  qosClass?: string;
};

export type Pod = KubeObject & { apiVersion: "v1"; kind: "Pod"; spec: PodSpec; status?: PodStatus };

export type PodTemplateSpec = { metadata?: ObjectMeta; spec: PodSpec };

export type NodeCondition = {
  type: string;
  status: ConditionStatus;
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
};
export type NodeAddress = { type: string; address: string };
export type NodeSystemInfo = {
  machineID: string;
  systemUUID: string;
  bootID: string;
  kernelVersion: string;
  osImage: string;
  containerRuntimeVersion: string;
  kubeletVersion: string;
  kubeProxyVersion?: string;
  operatingSystem: string;
  architecture: string;
};
export type NodeSpec = { podCIDR?: string; podCIDRs?: string[]; providerID?: string; unschedulable?: boolean; taints?: Taint[] };
export type NodeStatus = {
  capacity?: ResourceList;
  allocatable?: ResourceList;
  conditions?: NodeCondition[];
  addresses?: NodeAddress[];
  daemonEndpoints?: { kubeletEndpoint?: { Port: number } };
  nodeInfo?: NodeSystemInfo;
  images?: { names: string[]; sizeBytes?: number }[];
};
export type Node = KubeObject & { apiVersion: "v1"; kind: "Node"; spec?: NodeSpec; status?: NodeStatus };

export type Namespace = KubeObject & {
  apiVersion: "v1";
  kind: "Namespace";
  spec?: { finalizers?: string[] };
  status?: { phase?: "Active" | "Terminating"; conditions?: NodeCondition[] };
};

export type ReplicaSetSpec = { replicas?: number; minReadySeconds?: number; selector: LabelSelector; template: PodTemplateSpec };
export type ReplicaSetCondition = { type: string; status: ConditionStatus; lastTransitionTime?: string; reason?: string; message?: string };
export type ReplicaSetStatus = {
  replicas: number;
  fullyLabeledReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
  conditions?: ReplicaSetCondition[];
};
export type ReplicaSet = KubeObject & { apiVersion: "apps/v1"; kind: "ReplicaSet"; spec: ReplicaSetSpec; status?: ReplicaSetStatus };

export type IntOrString = number | string;
export type DeploymentStrategy = {
  type?: "RollingUpdate" | "Recreate";
  rollingUpdate?: { maxSurge?: IntOrString; maxUnavailable?: IntOrString };
};
export type DeploymentSpec = {
  replicas?: number;
  selector: LabelSelector;
  template: PodTemplateSpec;
  strategy?: DeploymentStrategy;
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  paused?: boolean;
  progressDeadlineSeconds?: number;
};
export type DeploymentCondition = {
  type: string;
  status: ConditionStatus;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
};
export type DeploymentStatus = {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: DeploymentCondition[];
  collisionCount?: number;
};
export type Deployment = KubeObject & { apiVersion: "apps/v1"; kind: "Deployment"; spec: DeploymentSpec; status?: DeploymentStatus };

export type DaemonSetSpec = {
  selector: LabelSelector;
  template: PodTemplateSpec;
  updateStrategy?: { type?: "RollingUpdate" | "OnDelete"; rollingUpdate?: { maxUnavailable?: IntOrString; maxSurge?: IntOrString } };
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
};
export type DaemonSetStatus = {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  observedGeneration?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  numberUnavailable?: number;
};
export type DaemonSet = KubeObject & { apiVersion: "apps/v1"; kind: "DaemonSet"; spec: DaemonSetSpec; status?: DaemonSetStatus };

export type ServicePort = {
  name?: string;
  protocol?: string;
  appProtocol?: string;
  port: number;
  targetPort?: IntOrString;
  nodePort?: number;
};
export type ServiceType = "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName";
export type ServiceSpec = {
  type?: ServiceType;
  selector?: Record<string, string>;
  ports?: ServicePort[];
  clusterIP?: string;
  clusterIPs?: string[];
  externalIPs?: string[];
  externalName?: string;
  sessionAffinity?: "None" | "ClientIP";
  externalTrafficPolicy?: "Cluster" | "Local";
  internalTrafficPolicy?: "Cluster" | "Local";
  ipFamilies?: string[];
  ipFamilyPolicy?: string;
  loadBalancerIP?: string;
  allocateLoadBalancerNodePorts?: boolean;
  publishNotReadyAddresses?: boolean;
};
export type LoadBalancerIngress = { ip?: string; hostname?: string; ipMode?: string };
export type ServiceStatus = { loadBalancer?: { ingress?: LoadBalancerIngress[] } };
export type Service = KubeObject & { apiVersion: "v1"; kind: "Service"; spec: ServiceSpec; status?: ServiceStatus };

export type EndpointConditions = { ready?: boolean; serving?: boolean; terminating?: boolean };
export type Endpoint = {
  addresses: string[];
  conditions?: EndpointConditions;
  hostname?: string;
  targetRef?: { kind: string; namespace?: string; name: string; uid?: string };
  nodeName?: string;
  zone?: string;
};
export type EndpointPort = { name?: string; protocol?: string; port?: number; appProtocol?: string };
export type EndpointSlice = KubeObject & {
  apiVersion: "discovery.k8s.io/v1";
  kind: "EndpointSlice";
  addressType: "IPv4" | "IPv6" | "FQDN";
  endpoints: Endpoint[];
  ports?: EndpointPort[];
};

export type MetricTarget = { type: "Utilization" | "Value" | "AverageValue"; averageUtilization?: number; averageValue?: Quantity; value?: Quantity };
export type MetricSpec = {
  type: "Resource" | "Pods" | "Object" | "External" | "ContainerResource";
  resource?: { name: string; target: MetricTarget };
};
export type MetricValueStatus = { averageUtilization?: number; averageValue?: Quantity; value?: Quantity };
export type MetricStatus = { type: string; resource?: { name: string; current: MetricValueStatus } };
export type HPAScalingPolicy = { type: "Pods" | "Percent"; value: number; periodSeconds: number };
export type HPAScalingRules = { stabilizationWindowSeconds?: number; selectPolicy?: string; policies?: HPAScalingPolicy[] };
export type HorizontalPodAutoscalerSpec = {
  scaleTargetRef: { apiVersion?: string; kind: string; name: string };
  minReplicas?: number;
  maxReplicas: number;
  metrics?: MetricSpec[];
  behavior?: { scaleUp?: HPAScalingRules; scaleDown?: HPAScalingRules };
};
export type HorizontalPodAutoscalerCondition = {
  type: string;
  status: ConditionStatus;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
};
export type HorizontalPodAutoscalerStatus = {
  observedGeneration?: number;
  lastScaleTime?: string;
  currentReplicas: number;
  desiredReplicas: number;
  currentMetrics?: MetricStatus[];
  conditions?: HorizontalPodAutoscalerCondition[];
};
export type HorizontalPodAutoscaler = KubeObject & {
  apiVersion: "autoscaling/v2";
  kind: "HorizontalPodAutoscaler";
  spec: HorizontalPodAutoscalerSpec;
  status?: HorizontalPodAutoscalerStatus;
};

export type ObjectReference = {
  kind?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  apiVersion?: string;
  resourceVersion?: string;
  fieldPath?: string;
};
export type EventSource = { component?: string; host?: string };
export type Event = KubeObject & {
  apiVersion: "v1";
  kind: "Event";
  involvedObject: ObjectReference;
  reason?: string;
  message?: string;
  source?: EventSource;
  firstTimestamp?: string;
  lastTimestamp?: string;
  count?: number;
  type?: "Normal" | "Warning";
  eventTime?: string | null;
  reportingComponent?: string;
  reportingInstance?: string;
  action?: string;
};

export type ConfigMap = KubeObject & {
  apiVersion: "v1";
  kind: "ConfigMap";
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
  immutable?: boolean;
};
export type Secret = KubeObject & {
  apiVersion: "v1";
  kind: "Secret";
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  immutable?: boolean;
};
export type ServiceAccount = KubeObject & {
  apiVersion: "v1";
  kind: "ServiceAccount";
  secrets?: { name: string }[];
  imagePullSecrets?: { name: string }[];
  automountServiceAccountToken?: boolean;
};

export type PolicyRule = {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
};
export type Role = KubeObject & { apiVersion: "rbac.authorization.k8s.io/v1"; kind: "Role"; rules?: PolicyRule[] };
export type ClusterRole = KubeObject & {
  apiVersion: "rbac.authorization.k8s.io/v1";
  kind: "ClusterRole";
  rules?: PolicyRule[];
  aggregationRule?: { clusterRoleSelectors?: LabelSelector[] };
};
export type Subject = { kind: "User" | "Group" | "ServiceAccount"; name: string; namespace?: string; apiGroup?: string };
export type RoleRef = { apiGroup: string; kind: "Role" | "ClusterRole"; name: string };
export type RoleBinding = KubeObject & {
  apiVersion: "rbac.authorization.k8s.io/v1";
  kind: "RoleBinding";
  subjects?: Subject[];
  roleRef: RoleRef;
};
export type ClusterRoleBinding = KubeObject & {
  apiVersion: "rbac.authorization.k8s.io/v1";
  kind: "ClusterRoleBinding";
  subjects?: Subject[];
  roleRef: RoleRef;
};

export type NetworkPolicyPort = { protocol?: string; port?: IntOrString; endPort?: number };
export type NetworkPolicyPeer = {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
};
export type NetworkPolicySpec = {
  podSelector: LabelSelector;
  policyTypes?: ("Ingress" | "Egress")[];
  ingress?: { from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];
  egress?: { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[];
};
export type NetworkPolicy = KubeObject & { apiVersion: "networking.k8s.io/v1"; kind: "NetworkPolicy"; spec: NetworkPolicySpec };

export type IngressBackend = { service?: { name: string; port?: { name?: string; number?: number } } };
export type IngressRule = {
  host?: string;
  http?: { paths: { path?: string; pathType: "Exact" | "Prefix" | "ImplementationSpecific"; backend: IngressBackend }[] };
};
export type IngressSpec = { ingressClassName?: string; defaultBackend?: IngressBackend; tls?: { hosts?: string[]; secretName?: string }[]; rules?: IngressRule[] };
export type Ingress = KubeObject & {
  apiVersion: "networking.k8s.io/v1";
  kind: "Ingress";
  spec: IngressSpec;
  status?: { loadBalancer?: { ingress?: LoadBalancerIngress[] } };
};
export type IngressClass = KubeObject & { apiVersion: "networking.k8s.io/v1"; kind: "IngressClass"; spec: { controller?: string } };

export type LeaseSpec = {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
};
export type Lease = KubeObject & { apiVersion: "coordination.k8s.io/v1"; kind: "Lease"; spec: LeaseSpec };

export type Scale = KubeObject & {
  apiVersion: "autoscaling/v1";
  kind: "Scale";
  spec: { replicas?: number };
  status: { replicas: number; selector?: string };
};

export type Binding = KubeObject & { apiVersion: "v1"; kind: "Binding"; target: ObjectReference };
