// Field schemas of the core group (v1): descriptions are short paraphrases of the Kubernetes 1.33 API
// reference (https://kubernetes.io/docs/reference/kubernetes-api/), not the upstream text.
import { COMMON, type Package } from "./package";

const PROBE_HANDLER = "Probe";

export const CORE: Package = {
  prefix: "io.k8s.api.core.v1",
  types: {
    Pod: {
      d: "A Pod is a group of one or more containers that share storage and network and are scheduled together onto one node.",
      f: { ...COMMON, spec: ["PodSpec", "The desired state of the pod: its containers, volumes and scheduling constraints."], status: ["PodStatus", "The state of the pod as last observed by the kubelet and the control plane. Read-only."] },
    },
    PodSpec: {
      d: "The specification of a pod.",
      f: {
        affinity: ["Affinity", "Node affinity and pod (anti-)affinity rules the scheduler applies to this pod."],
        containers: ["[]Container", "The containers of the pod. A pod needs at least one, and none can be added or removed after creation.", { req: true }],
        dnsPolicy: ["string", "How DNS is configured for the pod; ClusterFirst by default.", { e: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"] }],
        hostNetwork: ["boolean", "Use the node's network namespace instead of a pod network. Defaults to false."],
        imagePullSecrets: ["[]LocalObjectReference", "Secrets in the pod's namespace that hold credentials for pulling its images."],
        initContainers: ["[]Container", "Containers run one after another, each to completion, before the regular containers start; with restartPolicy Always an init container is a sidecar that keeps running."],
        nodeName: ["string", "The node the pod is bound to. The scheduler sets it; setting it by hand bypasses the scheduler."],
        nodeSelector: ["map[string]string", "Labels a node must carry for the pod to be scheduled onto it."],
        priority: ["integer", "The pod's priority, filled in from its priority class by admission."],
        priorityClassName: ["string", "The PriorityClass that sets the pod's priority; without one the default priority (0) applies."],
        restartPolicy: ["string", "When the kubelet restarts the pod's containers after they exit: Always (the default), OnFailure or Never.", { e: ["Always", "Never", "OnFailure"] }],
        schedulerName: ["string", "The scheduler that places this pod; default-scheduler when not set."],
        serviceAccountName: ["string", "The ServiceAccount whose identity the pod runs with."],
        terminationGracePeriodSeconds: ["integer", "Seconds the pod gets to stop gracefully after a deletion request before its processes are killed. Defaults to 30."],
        tolerations: ["[]Toleration", "The node taints this pod tolerates."],
        volumes: ["[]Volume", "Volumes the pod's containers can mount."],
      },
    },
    Container: {
      d: "One application container of a pod.",
      f: {
        args: ["[]string", "Arguments to the entrypoint; the image's CMD when not set. Not run in a shell."],
        command: ["[]string", "The entrypoint; the image's ENTRYPOINT when not set. Not run in a shell."],
        env: ["[]EnvVar", "Environment variables set in the container."],
        image: ["string", "The container image to run."],
        imagePullPolicy: ["string", "When the image is pulled: Always, Never or IfNotPresent. Always for the :latest tag or no tag, IfNotPresent otherwise.", { e: ["Always", "IfNotPresent", "Never"] }],
        livenessProbe: [PROBE_HANDLER, "Checks that the container is alive; the kubelet restarts it when the check keeps failing."],
        name: ["string", "The container's name, a DNS label unique within the pod.", { req: true }],
        ports: ["[]ContainerPort", "Ports the container listens on. Informational: any port the process opens is reachable."],
        readinessProbe: [PROBE_HANDLER, "Checks that the container can serve; while it fails the pod is taken out of Service endpoints."],
        resources: ["ResourceRequirements", "CPU and memory the container requests (for scheduling) and may use at most (limits)."],
        restartPolicy: ["string", "Only for init containers: Always makes the init container a sidecar that runs for the pod's whole life."],
        startupProbe: [PROBE_HANDLER, "Checks that the container has started; the other probes wait until it succeeds."],
        volumeMounts: ["[]VolumeMount", "Volumes of the pod mounted into the container's filesystem."],
        workingDir: ["string", "The working directory; the image's default when not set."],
      },
    },
    ContainerPort: {
      d: "A network port of a container.",
      f: {
        containerPort: ["integer", "The port number on the pod's IP address (1-65535).", { req: true }],
        hostPort: ["integer", "A port on the node forwarded to this container port. Rarely needed."],
        name: ["string", "A name for the port (IANA_SVC_NAME) that Services can refer to."],
        protocol: ["string", "TCP (the default), UDP or SCTP.", { e: ["SCTP", "TCP", "UDP"] }],
      },
    },
    EnvVar: {
      d: "An environment variable of a container.",
      f: {
        name: ["string", "The variable's name.", { req: true }],
        value: ["string", "The value; $(VAR) references to earlier variables are expanded."],
        valueFrom: ["EnvVarSource", "Takes the value from a ConfigMap, a Secret or a field of the pod instead."],
      },
    },
    EnvVarSource: {
      d: "Where an environment variable's value comes from.",
      f: {
        configMapKeyRef: ["ConfigMapKeySelector", "A key of a ConfigMap in the pod's namespace."],
        fieldRef: ["ObjectFieldSelector", "A field of the pod, such as metadata.name or status.podIP."],
        secretKeyRef: ["SecretKeySelector", "A key of a Secret in the pod's namespace."],
      },
    },
    ConfigMapKeySelector: {
      d: "Selects one key of a ConfigMap.",
      f: { key: ["string", "The key to select.", { req: true }], name: ["string", "The ConfigMap's name."], optional: ["boolean", "Whether the ConfigMap or key may be missing."] },
    },
    SecretKeySelector: {
      d: "Selects one key of a Secret.",
      f: { key: ["string", "The key to select.", { req: true }], name: ["string", "The Secret's name."], optional: ["boolean", "Whether the Secret or key may be missing."] },
    },
    ObjectFieldSelector: {
      d: "Selects a field of the pod.",
      f: { apiVersion: ["string", "The version the field path is written in; v1 by default."], fieldPath: ["string", "The path of the field to select.", { req: true }] },
    },
    ResourceRequirements: {
      d: "The compute resources a container requests and is limited to.",
      f: {
        limits: ["map[string]Quantity", "The most of each resource the container may use; going over the memory limit gets it killed."],
        requests: ["map[string]Quantity", "The amount of each resource the scheduler reserves for the container; defaults to the limits when only those are set."],
      },
    },
    VolumeMount: {
      d: "Where a volume appears inside a container.",
      f: {
        mountPath: ["string", "The path in the container; must not contain ':'.", { req: true }],
        name: ["string", "The name of one of the pod's volumes.", { req: true }],
        readOnly: ["boolean", "Mount read-only. Defaults to false."],
        subPath: ["string", "A path inside the volume to mount instead of its root."],
      },
    },
    Probe: {
      d: "A health check the kubelet runs against a container.",
      f: {
        exec: ["ExecAction", "Runs a command in the container; exit code 0 is success."],
        failureThreshold: ["integer", "Consecutive failures after which the probe counts as failed. Defaults to 3."],
        httpGet: ["HTTPGetAction", "Sends an HTTP GET; a status from 200 to 399 is success."],
        initialDelaySeconds: ["integer", "Seconds to wait after the container starts before the first check."],
        periodSeconds: ["integer", "Seconds between checks. Defaults to 10."],
        successThreshold: ["integer", "Consecutive successes after a failure for the probe to pass again. Defaults to 1."],
        tcpSocket: ["TCPSocketAction", "Opens a TCP connection; connecting is success."],
        timeoutSeconds: ["integer", "Seconds after which a check times out. Defaults to 1."],
      },
    },
    ExecAction: { d: "A command run inside the container.", f: { command: ["[]string", "The command and its arguments, run without a shell."] } },
    HTTPGetAction: {
      d: "An HTTP GET request sent to the container.",
      f: {
        host: ["string", "The host to connect to; the pod IP by default."],
        path: ["string", "The path to request."],
        port: ["IntOrString", "The port number or name to connect to.", { req: true }],
        scheme: ["string", "HTTP (the default) or HTTPS.", { e: ["HTTP", "HTTPS"] }],
      },
    },
    TCPSocketAction: {
      d: "A TCP connection opened to the container.",
      f: { host: ["string", "The host to connect to; the pod IP by default."], port: ["IntOrString", "The port number or name to connect to.", { req: true }] },
    },
    Toleration: {
      d: "Lets a pod be scheduled onto (or stay on) nodes with a matching taint.",
      f: {
        effect: ["string", "The taint effect to match; all effects when empty.", { e: ["NoExecute", "NoSchedule", "PreferNoSchedule"] }],
        key: ["string", "The taint key to match; empty with operator Exists matches every taint."],
        operator: ["string", "Equal (the default) compares the value; Exists matches any value.", { e: ["Equal", "Exists"] }],
        tolerationSeconds: ["integer", "For NoExecute taints: how long the pod stays bound after the taint appears; forever when not set."],
        value: ["string", "The taint value to match with operator Equal."],
      },
    },
    Affinity: {
      d: "Scheduling constraints of a pod relative to nodes and to other pods.",
      f: {
        nodeAffinity: ["NodeAffinity", "Rules on the labels of the node the pod may run on."],
        podAffinity: ["PodAffinity", "Rules placing the pod near pods with matching labels."],
        podAntiAffinity: ["PodAntiAffinity", "Rules keeping the pod away from pods with matching labels."],
      },
    },
    NodeAffinity: {
      d: "Node affinity rules of a pod.",
      f: {
        preferredDuringSchedulingIgnoredDuringExecution: ["[]PreferredSchedulingTerm", "Weighted preferences: the scheduler favours nodes matching more of them."],
        requiredDuringSchedulingIgnoredDuringExecution: ["NodeSelector", "Terms a node must match for the pod to be scheduled there."],
      },
    },
    NodeSelector: { d: "A set of node selector terms, any one of which must match.", f: { nodeSelectorTerms: ["[]NodeSelectorTerm", "The terms; they are ORed.", { req: true }] } },
    NodeSelectorTerm: {
      d: "Requirements on a node; all of them must hold.",
      f: { matchExpressions: ["[]NodeSelectorRequirement", "Requirements on the node's labels."], matchFields: ["[]NodeSelectorRequirement", "Requirements on the node's fields."] },
    },
    NodeSelectorRequirement: {
      d: "A key, an operator and values to compare a node label or field with.",
      f: {
        key: ["string", "The label key or field name.", { req: true }],
        operator: ["string", "How the key relates to the values.", { req: true, e: ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"] }],
        values: ["[]string", "The values; empty for Exists and DoesNotExist, one integer for Gt and Lt."],
      },
    },
    PreferredSchedulingTerm: {
      d: "A weighted node selector term.",
      f: { preference: ["NodeSelectorTerm", "The term.", { req: true }], weight: ["integer", "The weight, 1-100.", { req: true }] },
    },
    PodAffinity: {
      d: "Rules placing a pod in the same topology domain as other pods.",
      f: {
        preferredDuringSchedulingIgnoredDuringExecution: ["[]WeightedPodAffinityTerm", "Weighted preferences."],
        requiredDuringSchedulingIgnoredDuringExecution: ["[]PodAffinityTerm", "Terms that must hold for the pod to be scheduled."],
      },
    },
    PodAntiAffinity: {
      d: "Rules keeping a pod out of topology domains that run certain pods.",
      f: {
        preferredDuringSchedulingIgnoredDuringExecution: ["[]WeightedPodAffinityTerm", "Weighted preferences."],
        requiredDuringSchedulingIgnoredDuringExecution: ["[]PodAffinityTerm", "Terms that must hold for the pod to be scheduled."],
      },
    },
    PodAffinityTerm: {
      d: "Pods selected by labels and the topology key that defines \"near\".",
      f: {
        labelSelector: ["LabelSelector", "The pods this term is about."],
        namespaces: ["[]string", "Namespaces to look for those pods in; the pod's own namespace when empty."],
        topologyKey: ["string", "The node label whose value defines a topology domain, such as kubernetes.io/hostname.", { req: true }],
      },
    },
    WeightedPodAffinityTerm: {
      d: "A weighted pod affinity term.",
      f: { podAffinityTerm: ["PodAffinityTerm", "The term.", { req: true }], weight: ["integer", "The weight, 1-100.", { req: true }] },
    },
    Volume: {
      d: "A named volume of a pod, with exactly one source.",
      f: {
        configMap: ["ConfigMapVolumeSource", "Files made from the keys of a ConfigMap."],
        emptyDir: ["EmptyDirVolumeSource", "An empty directory that lives as long as the pod."],
        hostPath: ["HostPathVolumeSource", "A file or directory of the node. Use with care."],
        name: ["string", "The volume's name, referred to by volume mounts.", { req: true }],
        persistentVolumeClaim: ["PersistentVolumeClaimVolumeSource", "Storage bound to a PersistentVolumeClaim in the pod's namespace."],
        secret: ["SecretVolumeSource", "Files made from the keys of a Secret."],
      },
    },
    ConfigMapVolumeSource: {
      d: "A volume filled with a ConfigMap's keys.",
      f: { defaultMode: ["integer", "File mode bits of the files; 0644 by default."], name: ["string", "The ConfigMap's name."], optional: ["boolean", "Whether the ConfigMap may be missing."] },
    },
    SecretVolumeSource: {
      d: "A volume filled with a Secret's keys.",
      f: { defaultMode: ["integer", "File mode bits of the files; 0644 by default."], optional: ["boolean", "Whether the Secret may be missing."], secretName: ["string", "The Secret's name."] },
    },
    EmptyDirVolumeSource: {
      d: "An empty directory shared by the pod's containers.",
      f: { medium: ["string", "Memory for a tmpfs; the node's default storage when empty."], sizeLimit: ["Quantity", "The most storage the directory may use."] },
    },
    HostPathVolumeSource: {
      d: "A path on the node mounted into the pod.",
      f: { path: ["string", "The path on the node.", { req: true }], type: ["string", "What the path must be (Directory, File, ...); not checked when empty."] },
    },
    PersistentVolumeClaimVolumeSource: {
      d: "A reference to a PersistentVolumeClaim.",
      f: { claimName: ["string", "The claim's name.", { req: true }], readOnly: ["boolean", "Mount read-only."] },
    },
    LocalObjectReference: { d: "Names an object in the same namespace.", f: { name: ["string", "The object's name."] } },
    PodStatus: {
      d: "The observed state of a pod.",
      f: {
        conditions: ["[]PodCondition", "Conditions such as PodScheduled, Initialized, ContainersReady and Ready."],
        containerStatuses: ["[]ContainerStatus", "The state of each regular container."],
        hostIP: ["string", "The IP of the node the pod runs on."],
        initContainerStatuses: ["[]ContainerStatus", "The state of each init container."],
        message: ["string", "A human-readable message about why the pod is in this state."],
        nominatedNodeName: ["string", "The node where preemption made room for this pod; it may still land elsewhere."],
        phase: ["string", "Where the pod is in its lifecycle.", { e: ["Failed", "Pending", "Running", "Succeeded", "Unknown"] }],
        podIP: ["string", "The pod's IP address; empty until one is assigned."],
        podIPs: ["[]PodIP", "All IPs of the pod, one per address family."],
        qosClass: ["string", "The quality-of-service class derived from the containers' requests and limits.", { e: ["BestEffort", "Burstable", "Guaranteed"] }],
        reason: ["string", "A short CamelCase reason for the pod's state, such as Evicted."],
        startTime: ["Time", "When the kubelet acknowledged the pod, before its images were pulled."],
      },
    },
    PodCondition: {
      d: "One condition of a pod.",
      f: {
        lastTransitionTime: ["Time", "When the condition last changed status."],
        message: ["string", "Details about the last transition."],
        reason: ["string", "A CamelCase reason for the last transition."],
        status: ["string", "True, False or Unknown.", { req: true }],
        type: ["string", "The condition's type.", { req: true }],
      },
    },
    PodIP: { d: "One IP address of a pod.", f: { ip: ["string", "The address.", { req: true }] } },
    ContainerStatus: {
      d: "The observed state of one container.",
      f: {
        containerID: ["string", "The runtime's ID of the container, as <type>://<id>."],
        image: ["string", "The image the container runs."],
        imageID: ["string", "The image's ID (digest) in the runtime.", { req: true }],
        lastState: ["ContainerState", "How the container's previous run ended."],
        name: ["string", "The container's name.", { req: true }],
        ready: ["boolean", "Whether the container passes its readiness probe.", { req: true }],
        restartCount: ["integer", "How many times the container has been restarted.", { req: true }],
        started: ["boolean", "Whether the container has started and passed its startup probe."],
        state: ["ContainerState", "The container's current state."],
      },
    },
    ContainerState: {
      d: "The state of a container: exactly one of waiting, running or terminated. Waiting when none is set.",
      f: { running: ["ContainerStateRunning", "The container is running."], terminated: ["ContainerStateTerminated", "The container has exited."], waiting: ["ContainerStateWaiting", "The container has not started yet."] },
    },
    ContainerStateWaiting: { d: "A container that is not running yet.", f: { message: ["string", "Why it is waiting, in words."], reason: ["string", "Why it is waiting, such as ContainerCreating or CrashLoopBackOff."] } },
    ContainerStateRunning: { d: "A running container.", f: { startedAt: ["Time", "When it was last started."] } },
    ContainerStateTerminated: {
      d: "A container that has exited.",
      f: {
        exitCode: ["integer", "The exit code of its last run.", { req: true }],
        finishedAt: ["Time", "When it exited."],
        message: ["string", "A message about the exit."],
        reason: ["string", "Why it exited, such as Completed, Error or OOMKilled."],
        signal: ["integer", "The signal that stopped it, if any."],
        startedAt: ["Time", "When it started."],
      },
    },
    PodTemplateSpec: {
      d: "The pods a workload controller creates: their metadata and spec.",
      f: { metadata: COMMON.metadata, spec: ["PodSpec", "The spec of the pods created from this template."] },
    },
    Service: {
      d: "A Service gives a set of pods, picked by a label selector, one stable virtual IP and DNS name that kube-proxy balances across them.",
      f: { ...COMMON, spec: ["ServiceSpec", "How the service is exposed and which pods back it."], status: ["ServiceStatus", "The observed state of the service, such as its load balancer. Read-only."] },
    },
    ServiceSpec: {
      d: "The specification of a service.",
      f: {
        clusterIP: ["string", "The virtual IP of the service, usually allocated by the API server; None makes a headless service."],
        clusterIPs: ["[]string", "The virtual IPs of the service, one per address family; the first equals clusterIP."],
        externalName: ["string", "The DNS name an ExternalName service points at."],
        externalTrafficPolicy: ["string", "For NodePort and LoadBalancer services: Cluster spreads external traffic over all endpoints, Local keeps it on the receiving node.", { e: ["Cluster", "Local"] }],
        ports: ["[]ServicePort", "The ports the service exposes."],
        selector: ["map[string]string", "Traffic goes to pods whose labels match; without a selector the endpoints are managed by hand."],
        sessionAffinity: ["string", "ClientIP sends a client's connections to the same pod; None (the default) does not.", { e: ["ClientIP", "None"] }],
        type: ["string", "How the service is exposed: ClusterIP (the default), NodePort, LoadBalancer or ExternalName.", { e: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"] }],
      },
    },
    ServicePort: {
      d: "One port of a service.",
      f: {
        name: ["string", "The port's name; required when the service has more than one port."],
        nodePort: ["integer", "The port opened on every node for NodePort and LoadBalancer services; allocated when not set."],
        port: ["integer", "The port the service listens on.", { req: true }],
        protocol: ["string", "TCP (the default), UDP or SCTP.", { e: ["SCTP", "TCP", "UDP"] }],
        targetPort: ["IntOrString", "The port number or name on the pods; the same as port when not set."],
      },
    },
    ServiceStatus: {
      d: "The observed state of a service.",
      f: { conditions: ["[]Condition", "The service's conditions."], loadBalancer: ["LoadBalancerStatus", "The load balancer's addresses, for LoadBalancer services."] },
    },
    LoadBalancerStatus: { d: "The addresses of a load balancer.", f: { ingress: ["[]LoadBalancerIngress", "Its IPs or host names."] } },
    LoadBalancerIngress: { d: "One address of a load balancer.", f: { hostname: ["string", "A DNS name."], ip: ["string", "An IP address."] } },
    Node: {
      d: "A Node is a machine (virtual or physical) whose kubelet runs pods; the node controller and the kubelet keep its status.",
      f: { ...COMMON, spec: ["NodeSpec", "How the node is configured: pod CIDR, taints, whether it takes new pods."], status: ["NodeStatus", "The observed state of the node, reported by its kubelet. Read-only."] },
    },
    NodeSpec: {
      d: "The specification of a node.",
      f: {
        podCIDR: ["string", "The IP range the node's pods get their addresses from."],
        podCIDRs: ["[]string", "The pod IP ranges of the node, one per address family."],
        providerID: ["string", "The node's ID at the cloud provider: <provider>://<id>."],
        taints: ["[]Taint", "Taints that repel pods which do not tolerate them."],
        unschedulable: ["boolean", "Set by cordon: no new pods are scheduled onto the node."],
      },
    },
    Taint: {
      d: "A taint keeps pods without a matching toleration off a node.",
      f: {
        effect: ["string", "What happens to pods that do not tolerate the taint.", { req: true, e: ["NoExecute", "NoSchedule", "PreferNoSchedule"] }],
        key: ["string", "The taint key.", { req: true }],
        timeAdded: ["Time", "When a NoExecute taint was added."],
        value: ["string", "The taint value."],
      },
    },
    NodeStatus: {
      d: "The observed state of a node.",
      f: {
        addresses: ["[]NodeAddress", "The node's addresses, such as InternalIP and Hostname."],
        allocatable: ["map[string]Quantity", "The resources available to pods: capacity minus what is reserved for the system."],
        capacity: ["map[string]Quantity", "The node's total resources."],
        conditions: ["[]NodeCondition", "Conditions such as Ready, MemoryPressure and DiskPressure."],
        nodeInfo: ["NodeSystemInfo", "Versions and IDs of the node's software."],
      },
    },
    NodeAddress: { d: "One address of a node.", f: { address: ["string", "The address.", { req: true }], type: ["string", "Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.", { req: true }] } },
    NodeCondition: {
      d: "One condition of a node.",
      f: {
        lastHeartbeatTime: ["Time", "When the kubelet last reported the condition."],
        lastTransitionTime: ["Time", "When the condition last changed status."],
        message: ["string", "Details about the last transition."],
        reason: ["string", "A CamelCase reason for the last transition."],
        status: ["string", "True, False or Unknown.", { req: true }],
        type: ["string", "The condition's type.", { req: true }],
      },
    },
    NodeSystemInfo: {
      d: "Versions and IDs reported by a node.",
      f: {
        architecture: ["string", "The CPU architecture.", { req: true }],
        bootID: ["string", "The ID of the current boot.", { req: true }],
        containerRuntimeVersion: ["string", "The container runtime and its version, such as containerd://2.0.0.", { req: true }],
        kernelVersion: ["string", "The kernel version.", { req: true }],
        kubeProxyVersion: ["string", "Deprecated: not reliable; kube-proxy may run another version.", { req: true }],
        kubeletVersion: ["string", "The kubelet version.", { req: true }],
        machineID: ["string", "The machine ID.", { req: true }],
        operatingSystem: ["string", "The operating system.", { req: true }],
        osImage: ["string", "The OS image, such as Ubuntu 24.04.", { req: true }],
        systemUUID: ["string", "The system UUID.", { req: true }],
      },
    },
    Namespace: {
      d: "A Namespace is a scope for names: most objects live in one, and policies and quotas apply per namespace.",
      f: { ...COMMON, spec: ["NamespaceSpec", "The namespace's finalizers."], status: ["NamespaceStatus", "Whether the namespace is active or being deleted. Read-only."] },
    },
    NamespaceSpec: { d: "The specification of a namespace.", f: { finalizers: ["[]string", "Finalizers that must be done before the namespace is removed."] } },
    NamespaceStatus: { d: "The observed state of a namespace.", f: { phase: ["string", "Active, or Terminating while its objects are deleted.", { e: ["Active", "Terminating"] }] } },
    ConfigMap: {
      d: "A ConfigMap holds non-secret configuration as key-value pairs for pods to read as environment variables or files.",
      f: {
        ...COMMON,
        binaryData: ["map[string]string", "Binary values, base64-encoded; keys must not repeat those of data."],
        data: ["map[string]string", "UTF-8 values by key."],
        immutable: ["boolean", "When true, the data can no longer be changed, only the object deleted."],
      },
    },
    Secret: {
      d: "A Secret holds a small amount of sensitive data such as a password, a token or a key; values are base64-encoded, not encrypted.",
      f: {
        ...COMMON,
        data: ["map[string]string", "Values by key, base64-encoded."],
        immutable: ["boolean", "When true, the data can no longer be changed, only the object deleted."],
        stringData: ["map[string]string", "Plain-text values, merged into data on write; never returned on read."],
        type: ["string", "What the secret is for (Opaque, kubernetes.io/tls, kubernetes.io/dockerconfigjson, ...); it decides which keys must be present."],
      },
    },
    ServiceAccount: {
      d: "A ServiceAccount is an identity for processes that run in pods, used to authenticate them to the API server.",
      f: {
        ...COMMON,
        automountServiceAccountToken: ["boolean", "Whether pods using this account get an API token mounted by default."],
        imagePullSecrets: ["[]LocalObjectReference", "Image pull secrets added to pods that use this account."],
        secrets: ["[]ObjectReference", "Deprecated list of secrets of the account; tokens are now projected into pods."],
      },
    },
    ObjectReference: {
      d: "A reference to an object, possibly in another namespace.",
      f: {
        apiVersion: ["string", "The referent's API version."],
        fieldPath: ["string", "A field within the referent, such as a container: spec.containers{name}."],
        kind: ["string", "The referent's kind."],
        name: ["string", "The referent's name."],
        namespace: ["string", "The referent's namespace."],
        resourceVersion: ["string", "The referent's resource version."],
        uid: ["string", "The referent's UID."],
      },
    },
    Event: {
      d: "An Event reports something that happened to an object, such as a scheduling decision or a failed image pull. Events expire after a while.",
      f: {
        ...COMMON,
        action: ["string", "What was done, or failed to be done."],
        count: ["integer", "How many times the event has occurred."],
        eventTime: ["MicroTime", "When the event was first observed, with microseconds."],
        firstTimestamp: ["Time", "When the event was first recorded."],
        involvedObject: ["ObjectReference", "The object the event is about.", { req: true }],
        lastTimestamp: ["Time", "When the event was last recorded."],
        message: ["string", "A human-readable description."],
        reason: ["string", "A short CamelCase reason, such as Scheduled or BackOff."],
        reportingComponent: ["string", "The controller that emitted the event, such as kubelet."],
        reportingInstance: ["string", "The instance of that controller, such as the node name."],
        source: ["EventSource", "The component and host that reported the event."],
        type: ["string", "Normal or Warning."],
      },
    },
    EventSource: { d: "Where an event comes from.", f: { component: ["string", "The reporting component."], host: ["string", "The node it ran on."] } },
    Endpoints: {
      d: "Endpoints lists the addresses and ports behind a service. Deprecated in favour of EndpointSlices since 1.33.",
      f: { ...COMMON, subsets: ["[]EndpointSubset", "Groups of addresses that share the same ports."] },
    },
    EndpointSubset: {
      d: "Addresses that share a set of ports.",
      f: {
        addresses: ["[]EndpointAddress", "Ready addresses."],
        notReadyAddresses: ["[]EndpointAddress", "Addresses that are not ready yet."],
        ports: ["[]EndpointPort", "The ports of those addresses."],
      },
    },
    EndpointAddress: {
      d: "One endpoint address.",
      f: { ip: ["string", "The IP address.", { req: true }], nodeName: ["string", "The node hosting the endpoint."], targetRef: ["ObjectReference", "The pod behind the address."] },
    },
    EndpointPort: {
      d: "One port of an endpoint.",
      f: { name: ["string", "The port's name, matching the service port."], port: ["integer", "The port number.", { req: true }], protocol: ["string", "TCP, UDP or SCTP.", { e: ["SCTP", "TCP", "UDP"] }] },
    },
    LimitRange: {
      d: "A LimitRange sets default, minimum and maximum resource amounts for containers and pods in a namespace.",
      f: { ...COMMON, spec: ["LimitRangeSpec", "The limits enforced in the namespace."] },
    },
    LimitRangeSpec: { d: "The limits of a LimitRange.", f: { limits: ["[]LimitRangeItem", "One entry per kind of object limited.", { req: true }] } },
    LimitRangeItem: {
      d: "The limits for one kind of object.",
      f: {
        default: ["map[string]Quantity", "Limits given to containers that set none."],
        defaultRequest: ["map[string]Quantity", "Requests given to containers that set none."],
        max: ["map[string]Quantity", "The largest amount allowed."],
        min: ["map[string]Quantity", "The smallest amount allowed."],
        type: ["string", "What is limited: Container, Pod or PersistentVolumeClaim.", { req: true }],
      },
    },
    ResourceQuota: {
      d: "A ResourceQuota caps the total resources and object counts a namespace may use.",
      f: { ...COMMON, spec: ["ResourceQuotaSpec", "The hard limits."], status: ["ResourceQuotaStatus", "The limits and current usage. Read-only."] },
    },
    ResourceQuotaSpec: {
      d: "The limits of a quota.",
      f: { hard: ["map[string]Quantity", "The most of each resource the namespace may use."], scopes: ["[]string", "Restricts the quota to objects in these scopes."] },
    },
    ResourceQuotaStatus: {
      d: "The enforced limits and current usage of a quota.",
      f: { hard: ["map[string]Quantity", "The limits being enforced."], used: ["map[string]Quantity", "What the namespace uses now."] },
    },
    Binding: {
      d: "A Binding ties a pod to a node; the scheduler creates one to place a pod.",
      f: { ...COMMON, target: ["ObjectReference", "The node the pod is bound to.", { req: true }] },
    },
  },
};
