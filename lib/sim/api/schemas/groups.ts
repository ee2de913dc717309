// Field schemas of the groups other than core; descriptions paraphrase the Kubernetes 1.33 API reference.
import { COMMON, type FieldDef, type Package } from "./package";

const SELECTOR: FieldDef = ["LabelSelector", "Selects the pods this controller manages; it must match the pod template's labels and cannot change.", { req: true }];
const TEMPLATE: FieldDef = ["PodTemplateSpec", "The pods created to meet the desired count.", { req: true }];
const CONDITION_FIELDS: Record<string, FieldDef> = {
  lastTransitionTime: ["Time", "When the condition last changed status."],
  message: ["string", "Details about the transition."],
  reason: ["string", "A CamelCase reason for the last transition."],
  status: ["string", "True, False or Unknown.", { req: true }],
  type: ["string", "The condition's type.", { req: true }],
};

export const APPS: Package = {
  prefix: "io.k8s.api.apps.v1",
  types: {
    Deployment: {
      d: "A Deployment keeps a number of identical pods running through ReplicaSets and rolls out template changes step by step.",
      f: { ...COMMON, spec: ["DeploymentSpec", "The desired pods and how to replace them."], status: ["DeploymentStatus", "The observed state of the rollout. Read-only."] },
    },
    DeploymentSpec: {
      d: "The specification of a deployment.",
      f: {
        minReadySeconds: ["integer", "Seconds a new pod must be ready before it counts as available. Defaults to 0."],
        paused: ["boolean", "While true, template changes do not start a rollout."],
        progressDeadlineSeconds: ["integer", "Seconds without progress after which the rollout is reported as failed. Defaults to 600."],
        replicas: ["integer", "The number of pods wanted. Defaults to 1."],
        revisionHistoryLimit: ["integer", "How many old ReplicaSets to keep for rollbacks. Defaults to 10."],
        selector: SELECTOR,
        strategy: ["DeploymentStrategy", "How old pods are replaced by new ones."],
        template: TEMPLATE,
      },
    },
    DeploymentStrategy: {
      d: "How a deployment replaces its pods.",
      f: {
        rollingUpdate: ["RollingUpdateDeployment", "Limits of a rolling update; only with type RollingUpdate."],
        type: ["string", "RollingUpdate (the default) replaces pods gradually; Recreate removes all old pods first.", { e: ["Recreate", "RollingUpdate"] }],
      },
    },
    RollingUpdateDeployment: {
      d: "The limits of a rolling update.",
      f: {
        maxSurge: ["IntOrString", "How many pods (or what percentage) may exist above the desired count during the update. Defaults to 25%."],
        maxUnavailable: ["IntOrString", "How many pods (or what percentage) may be unavailable during the update. Defaults to 25%."],
      },
    },
    DeploymentStatus: {
      d: "The observed state of a deployment.",
      f: {
        availableReplicas: ["integer", "Pods ready for at least minReadySeconds."],
        conditions: ["[]DeploymentCondition", "Conditions such as Available and Progressing."],
        observedGeneration: ["integer", "The generation the controller has acted on."],
        readyReplicas: ["integer", "Pods that are ready."],
        replicas: ["integer", "Pods of all the deployment's ReplicaSets."],
        unavailableReplicas: ["integer", "Pods still needed for the deployment to be fully available."],
        updatedReplicas: ["integer", "Pods made from the current template."],
      },
    },
    DeploymentCondition: { d: "One condition of a deployment.", f: { ...CONDITION_FIELDS, lastUpdateTime: ["Time", "When the condition was last updated."] } },
    ReplicaSet: {
      d: "A ReplicaSet keeps a given number of pods matching its selector running. Usually managed by a Deployment.",
      f: { ...COMMON, spec: ["ReplicaSetSpec", "The desired pods."], status: ["ReplicaSetStatus", "The observed pods. Read-only."] },
    },
    ReplicaSetSpec: {
      d: "The specification of a ReplicaSet.",
      f: {
        minReadySeconds: ["integer", "Seconds a new pod must be ready before it counts as available."],
        replicas: ["integer", "The number of pods wanted. Defaults to 1."],
        selector: SELECTOR,
        template: ["PodTemplateSpec", "The pods created when too few match the selector."],
      },
    },
    ReplicaSetStatus: {
      d: "The observed state of a ReplicaSet.",
      f: {
        availableReplicas: ["integer", "Pods ready for at least minReadySeconds."],
        fullyLabeledReplicas: ["integer", "Pods whose labels match the template's."],
        observedGeneration: ["integer", "The generation the controller has acted on."],
        readyReplicas: ["integer", "Pods that are ready."],
        replicas: ["integer", "Pods that match the selector.", { req: true }],
      },
    },
    DaemonSet: {
      d: "A DaemonSet runs one copy of a pod on every node (or every node its selector picks), such as a network or logging agent.",
      f: { ...COMMON, spec: ["DaemonSetSpec", "The pod to run on each node and how to update it."], status: ["DaemonSetStatus", "The observed state across nodes. Read-only."] },
    },
    DaemonSetSpec: {
      d: "The specification of a DaemonSet.",
      f: {
        minReadySeconds: ["integer", "Seconds a new pod must be ready before it counts as available."],
        revisionHistoryLimit: ["integer", "How many old revisions to keep. Defaults to 10."],
        selector: SELECTOR,
        template: ["PodTemplateSpec", "The pod run on each node.", { req: true }],
        updateStrategy: ["DaemonSetUpdateStrategy", "How pods are replaced when the template changes."],
      },
    },
    DaemonSetUpdateStrategy: {
      d: "How a DaemonSet replaces its pods.",
      f: {
        rollingUpdate: ["RollingUpdateDaemonSet", "Limits of a rolling update."],
        type: ["string", "RollingUpdate (the default) or OnDelete (new pods only when old ones are deleted by hand).", { e: ["OnDelete", "RollingUpdate"] }],
      },
    },
    RollingUpdateDaemonSet: {
      d: "The limits of a DaemonSet rolling update.",
      f: {
        maxSurge: ["IntOrString", "Nodes that may run an old and a new pod at the same time. Defaults to 0."],
        maxUnavailable: ["IntOrString", "Nodes whose pod may be unavailable during the update. Defaults to 1."],
      },
    },
    DaemonSetStatus: {
      d: "The observed state of a DaemonSet.",
      f: {
        currentNumberScheduled: ["integer", "Nodes running the daemon pod that should.", { req: true }],
        desiredNumberScheduled: ["integer", "Nodes that should run the daemon pod.", { req: true }],
        numberAvailable: ["integer", "Nodes whose daemon pod is available."],
        numberMisscheduled: ["integer", "Nodes running the daemon pod that should not.", { req: true }],
        numberReady: ["integer", "Nodes whose daemon pod is ready.", { req: true }],
        numberUnavailable: ["integer", "Nodes whose daemon pod is not available."],
        observedGeneration: ["integer", "The generation the controller has acted on."],
        updatedNumberScheduled: ["integer", "Nodes running the current template's pod."],
      },
    },
  },
};

