/**
 * PURPOSE: `kubectl create service clusterip|nodeport|loadbalancer NAME --tcp=port:target`.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_service/
 * NOT MODELLED: externalname services, headless (`--clusterip=None`) beyond passing it through.
 */
import type { Service, ServicePort, ServiceType } from "../../../api/types";
import { KubectlError, type KubectlCommand } from "./command";
import { createGenerated, oneName } from "./create-workloads";
import { DRY_RUN_FLAG } from "./dry-run";
import { flagArray, flagInt, flagString, hasFlag } from "./flags";
import { OUTPUT_FLAG } from "./output";

function serviceCommand(type: ServiceType): KubectlCommand {
  return {
    path: `create service ${type.toLowerCase()}`,
    flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "tcp", type: "stringArray" }, { name: "node-port", type: "int" }, { name: "clusterip", type: "string" }],
    run(flags, env, io) {
      const name = oneName(flags);
      const specs = flagArray(flags, "tcp").flatMap((t) => t.split(","));
      if (specs.length === 0 && flagString(flags, "clusterip") !== "None") throw new KubectlError("at least one tcp port specifier must be provided");
      const ports: ServicePort[] = specs.map((spec) => {
        const [port, target] = spec.split(":");
        const p = Number(port);
        if (!Number.isInteger(p)) throw new KubectlError(`invalid port '${port}'`);
        const targetPort = target === undefined ? p : /^\d+$/.test(target) ? Number(target) : target;
        const sp: ServicePort = { name: `${port}-${target ?? port}`, port: p, protocol: "TCP", targetPort };
        if (type === "NodePort" && hasFlag(flags, "node-port")) sp.nodePort = flagInt(flags, "node-port");
        return sp;
      });
      const svc: Service = {
        apiVersion: "v1",
        kind: "Service",
        metadata: { creationTimestamp: null as unknown as undefined, labels: { app: name }, name },
        spec: { ...(hasFlag(flags, "clusterip") ? { clusterIP: flagString(flags, "clusterip") } : {}), ports, selector: { app: name }, type },
        status: { loadBalancer: {} },
      };
      return createGenerated(svc, "services", flags, env, io);
    },
  };
}

export const createServiceClusterIpCommand = serviceCommand("ClusterIP");
export const createServiceNodePortCommand = serviceCommand("NodePort");
export const createServiceLoadBalancerCommand = serviceCommand("LoadBalancer");
