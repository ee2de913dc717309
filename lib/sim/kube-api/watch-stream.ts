/**
 * PURPOSE: `watch=true`: the engine's watch as a stream of newline-delimited JSON watch events
 * ({"type":"ADDED","object":{...}}), each object a one-row Table when the client asked for tables.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes
 * NOT MODELLED: BOOKMARK events, timeoutSeconds (the stream lasts until the client leaves).
 */
import type { ApiClient, ListOptions } from "../apiserver/client";
import type { ResourceInfo } from "../api/resources";
import { JSON_TYPE } from "./responses";
import { TABLE_CONTENT_TYPE, tableOf } from "./table-response";
import type { ApiResponse } from "./types";

/** Subscribes at once, so a bad resourceVersion fails as a Status; events wait in a buffer until the stream starts. */
export function watchResponse(
  api: ApiClient,
  info: ResourceInfo,
  opts: ListOptions & { resourceVersion?: string },
  query: Record<string, string>,
  asTable: boolean,
): ApiResponse {
  const pending: string[] = [];
  let sink: ((chunk: string) => void) | undefined;
  const stop = api.watch(info.resource, opts, (event) => {
    const object = asTable ? tableOf(api, info.resource, [event.object], query, { resourceVersion: event.object.metadata.resourceVersion ?? "" }) : event.object;
    const line = `${JSON.stringify({ type: event.type, object })}\n`;
    if (sink) sink(line);
    else pending.push(line);
  });
  return {
    status: 200,
    contentType: asTable ? TABLE_CONTENT_TYPE : JSON_TYPE,
    stream: {
      start(write) {
        sink = write;
        for (const line of pending.splice(0)) write(line);
        return stop;
      },
    },
  };
}
