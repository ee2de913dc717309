/**
 * PURPOSE: the user a request acts as: the admin who holds the kubeconfig, or the user and groups
 * named by the Impersonate-* headers (`kubectl --as=jane --as-group=dev`).
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation
 * NOT MODELLED: authentication (every caller is the admin), Impersonate-Extra-*, impersonating service accounts' tokens.
 */
import { ADMIN_USER, type UserInfo } from "../apiserver/client";
import { StatusError } from "../core/errors";
import type { ApiRequest } from "./types";

export function requestUser(req: ApiRequest): UserInfo {
  const user = req.headers["impersonate-user"]?.[0];
  const groups = (req.headers["impersonate-group"] ?? []).flatMap((g) => g.split(",")).map((g) => g.trim()).filter((g) => g !== "");
  if (user === undefined || user === "") {
    if (groups.length > 0) throw StatusError.badRequest(`requested [${groups.map((g) => `{Group  ${g}  }`).join(" ")}] without impersonating a user`);
    return ADMIN_USER;
  }
  const all = groups.includes("system:authenticated") ? groups : [...groups, "system:authenticated"];
  return { username: user, groups: all };
}