const SCALE_TARGET: FieldDef = ["CrossVersionObjectReference", "The workload to scale: anything with a scale subresource.", { req: true }];
const TARGET_REF = {
  d: "Names the object an autoscaler scales.",
  f: {
    apiVersion: ["string", "The target's API version."],
    kind: ["string", "The target's kind.", { req: true }],
    name: ["string", "The target's name.", { req: true }],
  } satisfies Record<string, FieldDef>,
};

export const AUTOSCALING_V2: Package = {
  prefix: "io.k8s.api.autoscaling.v2",
  types: {
    HorizontalPodAutoscaler: {
      d: "A HorizontalPodAutoscaler adjusts the replica count of a workload to keep the metrics it watches near their targets.",
      f: { ...COMMON, spec: ["HorizontalPodAutoscalerSpec", "What to scale, within which bounds, on which metrics."], status: ["HorizontalPodAutoscalerStatus", "The autoscaler's last observations. Read-only."] },
    },
    HorizontalPodAutoscalerSpec: {
      d: "The specification of an autoscaler.",
      f: {
        behavior: ["HorizontalPodAutoscalerBehavior", "How fast to scale up and down; the controller's defaults when not set."],
        maxReplicas: ["integer", "The most replicas the autoscaler may set.", { req: true }],
        metrics: ["[]MetricSpec", "The metrics to hold near their targets; the largest replica count any of them asks for wins. Defaults to 80% CPU utilization."],
        minReplicas: ["integer", "The fewest replicas the autoscaler may set. Defaults to 1."],
        scaleTargetRef: SCALE_TARGET,
      },
    },
    CrossVersionObjectReference: TARGET_REF,
    MetricSpec: {
      d: "One metric to scale on.",
      f: {
        resource: ["ResourceMetricSource", "A resource (CPU, memory) of the target's pods, as metrics-server reports it."],
        type: ["string", "The kind of metric: Resource, ContainerResource, Pods, Object or External.", { req: true }],
      },
    },
    ResourceMetricSource: {
      d: "A resource metric averaged over the target's pods.",
      f: { name: ["string", "The resource, such as cpu or memory.", { req: true }], target: ["MetricTarget", "The value to hold.", { req: true }] },
    },
    MetricTarget: {
      d: "The target value of a metric.",
      f: {
        averageUtilization: ["integer", "The target average, as a percentage of the pods' requests."],
        averageValue: ["Quantity", "The target average per pod."],
        type: ["string", "Utilization, Value or AverageValue.", { req: true }],
        value: ["Quantity", "The target value of the metric."],
      },
    },
    HorizontalPodAutoscalerBehavior: {
      d: "How an autoscaler scales up and down.",
      f: { scaleDown: ["HPAScalingRules", "Rules for scaling down."], scaleUp: ["HPAScalingRules", "Rules for scaling up."] },
    },
    HPAScalingRules: {
      d: "Rules for one scaling direction.",
      f: {
        policies: ["[]HPAScalingPolicy", "Limits on how much may change per period."],
        selectPolicy: ["string", "Which policy applies: Max (the default), Min or Disabled."],
        stabilizationWindowSeconds: ["integer", "Past recommendations considered before scaling, to avoid flapping."],
      },
    },
    HPAScalingPolicy: {
      d: "A limit on how much the replica count may change in a period.",
      f: {
        periodSeconds: ["integer", "The length of the period in seconds.", { req: true }],
        type: ["string", "Pods or Percent.", { req: true }],
        value: ["integer", "How many pods, or what percentage, may change per period.", { req: true }],
      },
    },
    HorizontalPodAutoscalerStatus: {
      d: "The observed state of an autoscaler.",
      f: {
        conditions: ["[]HorizontalPodAutoscalerCondition", "Conditions such as AbleToScale, ScalingActive and ScalingLimited."],
        currentMetrics: ["[]MetricStatus", "The last values read for each metric."],
        currentReplicas: ["integer", "Replicas of the target when last checked."],
        desiredReplicas: ["integer", "The replica count the autoscaler last computed.", { req: true }],
        lastScaleTime: ["Time", "When the autoscaler last changed the replica count."],
        observedGeneration: ["integer", "The generation the autoscaler has acted on."],
      },
    },
    HorizontalPodAutoscalerCondition: { d: "One condition of an autoscaler.", f: CONDITION_FIELDS },
    MetricStatus: {
      d: "The last value read for one metric.",
      f: { resource: ["ResourceMetricStatus", "The value of a resource metric."], type: ["string", "The kind of metric.", { req: true }] },
    },
    ResourceMetricStatus: {
      d: "The current value of a resource metric.",
      f: { current: ["MetricValueStatus", "The value.", { req: true }], name: ["string", "The resource.", { req: true }] },
    },
    MetricValueStatus: {
      d: "A metric value.",
      f: {
        averageUtilization: ["integer", "The average, as a percentage of the pods' requests."],
        averageValue: ["Quantity", "The average per pod."],
        value: ["Quantity", "The value."],
      },
    },
  },
};

