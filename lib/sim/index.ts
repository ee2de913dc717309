/**
 * The public entry of the cluster simulator. Everything outside lib/sim imports from here only.
 *
 * @example
 * ```ts
 * import { createCluster } from "@/lib/sim";
 * const cluster = createCluster({ scenario: "default", seed: 7 });
 * cluster.api.create("deployments", deployment);
 * cluster.advance(30_000);
 * const pods = cluster.api.list("pods", { labelSelector: "app=web" }).items;
 * ```
 */
export { createCluster, restoreCluster, BOOT_MS } from "./cluster/create-cluster";
export type { CreateClusterOptions } from "./cluster/create-cluster";
export type { Cluster, ClusterEvent, Faults, NodeInfo } from "./cluster/types";
export type { ClusterSnapshot, JournalEntry } from "./cluster/journal";
export type { RealtimeHost } from "./cluster/realtime";
export { SCENARIOS, findScenario, generatedWorkers } from "./scenarios/definitions";
export type { ScenarioDefinition, ScenarioNode } from "./scenarios/definitions";
export type { ApiClient, UserInfo, ListOptions, ListResult, WatchEvent, Table, TableColumn, TableRow } from "./apiserver/client";
export type * from "./api/types";
export { StatusError, isNotFound } from "./core/errors";
export type { Status } from "./core/errors";
export type { RequestInput, RequestResult } from "./network/router";
export { resolveClusterName, serviceFqdn, podARecord } from "./network/dns";
export type { ProxyTables } from "./proxy/build-nat-rules";
export { buildNatRules } from "./proxy/build-nat-rules";
export type { IptablesRule, IptablesTable } from "./proxy/rules";
export { renderIptablesSave, renderIptablesS } from "./proxy/render-save";
export { renderIptablesList } from "./proxy/render-list";
export type { CriReader, RuntimeContainer, PodSandbox, RuntimeImage, LogLine } from "./runtime/types";
export type { DockerHost, DockerRequestResult } from "./docker/host";
export type { DockerContainer, DockerImage, DockerNetwork, DockerRunOptions } from "./docker/types";
export { DockerError, DAEMON_DOWN_MESSAGE } from "./docker/types";
export { containerStatus, formatPorts, formatCommand, goHumanDuration } from "./docker/format";
export type { Metrics, MetricsSource, PodUsage } from "./metrics/load-model";
export { formatTimestamp, humanDuration } from "./core/time";
export { parseScript as parseCommandLine, type Script as ParsedCommandLine, type ParseResult as CommandLineParseResult } from "./shell/parse";
export { createShell, parseKubectl, type Shell, type ShellState, type CreateShellOptions, type ParsedKubectl, type RunResult, type CommandStream } from "./shell/index";
export { createSession, restoreSession, type Session, type SavedSession, type TranscriptEntry } from "./session/session";
export { SIM_USAGE } from "./session/sim-command";
