import { expect, test } from "vitest";
import type { Table } from "../../apiserver/client";
import { printTable } from "./table";

function table(): Table {
  const meta = (name: string, namespace: string, labels?: Record<string, string>) => ({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace, labels } });
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion: "1" },
    columnDefinitions: [
      { name: "Name", type: "string", format: "name", description: "", priority: 0 },
      { name: "Status", type: "string", format: "", description: "", priority: 0 },
      { name: "Nominated Node", type: "string", format: "", description: "", priority: 1 },
    ],
    rows: [
      { cells: ["web", "Running", "<none>"], object: meta("web", "default", { app: "web", tier: "a" }) },
      { cells: ["db", "Pending\nwaiting", "<none>"], object: meta("db", "prod") },
    ],
  };
}

test("headers are upper-cased and wide columns hidden by default", () => {
  expect(printTable(table(), {})).toBe("NAME   STATUS\nweb    Running\ndb     Pending...\n");
});

test("-o wide shows priority columns", () => {
  expect(printTable(table(), { wide: true })).toBe("NAME   STATUS       NOMINATED NODE\nweb    Running      <none>\ndb     Pending...   <none>\n");
});

test("-A prepends NAMESPACE, --show-labels appends LABELS, several types prefix the kind", () => {
  expect(printTable(table(), { withNamespace: true, showLabels: true, kindPrefix: "pod" })).toBe(
    "NAMESPACE   NAME      STATUS       LABELS\ndefault     pod/web   Running      app=web,tier=a\nprod        pod/db    Pending...   <none>\n",
  );
});

test("--no-headers drops the header line and -L adds label columns", () => {
  expect(printTable(table(), { noHeaders: true, labelColumns: ["app"] })).toBe("web   Running      web\ndb    Pending...   \n");
});

test("an empty table prints nothing", () => {
  expect(printTable({ ...table(), rows: [] }, {})).toBe("");
});
