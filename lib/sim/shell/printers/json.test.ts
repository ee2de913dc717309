import { expect, test } from "vitest";
import { asList, toJson } from "./json";

test("json is indented by 4 spaces with sorted keys", () => {
  expect(toJson({ kind: "Pod", apiVersion: "v1", metadata: { name: "web", labels: {} }, spec: { containers: [] } })).toBe(
    '{\n    "apiVersion": "v1",\n    "kind": "Pod",\n    "metadata": {\n        "labels": {},\n        "name": "web"\n    },\n    "spec": {\n        "containers": []\n    }\n}\n',
  );
});

test("json escapes angle brackets and ampersands as Go does", () => {
  expect(toJson({ a: "<none>&" })).toBe('{\n    "a": "\\u003cnone\\u003e\\u0026"\n}\n');
});

test("several objects are wrapped in a List", () => {
  expect(toJson(asList([]))).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
});
