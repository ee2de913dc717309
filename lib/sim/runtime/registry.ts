// PURPOSE: the simulated public registry: which images exist, their sizes, digests and what their process does.
// MODELS: image pulls, https://kubernetes.io/docs/concepts/containers/images/
// NOT MODELLED: layers, multi-arch manifests, private registries and pull secrets.

import { RELEASES } from "../api/releases";
import { sha256, toHex } from "../proxy/sha256";
import { parseImageReference, type ImageReference } from "./image-reference";
import { memoizeByString } from "../core/memo";

/** server: runs until stopped; exits: prints and exits 0; shell: a shell that exits at once without a terminal. */
export type ProcessKind = "server" | "exits" | "shell";

export type RegistryImage = {
  repository: string;
  familiar: string;
  tag: string;
  digest: string;
  id: string;
  compressedBytes: number;
  sizeBytes: number;
  command: string[];
  kind: ProcessKind;
  ports: string[];
  version: string;
};

type CatalogEntry = {
  repository: string;
  tags: string[];
  version: string;
  compressedBytes: number;
  sizeBytes: number;
  command: string[];
  kind: ProcessKind;
  ports?: string[];
};

const NGINX_COMMAND = ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"];

// Sizes as published on the registries for linux/amd64 (compressed) and as `docker images` reports them (unpacked).
const CATALOG: CatalogEntry[] = [
  { repository: "docker.io/library/nginx", tags: ["latest", "1.27", "1.27.3"], version: "1.27.3", compressedBytes: 72_188_133, sizeBytes: 192_004_242, command: NGINX_COMMAND, kind: "server", ports: ["80/tcp"] },
  { repository: "docker.io/library/nginx", tags: ["1.25", "1.25.5"], version: "1.25.5", compressedBytes: 71_008_133, sizeBytes: 187_683_246, command: NGINX_COMMAND, kind: "server", ports: ["80/tcp"] },
  { repository: "docker.io/library/nginx", tags: ["1.26", "1.26.2"], version: "1.26.2", compressedBytes: 71_640_021, sizeBytes: 188_310_532, command: NGINX_COMMAND, kind: "server", ports: ["80/tcp"] },
  { repository: "docker.io/library/nginx", tags: ["alpine", "1.27-alpine"], version: "1.27.3-alpine", compressedBytes: 20_507_148, sizeBytes: 47_972_306, command: NGINX_COMMAND, kind: "server", ports: ["80/tcp"] },
  { repository: "docker.io/library/busybox", tags: ["latest", "1.37", "1.36"], version: "1.37.0", compressedBytes: 2_156_519, sizeBytes: 4_269_950, command: ["sh"], kind: "shell" },
  { repository: "docker.io/library/alpine", tags: ["latest", "3.21", "3.20"], version: "3.21.2", compressedBytes: 3_641_715, sizeBytes: 7_834_906, command: ["/bin/sh"], kind: "shell" },
  { repository: "docker.io/library/ubuntu", tags: ["latest", "24.04", "22.04"], version: "24.04", compressedBytes: 29_754_290, sizeBytes: 78_122_340, command: ["/bin/bash"], kind: "shell" },
  { repository: "docker.io/library/hello-world", tags: ["latest"], version: "latest", compressedBytes: 2_459, sizeBytes: 13_256, command: ["/hello"], kind: "exits" },
  { repository: "docker.io/library/redis", tags: ["latest", "7", "7.4"], version: "7.4.2", compressedBytes: 45_012_870, sizeBytes: 117_358_164, command: ["docker-entrypoint.sh", "redis-server"], kind: "server", ports: ["6379/tcp"] },
  { repository: "docker.io/library/httpd", tags: ["latest", "2.4"], version: "2.4.62", compressedBytes: 58_236_410, sizeBytes: 147_902_117, command: ["httpd-foreground"], kind: "server", ports: ["80/tcp"] },
  { repository: "docker.io/library/postgres", tags: ["latest", "17", "16"], version: "17.2", compressedBytes: 153_409_221, sizeBytes: 434_875_120, command: ["docker-entrypoint.sh", "postgres"], kind: "server", ports: ["5432/tcp"] },
  { repository: "docker.io/library/mysql", tags: ["latest", "8.4", "8"], version: "8.4.3", compressedBytes: 171_845_077, sizeBytes: 590_160_321, command: ["docker-entrypoint.sh", "mysqld"], kind: "server", ports: ["3306/tcp", "33060/tcp"] },
  { repository: "docker.io/library/python", tags: ["latest", "3.13", "3.12-slim"], version: "3.13.1", compressedBytes: 392_014_530, sizeBytes: 1_016_401_112, command: ["python3"], kind: "shell" },
  { repository: "docker.io/library/node", tags: ["latest", "22", "20"], version: "22.12.0", compressedBytes: 395_613_048, sizeBytes: 1_118_302_444, command: ["docker-entrypoint.sh", "node"], kind: "shell" },
  { repository: "registry.k8s.io/hpa-example", tags: ["latest"], version: "latest", compressedBytes: 186_435_015, sizeBytes: 480_718_960, command: ["apache2-foreground"], kind: "server", ports: ["80/tcp"] },
  { repository: "registry.k8s.io/pause", tags: ["3.10"], version: "3.10", compressedBytes: 320_368, sizeBytes: 736_372, command: ["/pause"], kind: "server" },
  { repository: "registry.k8s.io/etcd", tags: ["3.5.21-0"], version: "3.5.21-0", compressedBytes: 58_938_593, sizeBytes: 153_912_011, command: ["etcd"], kind: "server", ports: ["2379/tcp", "2380/tcp", "2381/tcp"] },
  { repository: "registry.k8s.io/coredns/coredns", tags: ["v1.12.0"], version: "v1.12.0", compressedBytes: 20_939_036, sizeBytes: 68_458_102, command: ["/coredns"], kind: "server", ports: ["53/udp", "53/tcp", "8080/tcp", "8181/tcp", "9153/tcp"] },
  { repository: "ghcr.io/flannel-io/flannel", tags: ["v0.26.4"], version: "v0.26.4", compressedBytes: 32_812_504, sizeBytes: 84_417_016, command: ["/opt/bin/flanneld"], kind: "server" },
  { repository: "registry.k8s.io/metrics-server/metrics-server", tags: ["v0.7.2"], version: "v0.7.2", compressedBytes: 19_494_617, sizeBytes: 67_104_884, command: ["/metrics-server"], kind: "server", ports: ["10250/tcp"] },
];

