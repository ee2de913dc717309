/**
 * PURPOSE: `kubectl autoscale deployment NAME --min --max --cpu-percent`: a HorizontalPodAutoscaler
 * targeting the workload's CPU utilization. Clients before 1.33 send and print it as autoscaling/v1,
 * newer ones as autoscaling/v2; the engine stores v2 either way.
 * MODELS: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/
 * and kubernetes/kubernetes#129373 (autoscale moves to autoscaling/v2 in 1.33)
 * NOT MODELLED: memory targets (`--memory`, newer releases).
 */
import { hpaToV1 } from "../../../api/hpa-v1";
import { DEFAULT_K8S_VERSION, RELEASES } from "../../../api/releases";
import { apiVersionOf } from "../../../api/resources";
import type { HorizontalPodAutoscaler, KubeObject } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagInt, flagString, hasFlag } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { parseResourceArgs } from "./resource-args";

export const autoscaleCommand: KubectlCommand = {
  path: "autoscale",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "min", type: "int" }, { name: "max", type: "int" }, { name: "cpu-percent", type: "int" }, { name: "name", type: "string" }],
  run(flags, env, io) {
    const requests = parseResourceArgs(flags.args);
    if (requests.length !== 1 || requests[0].names.length !== 1) throw new UsageError("You must provide one or more resources by argument or filename.");
    if (!hasFlag(flags, "max")) throw new KubectlError('required flag(s) "max" not set');
    const { info, names } = requests[0];
    const target = env.api.get(info.resource, names[0], { namespace: env.namespace });
    const max = flagInt(flags, "max") ?? 0;
    const min = flagInt(flags, "min");
    if (max < 1) throw new KubectlError("--max=MAXPODS is required and must be at least 1");
    if (min !== undefined && min > max) throw new KubectlError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
    const cpu = flagInt(flags, "cpu-percent");
    const hpa: HorizontalPodAutoscaler = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { creationTimestamp: null as unknown as undefined, name: flagString(flags, "name") || (target.metadata.name ?? "") },
      spec: {
        maxReplicas: max,
        ...(cpu !== undefined ? { metrics: [{ resource: { name: "cpu", target: { averageUtilization: cpu, type: "Utilization" } }, type: "Resource" }] } : {}),
        ...(min !== undefined ? { minReplicas: min } : {}),
        scaleTargetRef: { apiVersion: apiVersionOf(info), kind: target.kind, name: target.metadata.name ?? "" },
      },
      status: { currentReplicas: 0, desiredReplicas: 0 },
    };
    const format = parseOutput(flagString(flags, "output"));
    const dryRun = dryRunOf(flags);
    const minor = Number((env.shell.cluster.release ?? RELEASES[DEFAULT_K8S_VERSION]).minor);
    const asSent = (obj: HorizontalPodAutoscaler): KubeObject => (minor < 33 ? (hpaToV1(obj) as unknown as KubeObject) : obj);
    if (dryRun === "client") {
      printAction(asSent(hpa), "autoscaled", io, format, dryRun);
      return 0;
    }
    const { creationTimestamp: _d, ...metadata } = hpa.metadata;
    const created = env.api.create<HorizontalPodAutoscaler>("horizontalpodautoscalers", { ...hpa, metadata, status: undefined }, { namespace: env.namespace, dryRun: dryRun === "server" });
    printAction(asSent(created), "autoscaled", io, format, dryRun);
    return 0;
  },
};
