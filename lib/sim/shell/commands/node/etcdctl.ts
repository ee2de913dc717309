/**
 * PURPOSE: `etcdctl get KEY [--prefix] [--keys-only]` and `etcdctl member list` on a control-plane
 * node: the API server's objects under their /registry keys (nodes under /registry/minions,
 * services under /registry/services/specs, as the API server lays them out).
 * MODELS: https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/
 * NOT MODELLED: values are shown as JSON, not the protobuf bytes the API server really stores;
 * put/del, leases, watch, snapshots.
 */
import { RESOURCES } from "../../../api/resources";
import type { Node } from "../../../api/types";
import { compactJson } from "../kubectl/apply";
import type { CommandFn } from "../../types";
import { currentHost } from "../../types";

const PREFIX: Record<string, string> = { nodes: "minions", services: "services/specs", endpoints: "services/endpoints" };

export const etcdctl: CommandFn = (argv, ctx, io) => {
  const host = currentHost(ctx);
  const nodes = ctx.cluster.api.list<Node>("nodes").items;
  const self = nodes.find((n) => n.metadata.name === host);
  if (self && self.metadata.labels?.["node-role.kubernetes.io/control-plane"] === undefined) {
    io.err("bash: etcdctl: command not found\n");
    return 127;
  }
  const positional = argv.filter((a) => !a.startsWith("-"));
  const [sub, key] = positional;
  if (sub === "member" && positional[1] === "list") {
    const cps = nodes.filter((n) => n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined);
    cps.forEach((n, i) => {
      const ip = n.status?.addresses?.find((a) => a.type === "InternalIP")?.address ?? "127.0.0.1";
      io.out(`${(0x8e9e05c52164694dn + BigInt(i)).toString(16)}, started, ${n.metadata.name ?? ""}, https://${ip}:2380, https://${ip}:2379, false\n`);
    });
    return 0;
  }
  if (sub !== "get" || key === undefined) {
    io.err("Error: unknown command or missing key; supported: etcdctl get KEY [--prefix] [--keys-only], etcdctl member list\n");
    return 1;
  }
  const prefix = argv.includes("--prefix");
  const keysOnly = argv.includes("--keys-only");
  const entries: { key: string; value: string }[] = [];
  for (const info of RESOURCES) {
    if (info.resource === "bindings") continue;
    const base = `/registry/${PREFIX[info.resource] ?? info.resource}/`;
    if (!(base.startsWith(key) || key.startsWith(base) || (prefix && base.startsWith(key)))) continue;
    for (const obj of ctx.cluster.api.list(info.resource, info.namespaced ? { namespace: "" } : {}).items) {
      const k = `${base}${info.namespaced ? `${obj.metadata.namespace ?? ""}/` : ""}${obj.metadata.name ?? ""}`;
      if (prefix ? k.startsWith(key) : k === key) entries.push({ key: k, value: compactJson(obj) });
    }
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) io.out(keysOnly ? `${e.key}\n\n` : `${e.key}\n${e.value}\n`);
  return 0;
};
