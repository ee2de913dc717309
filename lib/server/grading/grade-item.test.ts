import { describe, expect, it } from "vitest";

import { bankItemSchema } from "@/lib/server/content/quizzes/bank-schema";
import type { LoadedItem } from "@/lib/server/content/quizzes/load-banks";

import { AnswerShapeError, gradeAnswer, publicAnswer, resolveAnswer, reviewItem } from "./grade-item";
import { publicView } from "./public-item";

const common = { objective: 1, section: "how-it-works", concepts: ["pod"], difficulty: 1, prompt: "Question?", explanation: "Because that is how it works." };
const why = (text: string) => `${text} — explained in full.`;

function item(raw: Record<string, unknown>): LoadedItem {
  return { ...bankItemSchema.parse({ ...common, ...raw }), lesson: "pods" };
}

const single = item({
  id: "s",
  type: "single",
  options: [
    { id: "localhost", text: "localhost", correct: true, why: why("shared namespace") },
    { id: "service", text: "a Service", why: why("not needed inside a pod") },
    { id: "own-ip", text: "its own IP", why: why("containers have no IP of their own") },
  ],
});

const multiple = item({
  id: "m",
  type: "multiple",
  options: [
    { id: "net", text: "network namespace", correct: true, why: why("one IP") },
    { id: "vol", text: "volumes", correct: true, why: why("declared volumes") },
    { id: "fs", text: "root filesystem", why: why("each image has its own") },
    { id: "pid", text: "always the PID namespace", why: why("only with shareProcessNamespace") },
  ],
});

const ordering = item({
  id: "o",
  type: "ordering",
  steps: ["api", "etcd", "sched", "kubelet"].map((id) => ({ id, text: `step ${id}`, why: why(id) })),
});

const matching = item({
  id: "x",
  type: "matching",
  pairs: ["scheduler", "kubelet", "proxy"].map((id) => ({ id, left: `left ${id}`, right: `right ${id}`, why: why(id) })),
  distractors: [{ id: "ipam", text: "assigns pod IPs", why: why("that is the CNI plugin") }],
});

const command = item({
  id: "c",
  type: "command",
  answers: ["kubectl scale deployment web --replicas=5"],
  mistakes: [{ command: "kubectl scale rs web --replicas=5", why: why("the Deployment would scale the ReplicaSet back") }],
});

const SEED = 42;
const pub = (it: LoadedItem, contentId: string) => publicView(it, SEED).ids.toPublic.get(contentId)!;

