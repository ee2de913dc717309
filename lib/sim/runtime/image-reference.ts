// PURPOSE: normalize image references the way containerd and Docker do ("nginx" -> docker.io/library/nginx:latest).
// MODELS: image names, https://kubernetes.io/docs/concepts/containers/images/#image-names
// NOT MODELLED: registry mirrors, credentials, platform selection.

import { memoizeByString } from "../core/memo";

export type ImageReference = {
  /** docker.io/library/nginx */
  repository: string;
  /** nginx (Docker's short "familiar" form), registry.k8s.io/pause */
  familiar: string;
  tag: string;
  digest?: string;
  /** docker.io/library/nginx:latest */
  canonical: string;
};

// Every probe and container start resolves its image again, and a cluster uses a handful of images.
export const parseImageReference = memoizeByString((ref: string): Readonly<ImageReference> => Object.freeze(parseReference(ref)), 1024);

function parseReference(ref: string): ImageReference {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = "latest";
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  const hasDomain = parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost");
  let repository: string;
  if (hasDomain) repository = rest;
  else if (parts.length === 1) repository = `docker.io/library/${rest}`;
  else repository = `docker.io/${rest}`;
  const familiar = repository.startsWith("docker.io/library/")
    ? repository.slice("docker.io/library/".length)
    : repository.startsWith("docker.io/")
      ? repository.slice("docker.io/".length)
      : repository;
  const canonical = digest && colon <= lastSlash ? `${repository}@${digest}` : `${repository}:${tag}`;
  return { repository, familiar, tag, digest, canonical };
}
