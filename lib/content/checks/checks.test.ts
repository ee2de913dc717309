import { expect, test } from "vitest";

import { extractCodeBlocks } from "../extract-code-blocks";
import { checkLinks } from "./check-links";
import { checkMisconceptions } from "./check-misconceptions";
import { checkPrerequisites } from "./check-prerequisites";

test("prerequisites that loop are reported as a cycle naming every lesson in it", () => {
  const problems = checkPrerequisites([
    { slug: "pods", prerequisites: ["scheduler"] },
    { slug: "scheduler", prerequisites: ["kubelet"] },
    { slug: "kubelet", prerequisites: ["pods"] },
  ]);
  expect(problems).toEqual(["prerequisites form a cycle: pods → scheduler → kubelet → pods"]);
});

test("a prerequisite that is not a lesson is reported", () => {
  expect(checkPrerequisites([{ slug: "pods", prerequisites: ["containers"] }])).toEqual(['pods: prerequisite "containers" is not a lesson']);
});

test("an acyclic course passes", () => {
  expect(checkPrerequisites([{ slug: "a", prerequisites: [] }, { slug: "b", prerequisites: ["a"] }, { slug: "c", prerequisites: ["a", "b"] }])).toEqual([]);
});

test("broken internal links and anchors are reported; good ones and code blocks are not", () => {
  const lessons = [
    {
      slug: "pods",
      body: "See [etcd](/learn/etcd#quorum), [nope](/learn/nope), [bad](/learn/etcd#missing), [top](#why) and [map](/learn).\n```sh\ncurl [x](/learn/ignored)\n```",
      anchors: new Set(["why"]),
    },
    { slug: "etcd", body: '<a href="/nowhere">x</a>', anchors: new Set(["quorum"]) },
  ];
  expect(checkLinks(lessons)).toEqual([
    'pods: link to /learn/nope: no lesson "nope"',
    'pods: link to /learn/etcd#missing: lesson "etcd" has no heading with id "missing"',
    "etcd: link to /nowhere: no such page",
  ]);
});

test("a misconception without a call-out is reported with its claim", () => {
  const body = '<Callout kind="misconception" title="kubectl run makes a Deployment">\n\ntext\n\n</Callout>\n<Callout kind="note" title="A pod is a container">x</Callout>';
  const problems = checkMisconceptions([
    { slug: "pods", body, claims: ["kubectl run creates a Deployment", "A pod is just a container"] },
  ]);
  expect(problems).toEqual(['pods: misconception "A pod is just a container" has no <Callout kind="misconception"> in the lesson']);
});

test("code blocks inside list items are extracted with their info string and without the indentation", () => {
  const body = "1. Do it.\n\n   ```sh error\n   docker run -d --name web nginx\n   ```\n\n```text\nout\n```";
  expect(extractCodeBlocks(body)).toEqual([
    { lang: "sh", meta: "error", code: "docker run -d --name web nginx", line: 3 },
    { lang: "text", meta: "", code: "out", line: 7 },
  ]);
});
