/**
 * PURPOSE: `sim`, the command that drives the simulation itself from a terminal or a lesson:
 * faults (stop a node's kubelet, cut a node off, crash a container, fail a probe), load on a
 * Service and fast-forwarding virtual time.
 * MODELS: no Kubernetes component; it stands in for what happens to real machines.
 * NOT MODELLED: faults of control-plane components other than kubelets and the cloud controller manager.
 */
import type { Pod } from "../api/types";
import type { Cluster } from "../cluster/types";
import { StatusError } from "../core/errors";
import { parseDuration } from "./duration";

export type SimResult = { stdout: string; stderr: string; exitCode: number };

export const SIM_USAGE = `Drive the simulated cluster.

Usage:
  sim node stop|start <node>          stop or start the node's kubelet (its heartbeats stop)
  sim node partition|heal <node>      cut the node off the network, or reconnect it
  sim crash <pod> [-c container] [--oom] [-n namespace]
                                      make a container exit (1, or 137 OOMKilled)
  sim probe <pod> liveness|readiness fail|pass [-c container] [-n namespace]
  sim load <service> <requests-per-second> [-n namespace]
  sim cloud stop|start                stop or start the cloud controller manager
  sim advance <duration>              fast-forward virtual time, e.g. 30s, 5m, 1h
`;

type Flags = { positional: string[]; namespace: string; container?: string; oom: boolean };

function parseFlags(args: string[]): Flags | string {
  const flags: Flags = { positional: [], namespace: "default", oom: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--oom") flags.oom = true;
    else if (arg === "-n" || arg === "--namespace") flags.namespace = args[++i] ?? "";
    else if (arg.startsWith("--namespace=")) flags.namespace = arg.slice("--namespace=".length);
    else if (arg === "-c" || arg === "--container") flags.container = args[++i];
    else if (arg.startsWith("-")) return `unknown flag: ${arg}`;
    else flags.positional.push(arg);
  }
  return flags.namespace === "" ? "flag needs an argument: -n" : flags;
}

const ok = (stdout: string): SimResult => ({ stdout, stderr: "", exitCode: 0 });
const fail = (message: string): SimResult => ({ stdout: "", stderr: `sim: ${message}\nRun 'sim help' for usage.\n`, exitCode: 1 });

function requireNode(cluster: Cluster, name: string | undefined): string | SimResult {
  if (!name) return fail("missing node name");
  return cluster.nodes().some((n) => n.name === name) ? name : fail(`node "${name}" not found`);
}

function requirePod(cluster: Cluster, name: string | undefined, namespace: string): Pod | SimResult {
  if (!name) return fail("missing pod name");
  try {
    return cluster.api.get<Pod>("pods", name, { namespace });
  } catch (error) {
    if (error instanceof StatusError) return fail(`pod "${name}" not found in namespace "${namespace}"`);
    throw error;
  }
}

function nodeCommand(cluster: Cluster, action: string | undefined, node: string | undefined): SimResult {
  const name = requireNode(cluster, node);
  if (typeof name !== "string") return name;
  switch (action) {
    case "stop":
      cluster.faults.stopKubelet(name);
      return ok(`kubelet on ${name} stopped: no more heartbeats\n`);
    case "start":
      cluster.faults.startKubelet(name);
      return ok(`kubelet on ${name} started\n`);
    case "partition":
      cluster.faults.partitionNode(name);
      return ok(`${name} cut off the network\n`);
    case "heal":
      cluster.faults.healNode(name);
      return ok(`${name} reconnected\n`);
    default:
      return fail(`unknown node action "${action ?? ""}" (use stop, start, partition or heal)`);
  }
}

export function runSimCommand(cluster: Cluster, args: string[]): SimResult {
  const parsed = parseFlags(args);
  if (typeof parsed === "string") return fail(parsed);
  const [verb, a, b, c] = parsed.positional;
  switch (verb) {
    case undefined:
    case "help":
      return ok(SIM_USAGE);
    case "node":
      return nodeCommand(cluster, a, b);
    case "crash": {
      const pod = requirePod(cluster, a, parsed.namespace);
      if ("exitCode" in pod) return pod;
      const crashed = cluster.faults.crashContainer(parsed.namespace, a!, parsed.container, { oomKilled: parsed.oom });
      if (!crashed) return fail(`pod "${a}" has no running container${parsed.container ? ` named "${parsed.container}"` : ""}`);
      return ok(`${parsed.oom ? "OOMKilled (exit 137)" : "exited with code 1"}: ${parsed.container ?? pod.spec?.containers[0]?.name} in pod ${a}\n`);
    }
    case "probe": {
      const pod = requirePod(cluster, a, parsed.namespace);
      if ("exitCode" in pod) return pod;
      if (b !== "liveness" && b !== "readiness") return fail(`probe must be liveness or readiness, not "${b ?? ""}"`);
      if (c !== "fail" && c !== "pass") return fail(`probe result must be fail or pass, not "${c ?? ""}"`);
      cluster.faults.setUnhealthy(parsed.namespace, a!, parsed.container, b, c === "fail");
      return ok(`${b} probe of pod ${a} will ${c === "fail" ? "fail" : "pass"}\n`);
    }
    case "load": {
      const rps = Number(b);
      if (!a || b === undefined || !Number.isFinite(rps) || rps < 0) return fail("usage: sim load <service> <requests-per-second>");
      try {
        cluster.api.get("services", a, { namespace: parsed.namespace });
      } catch {
        return fail(`service "${a}" not found in namespace "${parsed.namespace}"`);
      }
      cluster.load.setServiceLoad(parsed.namespace, a, rps);
      return ok(`load on service ${a}: ${rps} requests per second\n`);
    }
    case "cloud":
      if (a === "stop") {
        cluster.faults.stopCloudControllerManager();
        return ok("cloud-controller-manager stopped: LoadBalancer Services get no address, new nodes no cloud labels\n");
      }
      if (a === "start") {
        cluster.faults.startCloudControllerManager();
        return ok("cloud-controller-manager started\n");
      }
      return fail(`unknown cloud action "${a ?? ""}" (use stop or start)`);
    case "advance": {
      const ms = a === undefined ? undefined : parseDuration(a);
      if (ms === undefined || ms <= 0) return fail(`invalid duration "${a ?? ""}" (examples: 30s, 5m, 1h30m)`);
      cluster.advance(ms);
      return ok(`advanced the clock by ${a}\n`);
    }
    default:
      return fail(`unknown command "${verb}"`);
  }
}
