/**
 * PURPOSE: the shapes of one HTTP exchange with the simulated API server, free of any HTTP library:
 * the host parses the request line and headers, the handler answers with a status and a body, or
 * with a stream for watches and followed logs.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/
 * NOT MODELLED: protobuf and CBOR encodings, HTTP/2 specifics.
 */
import type { KubernetesRelease } from "../api/releases";
import type { ApiClient } from "../apiserver/client";
import type { CriReader } from "../runtime/types";

export type ApiRequest = {
  method: string;
  /** the request target as sent: path and query string, still percent-encoded */
  url: string;
  /** header names in lower case; a header sent several times keeps every value */
  headers: Readonly<Record<string, readonly string[]>>;
  body: string;
  /** the body's bytes, for binary encodings (protobuf); the host passes them when it has them */
  bytes?: Uint8Array;
};

/** A response that keeps sending: `start` is called once with a writer and returns the function that stops it. */
export type ResponseStream = { start(write: (chunk: string) => void, end: () => void): () => void };

export type ApiResponse = {
  status: number;
  contentType: string;
  body?: string;
  stream?: ResponseStream;
};

export type Usage = { cpuMilli: number; memoryBytes: number };

/** What the handler needs of a cluster; a Cluster satisfies it. */
export type KubeApiBackend = {
  api: ApiClient;
  release: KubernetesRelease;
  clock: { now(): number };
  runtime?(node: string): CriReader | undefined;
  metrics?: { isAvailable(): boolean; podMetrics(namespace: string, pod: string): Usage | undefined; nodeMetrics(node: string): Usage | undefined };
  /** time ticks, for followed logs */
  subscribe?(listener: (e: { kind: string }) => void): () => void;
};

/** Largest request body the server reads, as the real API server's limit (3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
