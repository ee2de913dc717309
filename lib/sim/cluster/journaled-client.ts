// PURPOSE: an API client that records its writes in the cluster's journal, for snapshot and replay.
// MODELS: client-go's dynamic client (reads pass straight through).
// NOT MODELLED: watch resumption across a restore (watchers subscribe again).

import type { ApiClient, UserInfo } from "../apiserver/client";
import { cloneJson, type JournalEntry } from "./journal";

export function journaledClient(base: ApiClient, journal: JournalEntry[], user: UserInfo | undefined, isReplaying: () => boolean): ApiClient {
  function record(verb: "create" | "update" | "patch" | "delete", args: unknown[]): void {
    if (!isReplaying()) journal.push({ op: "api", user, verb, args: cloneJson(args) });
  }
  return {
    get: (resource, name, opts) => base.get(resource, name, opts),
    list: (resource, opts) => base.list(resource, opts),
    watch: (resource, opts, onEvent) => base.watch(resource, opts, onEvent),
    table: (resource, objects, opts) => base.table(resource, objects, opts),
    create(resource, obj, opts) {
      record("create", [resource, obj, opts]);
      return base.create(resource, obj, opts);
    },
    update(resource, obj, opts) {
      record("update", [resource, obj, opts]);
      return base.update(resource, obj, opts);
    },
    patch(resource, name, patch, opts) {
      record("patch", [resource, name, patch, opts]);
      return base.patch(resource, name, patch, opts);
    },
    delete(resource, name, opts) {
      record("delete", [resource, name, opts]);
      return base.delete(resource, name, opts);
    },
    as: (u) => journaledClient(base.as(u), journal, u, isReplaying),
  };
}
