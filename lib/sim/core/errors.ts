/**
 * PURPOSE: API errors as metav1.Status objects with the real API server's wording.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#status-codes (k8s.io/apimachinery errors)
 * NOT MODELLED: retryAfterSeconds, warnings headers.
 */

export type StatusReason =
  | "NotFound"
  | "AlreadyExists"
  | "Conflict"
  | "Invalid"
  | "Forbidden"
  | "BadRequest"
  | "MethodNotAllowed"
  | "Gone"
  | "Expired"
  | "Unauthorized"
  | "InternalError"
  | "NotAcceptable"
  | "UnsupportedMediaType"
  | "RequestEntityTooLarge"
  | "Timeout";

export type StatusCause = { reason: string; message: string; field: string };

export type Status = {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Failure";
  message: string;
  reason: StatusReason;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
  code: number;
};

export type GroupResource = { group: string; resource: string };

function qualified(gr: GroupResource): string {
  return gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
}

export class StatusError extends Error {
  readonly status: Status;

  constructor(status: Status) {
    super(status.message);
    this.name = "StatusError";
    this.status = status;
  }

  get code(): number {
    return this.status.code;
  }

  get reason(): StatusReason {
    return this.status.reason;
  }

  static notFound(gr: GroupResource, name: string): StatusError {
    return make(404, "NotFound", `${qualified(gr)} "${name}" not found`, { name, group: gr.group, kind: gr.resource });
  }

  static alreadyExists(gr: GroupResource, name: string): StatusError {
    return make(409, "AlreadyExists", `${qualified(gr)} "${name}" already exists`, {
      name,
      group: gr.group,
      kind: gr.resource,
    });
  }

  static conflict(gr: GroupResource, name: string, reason = "the object has been modified; please apply your changes to the latest version and try again"): StatusError {
    return make(409, "Conflict", `Operation cannot be fulfilled on ${qualified(gr)} "${name}": ${reason}`, {
      name,
      group: gr.group,
      kind: gr.resource,
    });
  }

  /** kind is the Kind ("Pod"), group the API group ("" for core); several causes are joined `[a, b]`. */
  static invalid(kind: string, name: string, causes: StatusCause[], group = ""): StatusError {
    const messages = causes.map(formatCause);
    const joined = messages.length === 1 ? messages[0] : `[${messages.join(", ")}]`;
    // kubectl words this from details.kind without the group: `The Deployment "web" is invalid: ...`.
    return make(422, "Invalid", `The ${kind} "${name}" is invalid: ${joined}`, {
      name,
      group,
      kind,
      causes,
    });
  }

  static forbidden(gr: GroupResource, name: string, reason: string): StatusError {
    const target = name ? `${qualified(gr)} "${name}"` : qualified(gr);
    return make(403, "Forbidden", `${target} is forbidden: ${reason}`, { name: name || undefined, group: gr.group, kind: gr.resource });
  }

  static badRequest(message: string): StatusError {
    return make(400, "BadRequest", message);
  }

  static methodNotSupported(gr: GroupResource, action: string): StatusError {
    return make(405, "MethodNotAllowed", `${action} is not supported on resources of kind "${qualified(gr)}"`, {
      group: gr.group,
      kind: gr.resource,
    });
  }

  static gone(message: string): StatusError {
    return make(410, "Expired", message);
  }

  static internal(message: string): StatusError {
    return make(500, "InternalError", `Internal error occurred: ${message}`);
  }
}

function formatCause(c: StatusCause): string {
  return c.field ? `${c.field}: ${c.message}` : c.message;
}

function make(code: number, reason: StatusReason, message: string, details?: Status["details"]): StatusError {
  const status: Status = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
  if (details) {
    const clean: NonNullable<Status["details"]> = {};
    if (details.name !== undefined) clean.name = details.name;
    if (details.group) clean.group = details.group;
    if (details.kind !== undefined) clean.kind = details.kind;
    if (details.causes) clean.causes = details.causes;
    status.details = clean;
  }
  return new StatusError(status);
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

export function isNotFound(e: unknown): boolean {
  return isStatusError(e) && e.status.code === 404;
}

export function isConflict(e: unknown): boolean {
  return isStatusError(e) && e.status.reason === "Conflict";
}

export function isAlreadyExists(e: unknown): boolean {
  return isStatusError(e) && e.status.reason === "AlreadyExists";
}