export const AUTOSCALING_V1: Package = {
  prefix: "io.k8s.api.autoscaling.v1",
  types: {
    HorizontalPodAutoscaler: {
      d: "The autoscaling/v1 view of a HorizontalPodAutoscaler: it scales on CPU utilization only.",
      f: { ...COMMON, spec: ["HorizontalPodAutoscalerSpec", "What to scale and within which bounds."], status: ["HorizontalPodAutoscalerStatus", "The autoscaler's last observations. Read-only."] },
    },
    HorizontalPodAutoscalerSpec: {
      d: "The specification of a v1 autoscaler.",
      f: {
        maxReplicas: ["integer", "The most replicas the autoscaler may set.", { req: true }],
        minReplicas: ["integer", "The fewest replicas the autoscaler may set. Defaults to 1."],
        scaleTargetRef: SCALE_TARGET,
        targetCPUUtilizationPercentage: ["integer", "The average CPU utilization to hold, as a percentage of requests; the server's default when not set."],
      },
    },
    CrossVersionObjectReference: TARGET_REF,
    HorizontalPodAutoscalerStatus: {
      d: "The observed state of a v1 autoscaler.",
      f: {
        currentCPUUtilizationPercentage: ["integer", "The average CPU utilization last read, as a percentage of requests."],
        currentReplicas: ["integer", "Replicas of the target when last checked.", { req: true }],
        desiredReplicas: ["integer", "The replica count the autoscaler last computed.", { req: true }],
        lastScaleTime: ["Time", "When the autoscaler last changed the replica count."],
        observedGeneration: ["integer", "The generation the autoscaler has acted on."],
      },
    },
  },
};

