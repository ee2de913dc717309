/**
 * PURPOSE: `nslookup NAME` against the cluster DNS (CoreDNS at 10.96.0.10): Service names resolve
 * to their cluster IP, with the search path of the asking pod's namespace.
 * MODELS: https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/
 * NOT MODELLED: reverse lookups, SRV records, external names.
 */
import { resolveClusterName } from "../../../network/dns";
import type { CommandFn, Io, ShellContext } from "../../types";

export function runNslookup(argv: string[], ctx: ShellContext, io: Io, namespace: string): number {
  const name = argv.find((a) => !a.startsWith("-"));
  if (name === undefined) {
    io.err("usage: nslookup NAME\n");
    return 1;
  }
  const header = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n";
  const answer = resolveClusterName(ctx.cluster.api, name, namespace);
  if (!answer || answer.ips.length === 0) {
    io.out(`${header}** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  const fqdn = answer.kind === "service" ? `${answer.service.metadata.name ?? ""}.${answer.service.metadata.namespace ?? ""}.svc.cluster.local` : name;
  io.out(`${header}${answer.ips.map((ip) => `Name:\t${fqdn}\nAddress: ${ip}\n`).join("")}\n`);
  return 0;
}

export const nslookupOnHost: CommandFn = (argv, ctx, io) => runNslookup(argv, ctx, io, "default");
