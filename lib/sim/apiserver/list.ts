/**
 * PURPOSE: the read verbs: get, list (selectors, limit/continue) and watch
 * (initial state or replay from a resourceVersion, then live changes).
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#retrieving-large-results-sets-in-chunks
 * NOT MODELLED: resourceVersionMatch, consistent reads from a past revision.
 */
import { parseFieldSelector } from "../api/field-selectors";
import type { ResourceInfo } from "../api/resources";
import { parseLabelSelector } from "../api/selectors";
import type { KubeObject } from "../api/types";
import { decodeBase64, encodeBase64 } from "../core/base64";
import { StatusError } from "../core/errors";
import { StoreError } from "../store/store";
import type { GetOptions, ListOptions, ListResult, UserInfo, WatchEvent } from "./client";
import { HAS_SCALE, toScale } from "./scale";
import { gr, type ServerContext } from "./server";
import { type WatchHub, type Watcher, watcherMatches } from "./watch-hub";

function objectKey(o: KubeObject): string {
  return `${o.metadata.namespace ?? ""}/${o.metadata.name ?? ""}`;
}

export function createListHandlers(ctx: ServerContext, hub: WatchHub) {
  const { store } = ctx;

  function makeWatcher(info: ResourceInfo, opts: ListOptions, onEvent: (e: WatchEvent) => void): Watcher {
    return {
      resource: info.resource,
      namespace: ctx.namespaceOf(info, opts.namespace),
      labels: parseLabelSelector(opts.labelSelector),
      fields: parseFieldSelector(info.resource, opts.fieldSelector),
      onEvent,
      active: true,
    };
  }

  function matching(info: ResourceInfo, w: Watcher): KubeObject[] {
    // The store lists in namespace/name order already.
    const items = store.list(info.resource, w.namespace || undefined);
    return w.labels.empty && w.fields.empty ? items : items.filter((o) => watcherMatches(w, o));
  }

  return {
    get(user: UserInfo, resource: string, name: string, opts: GetOptions | undefined): KubeObject {
      const info = ctx.info(resource);
      const ns = ctx.namespaceOf(info, opts?.namespace);
      ctx.authorize(user, { verb: "get", group: info.group, resource: info.resource, subresource: opts?.subresource, namespace: ns || undefined, name });
      const obj = store.get(info.resource, ns, name);
      if (!obj || (opts?.subresource === "scale" && !HAS_SCALE.has(info.resource))) throw StatusError.notFound(gr(info), name);
      return opts?.subresource === "scale" ? toScale(obj) : obj;
    },

    list(user: UserInfo, resource: string, opts: ListOptions): ListResult<KubeObject> {
      const info = ctx.info(resource);
      const w = makeWatcher(info, opts, () => undefined);
      ctx.authorize(user, { verb: "list", group: info.group, resource: info.resource, namespace: w.namespace || undefined });
      let items = matching(info, w);
      const rv = String(store.revision());
      if (opts.continue) {
        let start = "";
        try {
          start = (JSON.parse(decodeBase64(opts.continue)) as { start: string }).start;
        } catch {
          throw StatusError.badRequest("continue key is not valid: illegal base64 data");
        }
        items = items.filter((o) => objectKey(o) > start);
      }
      if (opts.limit && opts.limit > 0 && items.length > opts.limit) {
        const page = items.slice(0, opts.limit);
        const last = objectKey(page[page.length - 1]);
        return {
          items: page,
          resourceVersion: rv,
          continue: encodeBase64(JSON.stringify({ v: "meta.k8s.io/v1", rv: Number(rv), start: last })),
          remainingItemCount: items.length - page.length,
        };
      }
      return { items, resourceVersion: rv };
    },

    watch(
      user: UserInfo,
      resource: string,
      opts: ListOptions & { resourceVersion?: string },
      onEvent: (e: WatchEvent) => void,
    ): () => void {
      const info = ctx.info(resource);
      const w = makeWatcher(info, opts, onEvent);
      ctx.authorize(user, { verb: "watch", group: info.group, resource: info.resource, namespace: w.namespace || undefined });
      const rv = opts.resourceVersion;
      if (rv === undefined || rv === "" || rv === "0") {
        for (const o of matching(info, w)) hub.deliver(w, { type: "ADDED", object: o });
      } else {
        let replay;
        try {
          replay = store.history(info.resource, Number(rv));
        } catch (e) {
          if (e instanceof StoreError && e.code === "Compacted") {
            throw StatusError.gone(`too old resource version: ${rv} (${e.revision})`);
          }
          throw e;
        }
        for (const e of replay) {
          const now = watcherMatches(w, e.object);
          const before = e.prevObject ? watcherMatches(w, e.prevObject) : false;
          if (e.type === "DELETED" ? before : now || before) {
            const type = e.type === "MODIFIED" && !before ? "ADDED" : e.type === "MODIFIED" && !now ? "DELETED" : e.type;
            hub.deliver(w, { type, object: e.object });
          }
        }
      }
      return hub.add(w);
    },
  };
}