export const COORDINATION: Package = {
  prefix: "io.k8s.api.coordination.v1",
  types: {
    Lease: {
      d: "A Lease is a lightweight lock with a holder and a duration: node heartbeats and leader election use them.",
      f: { ...COMMON, spec: ["LeaseSpec", "The holder and timing of the lease."] },
    },
    LeaseSpec: {
      d: "The specification of a lease.",
      f: {
        acquireTime: ["MicroTime", "When the current holder took the lease."],
        holderIdentity: ["string", "Who holds the lease."],
        leaseDurationSeconds: ["integer", "How long other candidates wait after the last renewal before taking over."],
        leaseTransitions: ["integer", "How many times the lease changed holders."],
        renewTime: ["MicroTime", "When the holder last renewed the lease."],
      },
    },
  },
};

export const DISCOVERY: Package = {
  prefix: "io.k8s.api.discovery.v1",
  types: {
    EndpointSlice: {
      d: "An EndpointSlice lists some of the endpoints behind a service; the EndpointSlice controller keeps them in step with the ready pods.",
      f: {
        ...COMMON,
        addressType: ["string", "The kind of addresses in the slice.", { req: true, e: ["FQDN", "IPv4", "IPv6"] }],
        endpoints: ["[]Endpoint", "The endpoints of the slice.", { req: true }],
        ports: ["[]EndpointPort", "The ports every endpoint of the slice exposes."],
      },
    },
    Endpoint: {
      d: "One backend of a service.",
      f: {
        addresses: ["[]string", "The endpoint's addresses; consumers use the first.", { req: true }],
        conditions: ["EndpointConditions", "Whether the endpoint is ready, serving or terminating."],
        nodeName: ["string", "The node hosting the endpoint."],
        targetRef: ["ObjectReference", "The pod behind the endpoint."],
        zone: ["string", "The zone the endpoint is in."],
      },
    },
    EndpointConditions: {
      d: "The state of an endpoint.",
      f: {
        ready: ["boolean", "Whether the endpoint should receive new traffic."],
        serving: ["boolean", "Whether the endpoint passes its readiness checks, even while terminating."],
        terminating: ["boolean", "Whether the endpoint is shutting down."],
      },
    },
    EndpointPort: {
      d: "One port of the endpoints of a slice.",
      f: {
        appProtocol: ["string", "The application protocol, such as http."],
        name: ["string", "The port's name, matching the service port."],
        port: ["integer", "The port number."],
        protocol: ["string", "TCP, UDP or SCTP.", { e: ["SCTP", "TCP", "UDP"] }],
      },
    },
  },
};

