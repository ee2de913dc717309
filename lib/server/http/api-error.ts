import "server-only";

import { z } from "zod";

/** An error the API answers with its status and a JSON body `{ error, message, field? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);

export function errorResponse(error: ApiError): Response {
  return Response.json({ error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }, { status: error.status, headers: { "Cache-Control": "no-store" } });
}

/** A zod failure as a 400 that names the first field at fault. */
export function invalidBody(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "body";
  return new ApiError(400, "invalid_request", `${field}: ${issue?.message ?? "invalid"}`, field);
}

/** Reads a JSON body of at most `limit` bytes: 413 beyond it, 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ApiError(413, "payload_too_large", `the body is ${declared} bytes; the limit is ${limit}`);
  const text = await request.text();
  const size = new TextEncoder().encode(text).length;
  if (size > limit) throw new ApiError(413, "payload_too_large", `the body is ${size} bytes; the limit is ${limit}`);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
}

/** Runs a route handler body, turning ApiError into its JSON answer. */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
