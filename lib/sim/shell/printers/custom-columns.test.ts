import { expect, test } from "vitest";
import { CustomColumnsError, parseCustomColumns, printCustomColumns } from "./custom-columns";

const pods = [
  { metadata: { name: "web" }, spec: { containers: [{ image: "nginx" }, { image: "envoy" }], nodeName: "node01" } },
  { metadata: { name: "db" }, spec: { containers: [{ image: "postgres" }] } },
];

test("each column evaluates its path; several values join with commas and missing ones print <none>", () => {
  expect(printCustomColumns(parseCustomColumns("NAME:.metadata.name,IMAGES:.spec.containers[*].image,NODE:.spec.nodeName"), pods, false)).toBe(
    "NAME   IMAGES        NODE\nweb    nginx,envoy   node01\ndb     postgres      <none>\n",
  );
});

test("a spec without a colon is rejected", () => {
  expect(() => parseCustomColumns("NAME")).toThrow(new CustomColumnsError("unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"));
});
