/**
 * PURPOSE: refuse a body whose apiVersion or kind is not the one the request's URL names, with the
 * real API server's 400 message.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris
 */
import { apiVersionOf, type ResourceInfo } from "../api/resources";
import { StatusError } from "../core/errors";

export function checkKindOf(info: ResourceInfo, obj: Record<string, unknown>): void {
  const expected = apiVersionOf(info);
  if (obj.apiVersion !== undefined && obj.apiVersion !== expected) {
    throw StatusError.badRequest(`the API version in the data (${String(obj.apiVersion)}) does not match the expected API version (${expected})`);
  }
  if (obj.kind !== undefined && obj.kind !== info.kind) {
    throw StatusError.badRequest(`${String(obj.kind)} in version "${info.version}" cannot be handled as a ${info.kind}: no kind "${String(obj.kind)}" is registered for version "${expected}"`);
  }
}