// The control-plane images of every emulated release, so a cluster of either release pulls its own tags.
const COMPONENT_IMAGES: Omit<CatalogEntry, "tags" | "version">[] = [
  { repository: "registry.k8s.io/kube-proxy", compressedBytes: 30_895_340, sizeBytes: 97_914_112, command: ["/usr/local/bin/kube-proxy"], kind: "server", ports: ["10249/tcp", "10256/tcp"] },
  { repository: "registry.k8s.io/kube-apiserver", compressedBytes: 30_071_307, sizeBytes: 97_512_390, command: ["kube-apiserver"], kind: "server", ports: ["6443/tcp"] },
  { repository: "registry.k8s.io/kube-controller-manager", compressedBytes: 27_646_507, sizeBytes: 90_104_225, command: ["kube-controller-manager"], kind: "server", ports: ["10257/tcp"] },
  { repository: "registry.k8s.io/kube-scheduler", compressedBytes: 21_255_270, sizeBytes: 68_303_114, command: ["kube-scheduler"], kind: "server", ports: ["10259/tcp"] },
];
for (const release of Object.values(RELEASES)) {
  for (const entry of COMPONENT_IMAGES) CATALOG.push({ ...entry, tags: [release.gitVersion], version: release.gitVersion });
}

function hashHex(text: string): string {
  return toHex(sha256(text));
}

function buildIndex(): Map<string, RegistryImage> {
  const index = new Map<string, RegistryImage>();
  for (const entry of CATALOG) {
    const key = `${entry.repository}@${entry.version}`;
    for (const tag of entry.tags) {
      const ref = parseImageReference(`${entry.repository}:${tag}`);
      index.set(ref.canonical, {
        repository: entry.repository,
        familiar: ref.familiar,
        tag,
        digest: `sha256:${hashHex(`manifest ${key}`)}`,
        id: `sha256:${hashHex(`config ${key}`)}`,
        compressedBytes: entry.compressedBytes,
        sizeBytes: entry.sizeBytes,
        command: entry.command,
        kind: entry.kind,
        ports: entry.ports ?? [],
        version: entry.version,
      });
    }
  }
  return index;
}

let cachedIndex: Map<string, RegistryImage> | undefined;

function registryIndex(): Map<string, RegistryImage> {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

export type PullResult = { ok: true; image: RegistryImage; ref: ImageReference } | { ok: false; ref: ImageReference; reason: "not-found" | "denied" };

// The catalog never changes, so each reference is resolved once (probes resolve their image every period).
export const resolveImage = memoizeByString((reference: string): PullResult => Object.freeze(lookUp(reference)), 1024);

function lookUp(reference: string): PullResult {
  const ref = parseImageReference(reference);
  const index = registryIndex();
  if (ref.digest) {
    for (const image of index.values()) {
      if (image.repository === ref.repository && image.digest === ref.digest) return { ok: true, image, ref };
    }
    return { ok: false, ref, reason: "not-found" };
  }
  const image = index.get(ref.canonical);
  if (image) return { ok: true, image, ref };
  const repoKnown = [...index.values()].some((i) => i.repository === ref.repository);
  return { ok: false, ref, reason: repoKnown ? "not-found" : "denied" };
}

export function registryImages(): RegistryImage[] {
  return [...registryIndex().values()];
}