describe("public view", () => {
  it("hides keys and renames ids so they reveal nothing", () => {
    const view = publicView(single, SEED).item;
    const text = JSON.stringify(view);
    expect(text).not.toContain("correct");
    expect(text).not.toContain("explained");
    expect(text).not.toContain("localhost\",");
    expect(view.type === "single" && view.options.map((o) => o.id)).toEqual(["o1", "o2", "o3"]);
  });

  it("shuffles by seed, the same way every time", () => {
    const a = publicView(ordering, 1).item;
    const b = publicView(ordering, 1).item;
    expect(a).toEqual(b);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => JSON.stringify(publicView(ordering, s).item.type === "ordering" && (publicView(ordering, s).item as { steps: { text: string }[] }).steps.map((x) => x.text))));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe("grading", () => {
  it("single choice: right and wrong, with the wrong option's why", () => {
    expect(gradeAnswer(single, resolveAnswer(single, { choice: pub(single, "localhost") }, SEED))).toMatchObject({ score: 1, correct: true });
    const wrong = gradeAnswer(single, resolveAnswer(single, { choice: pub(single, "service") }, SEED));
    expect(wrong).toMatchObject({ score: 0, correct: false });
    expect(wrong.feedback[0]).toContain("not needed inside a pod");
  });

  it("multiple response: partial credit is right picks minus wrong picks over the right ones, never below 0", () => {
    const grade = (ids: string[]) => gradeAnswer(multiple, resolveAnswer(multiple, { choices: ids.map((id) => pub(multiple, id)) }, SEED));
    expect(grade(["net", "vol"])).toMatchObject({ score: 1, correct: true });
    expect(grade(["net"])).toMatchObject({ score: 0.5, correct: false });
    expect(grade(["net", "vol", "fs"])).toMatchObject({ score: 0.5, correct: false });
    expect(grade(["fs", "pid"]).score).toBe(0);
    expect(grade(["net", "fs", "pid"]).score).toBe(0);
  });

  it("ordering: exact order is full credit, one step out of place costs one step, reverse is 0", () => {
    const grade = (ids: string[]) => gradeAnswer(ordering, resolveAnswer(ordering, { order: ids.map((id) => pub(ordering, id)) }, SEED));
    expect(grade(["api", "etcd", "sched", "kubelet"])).toMatchObject({ score: 1, correct: true });
    const moved = grade(["etcd", "api", "sched", "kubelet"]);
    expect(moved.score).toBeCloseTo(2 / 3);
    expect(moved.correct).toBe(false);
    expect(moved.feedback.join(" ")).toContain("Step 1");
    expect(grade(["kubelet", "sched", "etcd", "api"]).score).toBe(0);
  });

  it("ordering: a list that misses or repeats a step is a 400, not a grade", () => {
    expect(() => resolveAnswer(ordering, { order: [pub(ordering, "api"), pub(ordering, "api"), pub(ordering, "etcd"), pub(ordering, "sched")] }, SEED)).toThrow(AnswerShapeError);
    expect(() => resolveAnswer(ordering, { order: [pub(ordering, "api")] }, SEED)).toThrow(/each of the 4 steps/);
  });

  it("matching: share of pairs right; a distractor is wrong", () => {
    const right = (id: string) => pub(matching, `=${id}`);
    const left = (id: string) => pub(matching, id);
    const all = { [left("scheduler")]: right("scheduler"), [left("kubelet")]: right("kubelet"), [left("proxy")]: right("proxy") };
    expect(gradeAnswer(matching, resolveAnswer(matching, { matches: all }, SEED))).toMatchObject({ score: 1, correct: true });
    const oneWrong = { ...all, [left("proxy")]: right("ipam") };
    const grade = gradeAnswer(matching, resolveAnswer(matching, { matches: oneWrong }, SEED));
    expect(grade.score).toBeCloseTo(2 / 3);
    expect(grade.feedback[0]).toContain("left proxy");
  });

  it("rejects an answer of the wrong shape for the item, naming the field", () => {
    expect(() => resolveAnswer(single, { choices: ["o1"] }, SEED)).toThrow(/takes "choice"/);
    expect(() => resolveAnswer(single, { choice: "o9" }, SEED)).toThrow(/not one of this item's options/);
    expect(() => resolveAnswer(matching, { matches: { l1: "o1" } }, SEED)).toThrow(AnswerShapeError);
  });

  it("review: the key and whys come back in the attempt's public ids", () => {
    const review = reviewItem(single, SEED, gradeAnswer(single, { choice: "service" }));
    expect(review.key).toEqual({ type: "choice", correct: [pub(single, "localhost")] });
    expect(review.whys[pub(single, "own-ip")]).toContain("no IP of their own");
    expect(publicAnswer(single, SEED, { choice: "service" })).toEqual({ choice: pub(single, "service") });
  });
});

describe("command items are graded by meaning", () => {
  const grade = (line: string) => gradeAnswer(command, { command: line });

  it.each([
    "kubectl scale deployment web --replicas=5",
    "kubectl scale deploy web --replicas 5",
    "kubectl scale deploy/web --replicas=5",
    "kubectl scale --replicas=5 deployments web",
    "kubectl scale deployments.apps web --replicas=5 -n default",
    "kubectl  scale   deployment 'web' --replicas=\"5\"",
  ])("accepts %s", (line) => {
    expect(grade(line)).toMatchObject({ score: 1, correct: true });
  });

  it("a flag kubectl does not know gets kubectl's own error", () => {
    expect(grade("kubectl scale deployment web --replica=5").feedback[0]).toBe("The shell would answer: error: unknown flag: --replica");
  });

  it("a wrong value, a missing flag, a wrong resource or name each say what differs", () => {
    expect(grade("kubectl scale deployment web --replicas=3").feedback).toEqual(["--replicas is `3`; it should be `5`."]);
    expect(grade("kubectl scale deployment web").feedback).toEqual(["It is missing --replicas (--replicas=5)."]);
    expect(grade("kubectl scale deployment api --replicas=5").feedback).toEqual(["It names `api`; expected `web`."]);
    expect(grade("kubectl scale deployment web --replicas=5 -n prod").feedback).toEqual(["--namespace does not belong in this command."]);
    expect(grade("kubectl get deployment web").feedback[0]).toContain("use `kubectl scale`");
  });

  it("a known mistake adds the author's explanation", () => {
    const result = grade("kubectl scale replicaset web --replicas=5");
    expect(result.correct).toBe(false);
    expect(result.feedback[0]).toContain("scale the ReplicaSet back");
    expect(result.feedback[1]).toContain("replicasets.apps");
  });

  it("other tools compare word by word with flags in any order", () => {
    const docker = item({ id: "d", type: "command", answers: ["docker run -d --name web -p 8080:80 nginx"] });
    expect(gradeAnswer(docker, { command: "docker run --name web -d -p 8080:80 nginx" }).correct).toBe(true);
    expect(gradeAnswer(docker, { command: "docker run -d -p 8080:80 --name=web nginx" }).correct).toBe(true);
    expect(gradeAnswer(docker, { command: "docker run -d -p 8080:80 nginx" }).feedback).toEqual(["It is missing --name (--name=web)."]);
    expect(gradeAnswer(docker, { command: "docker run -d --name web -p 9090:80 nginx" }).correct).toBe(false);
  });
});

describe("combined short flags of other tools", () => {
  it("reads -it as two boolean flags and keeps the image a word", () => {
    const exec = item({ id: "e", type: "command", answers: ["docker run -it --rm busybox sh"] });
    expect(gradeAnswer(exec, { command: "docker run --rm -i -t busybox sh" }).correct).toBe(true);
    expect(gradeAnswer(exec, { command: "docker run --rm -it alpine sh" }).correct).toBe(false);
  });
});
