/**
 * PURPOSE: the Kubernetes releases the simulator can emulate, with the build facts `kubectl version`
 * and the API server's /version report; the cluster and the shell take one of them.
 * MODELS: https://kubernetes.io/releases/ (the version /version reports, https://kubernetes.io/docs/reference/using-api/health-checks/)
 * NOT MODELLED: behaviour that differs between the releases beyond what the printers show.
 */

export type KubernetesRelease = {
  /** the selector callers pass: `1.33` */
  minorVersion: string;
  gitVersion: string;
  major: string;
  minor: string;
  gitCommit: string;
  buildDate: string;
  goVersion: string;
  kustomizeVersion: string;
};

export const RELEASES: Readonly<Record<string, KubernetesRelease>> = {
  "1.33": {
    minorVersion: "1.33",
    gitVersion: "v1.33.1",
    major: "1",
    minor: "33",
    gitCommit: "8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828",
    buildDate: "2025-05-15T08:19:08Z",
    goVersion: "go1.24.2",
    kustomizeVersion: "v5.6.0",
  },
  "1.32": {
    minorVersion: "1.32",
    gitVersion: "v1.32.5",
    major: "1",
    minor: "32",
    gitCommit: "9894294ef13a5b32803e3ca2c0d620a088cc84d1",
    buildDate: "2025-05-15T09:12:10Z",
    goVersion: "go1.23.8",
    kustomizeVersion: "v5.5.0",
  },
};

export const DEFAULT_K8S_VERSION = "1.33";

/** The release for `1.32`, `v1.32` or `v1.32.5`; undefined when the simulator does not emulate it. */
export function findRelease(version: string | undefined): KubernetesRelease | undefined {
  if (version === undefined) return RELEASES[DEFAULT_K8S_VERSION];
  const minor = /^v?(\d+\.\d+)(\.\d+)?$/.exec(version)?.[1];
  return minor === undefined ? undefined : RELEASES[minor];
}

/** The version fields of the API server's /version and `kubectl version -o json`. */
export function versionInfo(release: KubernetesRelease): Record<string, string> {
  return {
    major: release.major,
    minor: release.minor,
    gitVersion: release.gitVersion,
    gitCommit: release.gitCommit,
    gitTreeState: "clean",
    buildDate: release.buildDate,
    goVersion: release.goVersion,
    compiler: "gc",
    platform: "linux/amd64",
  };
}