export const NETWORKING: Package = {
  prefix: "io.k8s.api.networking.v1",
  types: {
    Ingress: {
      d: "An Ingress routes HTTP(S) traffic from outside the cluster to services by host and path; an ingress controller implements it.",
      f: { ...COMMON, spec: ["IngressSpec", "The routing rules."], status: ["IngressStatus", "The addresses the ingress is reachable at. Read-only."] },
    },
    IngressSpec: {
      d: "The specification of an ingress.",
      f: {
        defaultBackend: ["IngressBackend", "Where requests that match no rule go."],
        ingressClassName: ["string", "The IngressClass whose controller implements this ingress."],
        rules: ["[]IngressRule", "Host and path rules, checked in order."],
        tls: ["[]IngressTLS", "TLS settings per host."],
      },
    },
    IngressBackend: {
      d: "Where matching requests are sent.",
      f: { service: ["IngressServiceBackend", "A service and port."] },
    },
    IngressServiceBackend: {
      d: "A service port as an ingress backend.",
      f: { name: ["string", "The service's name.", { req: true }], port: ["ServiceBackendPort", "The service port."] },
    },
    ServiceBackendPort: { d: "A service port by name or number.", f: { name: ["string", "The port's name."], number: ["integer", "The port's number."] } },
    IngressRule: {
      d: "Routes for one host (or every host).",
      f: { host: ["string", "The host name the rule applies to; every host when empty. May start with a * wildcard label."], http: ["HTTPIngressRuleValue", "The HTTP paths of the rule."] },
    },
    HTTPIngressRuleValue: { d: "HTTP routes.", f: { paths: ["[]HTTPIngressPath", "Paths and their backends.", { req: true }] } },
    HTTPIngressPath: {
      d: "A path and its backend.",
      f: {
        backend: ["IngressBackend", "Where matching requests go.", { req: true }],
        path: ["string", "The path to match, starting with /."],
        pathType: ["string", "How the path matches: Exact, Prefix or ImplementationSpecific.", { req: true, e: ["Exact", "ImplementationSpecific", "Prefix"] }],
      },
    },
    IngressTLS: { d: "TLS for some hosts.", f: { hosts: ["[]string", "The hosts the certificate covers."], secretName: ["string", "The Secret holding the certificate and key."] } },
    IngressStatus: { d: "The observed state of an ingress.", f: { loadBalancer: ["IngressLoadBalancerStatus", "The addresses of the load balancer."] } },
    IngressLoadBalancerStatus: { d: "The addresses of an ingress load balancer.", f: { ingress: ["[]IngressLoadBalancerIngress", "Its IPs or host names."] } },
    IngressLoadBalancerIngress: { d: "One address of an ingress load balancer.", f: { hostname: ["string", "A DNS name."], ip: ["string", "An IP address."] } },
    IngressClass: {
      d: "An IngressClass names an ingress controller; ingresses choose one with ingressClassName.",
      f: { ...COMMON, spec: ["IngressClassSpec", "The controller behind the class."] },
    },
    IngressClassSpec: { d: "The specification of an ingress class.", f: { controller: ["string", "The name of the controller that implements the class, such as example.com/ingress-controller."] } },
    NetworkPolicy: {
      d: "A NetworkPolicy restricts the traffic allowed to and from the pods it selects; the network plugin enforces it.",
      f: { ...COMMON, spec: ["NetworkPolicySpec", "The pods selected and the traffic allowed."] },
    },
    NetworkPolicySpec: {
      d: "The specification of a network policy.",
      f: {
        egress: ["[]NetworkPolicyEgressRule", "Allowed outgoing traffic; with Egress in policyTypes and no rules, none is allowed."],
        ingress: ["[]NetworkPolicyIngressRule", "Allowed incoming traffic; with no rules, none is allowed."],
        podSelector: ["LabelSelector", "The pods the policy applies to; empty selects every pod of the namespace."],
        policyTypes: ["[]string", "Ingress, Egress or both: which directions the policy restricts."],
      },
    },
    NetworkPolicyIngressRule: {
      d: "Incoming traffic a policy allows.",
      f: { from: ["[]NetworkPolicyPeer", "Allowed sources; any source when empty."], ports: ["[]NetworkPolicyPort", "Allowed ports; every port when empty."] },
    },
    NetworkPolicyEgressRule: {
      d: "Outgoing traffic a policy allows.",
      f: { ports: ["[]NetworkPolicyPort", "Allowed ports; every port when empty."], to: ["[]NetworkPolicyPeer", "Allowed destinations; any destination when empty."] },
    },
    NetworkPolicyPeer: {
      d: "A set of peers: pods, namespaces or an IP block.",
      f: {
        ipBlock: ["IPBlock", "An IP range."],
        namespaceSelector: ["LabelSelector", "Namespaces whose pods are peers."],
        podSelector: ["LabelSelector", "Pods that are peers."],
      },
    },
    IPBlock: { d: "An IP range with exceptions.", f: { cidr: ["string", "The range, such as 10.0.0.0/16.", { req: true }], except: ["[]string", "Ranges excluded from it."] } },
    NetworkPolicyPort: {
      d: "A port or port range.",
      f: { endPort: ["integer", "The last port of a range starting at port."], port: ["IntOrString", "The port number or name."], protocol: ["string", "TCP (the default), UDP or SCTP."] },
    },
  },
};

