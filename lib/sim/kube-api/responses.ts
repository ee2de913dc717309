/**
 * PURPOSE: the bodies every answer shares: JSON objects, and metav1.Status for errors, turning
 * any failure of the engine into a Status with the real code and reason so a bad request never
 * takes the server down.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#status-codes
 * NOT MODELLED: retryAfterSeconds, Warning headers.
 */
import { StatusError, type Status, type StatusReason } from "../core/errors";
import type { ApiResponse } from "./types";

export const JSON_TYPE = "application/json";

export function jsonResponse(body: unknown, status = 200, contentType = JSON_TYPE): ApiResponse {
  return { status, contentType, body: JSON.stringify(body) };
}

export function statusBody(code: number, reason: StatusReason, message: string, details?: Status["details"]): Status {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...(details ? { details } : {}), code };
}

export function failure(code: number, reason: StatusReason, message: string, details?: Status["details"]): ApiResponse {
  return jsonResponse(statusBody(code, reason, message, details), code);
}

export function errorResponse(e: unknown): ApiResponse {
  if (e instanceof StatusError) return jsonResponse(e.status, e.status.code);
  const message = e instanceof Error ? e.message : String(e);
  return failure(500, "InternalError", `Internal error occurred: ${message}`);
}

/** The answer for a path the server does not serve, as the real server words it. */
export function notFoundPath(): ApiResponse {
  return failure(404, "NotFound", "the server could not find the requested resource", {});
}

/** The Status a successful delete answers with when the object is already gone. */
export function successStatus(details: { name: string; group: string; kind: string; uid?: string }): unknown {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details };
}
