import { expect, test } from "vitest";
import { RESOURCES } from "../resources";
import { schemaComponents, type Schema } from "./documents";
import { explainText, wordWrap } from "./explain-text";

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

test("every kind the engine serves has a schema marked with its group, version and kind", () => {
  for (const r of RESOURCES) {
    const schemas = schemaComponents(r.group, r.version) ?? {};
    const marked = Object.values(schemas).filter((s) => (s["x-kubernetes-group-version-kind"] as { kind: string }[] | undefined)?.some((g) => g.kind === r.kind));
    expect(marked, `${r.group}/${r.version} ${r.kind}`).toHaveLength(1);
  }
  expect(schemaComponents("autoscaling", "v1")).toHaveProperty(["io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler"]);
});

test("each group-version document is self-contained: every $ref names a schema of the same document", () => {
  for (const gv of new Set(RESOURCES.map((r) => `${r.group}/${r.version}`))) {
    const [group, version] = gv.split("/");
    const schemas = schemaComponents(group, version) as Record<string, Schema>;
    for (const ref of refsIn(schemas)) expect(schemas, `${gv}: ${ref}`).toHaveProperty([ref.replace("#/components/schemas/", "")]);
  }
});

test("word wrap breaks between words at the limit and never inside a word", () => {
  expect(wordWrap("aaa bbb ccc", 7)).toBe("aaa bbb\nccc");
  expect(wordWrap("short", 80)).toBe("short");
  expect(wordWrap("https://example.com/a/very/long/link ok", 10)).toBe("https://example.com/a/very/long/link\nok");
  expect(wordWrap("one\ntwo three", 8)).toBe("one\ntwo\nthree");
});

test("a field path through an array of objects explains the item type, with its enum values", () => {
  const doc = { components: { schemas: schemaComponents("", "v1") as Record<string, Schema> } };
  const result = explainText(doc, { group: "", kind: "Pod", version: "v1" }, ["spec", "containers", "imagePullPolicy"], false);
  expect(result).toEqual({
    ok: true,
    text: [
      "KIND:       Pod",
      "VERSION:    v1",
      "",
      "FIELD: imagePullPolicy <string>",
      "ENUM:",
      "    Always",
      "    IfNotPresent",
      "    Never",
      "",
      "DESCRIPTION:",
      "    When the image is pulled: Always, Never or IfNotPresent. Always for the",
      "    :latest tag or no tag, IfNotPresent otherwise.",
      "    ",
      "",
      "",
    ].join("\n"),
  });
});

test("a field that does not exist is an error after the header", () => {
  const doc = { components: { schemas: schemaComponents("apps", "v1") as Record<string, Schema> } };
  expect(explainText(doc, { group: "apps", kind: "Deployment", version: "v1" }, ["spec", "replica"], false)).toEqual({
    ok: false,
    text: "GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\n",
    error: 'field "replica" does not exist',
  });
});
