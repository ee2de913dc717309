// PURPOSE: the CRI objects a node's runtime holds, in the shape crictl reads them.
// MODELS: Container Runtime Interface, https://kubernetes.io/docs/concepts/architecture/cri/
// NOT MODELLED: streaming (exec/attach/port-forward), checkpoints, stats beyond metrics.

export type SandboxState = "SANDBOX_READY" | "SANDBOX_NOTREADY";
export type ContainerState = "CONTAINER_CREATED" | "CONTAINER_RUNNING" | "CONTAINER_EXITED" | "CONTAINER_UNKNOWN";

export type PodSandbox = {
  id: string;
  name: string;
  namespace: string;
  uid: string;
  attempt: number;
  createdAt: number;
  state: SandboxState;
  ip: string;
  labels: Record<string, string>;
  runtimeHandler: string;
};

export type LogLine = { time: number; stream: "stdout" | "stderr"; text: string };

export type RuntimeContainer = {
  id: string;
  podSandboxId: string;
  name: string;
  attempt: number;
  /** the image as the pod spec names it */
  image: string;
  /** sha256:... id of the image config */
  imageId: string;
  imageDigest: string;
  argv: string[];
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  state: ContainerState;
  exitCode?: number;
  reason?: string;
  message?: string;
  labels: Record<string, string>;
  logPath: string;
  logs: LogLine[];
};

export type RuntimeImage = {
  /** docker.io/library/nginx */
  repository: string;
  tag: string;
  id: string;
  digest: string;
  sizeBytes: number;
  pinned: boolean;
};

export type ContainerExit = { containerId: string; exitCode: number; reason: string };

/** What crictl needs: the read side of one node's runtime. */
export type CriReader = {
  readonly nodeName: string;
  readonly version: string;
  listContainers(opts?: { all?: boolean }): RuntimeContainer[];
  listPodSandboxes(): PodSandbox[];
  listImages(): RuntimeImage[];
  getContainer(idOrPrefix: string): RuntimeContainer | undefined;
  getPodSandbox(idOrPrefix: string): PodSandbox | undefined;
  logs(idOrPrefix: string, opts?: { tail?: number }): LogLine[] | undefined;
  inspect(idOrPrefix: string): Record<string, unknown> | undefined;
};
