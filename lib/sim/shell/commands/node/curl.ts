/**
 * PURPOSE: `curl URL` from the current node (or from inside a pod via kubectl exec): the request
 * follows the node's kube-proxy rules to a pod, which answers with its page (nginx's welcome page
 * for nginx images); `-v` also shows which pod answered, `-s`/`-I`/`-o` as curl has them.
 * MODELS: https://kubernetes.io/docs/tutorials/services/connect-applications-service/ and https://curl.se/docs/manpage.html
 * NOT MODELLED: HTTP methods other than GET, headers beyond the status line, TLS, redirects.
 */
import { responseBody } from "../../../network/http-bodies";
import { parseImageReference } from "../../../runtime/image-reference";
import type { Io, ShellContext } from "../../types";
import { currentHost } from "../../types";
import { DOCKER_HOST_IP } from "./docker-host";

export function runCurl(argv: string[], ctx: ShellContext, io: Io, from: { node: string; namespace: string }): number {
  let url: string | undefined;
  let verbose = false;
  let headOnly = false;
  let silent = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-v" || a === "--verbose") verbose = true;
    else if (a === "-I" || a === "--head") headOnly = true;
    else if (a === "-s" || a === "--silent" || a === "-sS" || a === "-S") silent = true;
    else if (a === "-o" || a === "-m" || a === "--max-time" || a === "--connect-timeout" || a === "-H") i++;
    else if (a.startsWith("-")) continue;
    else url = a;
  }
  if (url === undefined) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  void silent;
  const target = url.replace(/^https?:\/\//, "").split("/")[0];
  const docker = ctx.cluster.docker;
  const [hostPart, portPart] = target.split(":");
  const onDockerHost = docker && currentHost(ctx) === docker.hostname;
  if (docker && onDockerHost && /^\d+\.\d+\.\d+\.\d+$/.test(hostPart) && hostPart !== "127.0.0.1" && hostPart !== DOCKER_HOST_IP) {
    if (!docker.isRunning()) {
      io.err(`curl: (7) Failed to connect to ${hostPart} port ${portPart ?? "80"} after 3071 ms: No route to host\n`);
      return 7;
    }
    const answer = docker.request(Number(portPart ?? "80"), hostPart);
    if (!answer.ok) {
      io.err(`${answer.error}\n`);
      return 7;
    }
    io.out(responseBody(parseImageReference(answer.container.image).repository));
    return 0;
  }
  if (docker && (hostPart === "localhost" || hostPart === "127.0.0.1" || hostPart === docker.hostname || (onDockerHost && hostPart === DOCKER_HOST_IP))) {
    if (!docker.isRunning()) {
      io.err(`curl: (7) Failed to connect to ${hostPart} port ${portPart ?? "80"} after 0 ms: Couldn't connect to server\n`);
      return 7;
    }
    const answer = docker.request(Number(portPart ?? "80"));
    if (!answer.ok) {
      io.err(`${answer.error}\n`);
      return 7;
    }
    io.out(responseBody(parseImageReference(answer.container.image).repository));
    return 0;
  }
  const network = ctx.cluster.network;
  if (!network) {
    io.err(`curl: (6) Could not resolve host: ${target.split(":")[0]}\n`);
    return 6;
  }
  const result = network.request({ from: from.node, target, namespace: from.namespace });
  if (!result.ok) {
    io.err(`${result.message}\n`);
    return result.reason === "dns" ? 6 : result.reason === "refused" ? 7 : 28;
  }
  const host = target.split(":")[0];
  if (verbose) {
    io.err(`*   Trying ${host}:${result.port}...\n* Connected to ${host} port ${target.includes(":") ? target.split(":")[1] : "80"}\n> GET / HTTP/1.1\n> Host: ${target}\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 ${result.status} OK\n< X-Served-By: ${result.pod.name} (${result.pod.ip} on ${result.pod.node})\n<\n`);
  }
  if (headOnly) {
    io.out(`HTTP/1.1 ${result.status} OK\r\nServer: nginx/1.27.5\r\nContent-Type: text/html\r\n\r\n`);
    return 0;
  }
  io.out(result.body);
  return 0;
}

export function curlOnHost(argv: string[], ctx: ShellContext, io: Io): number {
  return runCurl(argv, ctx, io, { node: currentHost(ctx), namespace: "default" });
}