const RULES: FieldDef = ["[]PolicyRule", "The permissions the role grants."];
const ROLE_REF: FieldDef = ["RoleRef", "The Role or ClusterRole granted; it cannot change once set.", { req: true }];
const SUBJECTS: FieldDef = ["[]Subject", "The users, groups and service accounts granted the role."];

export const RBAC: Package = {
  prefix: "io.k8s.api.rbac.v1",
  types: {
    Role: { d: "A Role is a set of permissions within one namespace.", f: { ...COMMON, rules: RULES } },
    ClusterRole: {
      d: "A ClusterRole is a set of permissions on cluster-scoped resources, or on namespaced resources in every namespace when bound by a ClusterRoleBinding.",
      f: { ...COMMON, aggregationRule: ["AggregationRule", "Builds the rules from other ClusterRoles; the controller then manages rules."], rules: RULES },
    },
    RoleBinding: { d: "A RoleBinding grants a Role or ClusterRole to subjects within one namespace.", f: { ...COMMON, roleRef: ROLE_REF, subjects: SUBJECTS } },
    ClusterRoleBinding: { d: "A ClusterRoleBinding grants a ClusterRole to subjects across the whole cluster.", f: { ...COMMON, roleRef: ROLE_REF, subjects: SUBJECTS } },
    PolicyRule: {
      d: "Verbs allowed on resources or non-resource URLs.",
      f: {
        apiGroups: ["[]string", "API groups of the resources; \"\" is the core group, * every group."],
        nonResourceURLs: ["[]string", "URL paths such as /healthz; only in ClusterRoles."],
        resourceNames: ["[]string", "Restricts the rule to objects with these names."],
        resources: ["[]string", "Resources the rule applies to; * for all."],
        verbs: ["[]string", "Verbs allowed, such as get, list, watch, create; * for all.", { req: true }],
      },
    },
    AggregationRule: { d: "Selects the ClusterRoles whose rules are combined.", f: { clusterRoleSelectors: ["[]LabelSelector", "Selectors of ClusterRoles."] } },
    RoleRef: {
      d: "The role a binding grants.",
      f: { apiGroup: ["string", "rbac.authorization.k8s.io.", { req: true }], kind: ["string", "Role or ClusterRole.", { req: true }], name: ["string", "The role's name.", { req: true }] },
    },
    Subject: {
      d: "Who a binding grants the role to.",
      f: {
        apiGroup: ["string", "\"\" for service accounts, rbac.authorization.k8s.io for users and groups."],
        kind: ["string", "User, Group or ServiceAccount.", { req: true }],
        name: ["string", "The subject's name.", { req: true }],
        namespace: ["string", "The service account's namespace."],
      },
    },
  },
};
