/**
 * PURPOSE: binds the simulated API server's request handler to node:http on 127.0.0.1, so the real
 * kubectl (or any Kubernetes client) can talk to the engine: reads bodies up to the API server's
 * limit, writes answers, keeps watches and followed logs open as chunked streams.
 * MODELS: the kube-apiserver's insecure HTTP serving, https://kubernetes.io/docs/concepts/security/controlling-access/
 * NOT MODELLED: TLS, authentication, HTTP/2.
 * Node-side: together with node.ts the only part of the simulator that may use Node's modules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { handleKubeApiRequest } from "../kube-api/handle-request";
import { failure } from "../kube-api/responses";
import { MAX_BODY_BYTES, type ApiRequest, type ApiResponse, type KubeApiBackend } from "../kube-api/types";

export type KubeApiServerOptions = {
  /** the cluster to serve; read on every request, so a host can swap it */
  backend: () => KubeApiBackend;
  port?: number;
  /** runs after every handled request (a paused clock settles the engine's deferred work here) */
  afterRequest?: () => void;
  /** the time the handler took for each request, in milliseconds */
  onTiming?: (req: ApiRequest, ms: number) => void;
};

export type KubeApiServer = { port: number; url: string; close(): Promise<void> };

function headersOf(msg: IncomingMessage): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(msg.headersDistinct)) if (values) out[name] = values;
  return out;
}

function send(res: ServerResponse, answer: ApiResponse, onClose: (stop: () => void) => void): void {
  res.statusCode = answer.status;
  res.setHeader("Content-Type", answer.contentType);
  res.setHeader("Cache-Control", "no-cache, private");
  if (!answer.stream) {
    res.end(answer.body ?? "");
    return;
  }
  res.setHeader("Transfer-Encoding", "chunked");
  res.flushHeaders();
  const stop = answer.stream.start(
    (chunk) => {
      if (!res.writableEnded) res.write(chunk);
    },
    () => res.end(),
  );
  onClose(stop);
}

export function startKubeApiServer(options: KubeApiServerOptions): Promise<KubeApiServer> {
  const server: Server = createServer((msg, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    msg.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    msg.on("end", () => {
      if (tooLarge) {
        const answer = failure(413, "RequestEntityTooLarge", `Request entity too large: limit is ${MAX_BODY_BYTES}`);
        res.setHeader("Connection", "close");
        send(res, answer, () => undefined);
        return;
      }
      const bytes = Buffer.concat(chunks);
      const req: ApiRequest = { method: msg.method ?? "GET", url: msg.url ?? "/", headers: headersOf(msg), body: bytes.toString("utf8"), bytes };
      const started = performance.now();
      const answer = handleKubeApiRequest(req, options.backend());
      options.afterRequest?.();
      options.onTiming?.(req, performance.now() - started);
      send(res, answer, (stop) => res.on("close", stop));
    });
    msg.on("error", () => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
