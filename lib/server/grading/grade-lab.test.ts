import { expect, test } from "vitest";

import { labDefinitionSchema } from "@/lib/server/content/labs/lab-schema";

import { gradeLabSubmission } from "./grade-lab";
import { requestedWaitMs } from "./lab-replay";
import { transcriptFromScript } from "./lab-script";

const lab = labDefinitionSchema.parse({
  slug: "scale-web",
  title: "Scale web",
  summary: "Scale web to three pods.",
  scenario: "default",
  lessons: ["controller-manager"],
  minutes: 5,
  setup: ["kubectl create deployment web --image=nginx --replicas=1"],
  instructions: "Scale web to 3.",
  hints: ["Scale the Deployment.", "kubectl scale deployment web --replicas=3"],
  checks: [{ id: "web-ready", kind: "deployment-ready", title: "Deployment web has 3 ready replicas", name: "web", replicas: 3 }],
  solution: ["kubectl scale deployment web --replicas=3"],
  nearMiss: { mistake: "Scales to 2.", fails: ["web-ready"] },
});

test("a transcript that replays to the goal passes", () => {
  const transcript = transcriptFromScript(lab, 5, "kubectl get pods\nkubectl scale deployment web --replicas=3\nkubectl get pods");
  expect(transcript.map((e) => e.line)).toEqual(["kubectl get pods", "kubectl scale deployment web --replicas=3", "kubectl get pods"]);
  expect(gradeLabSubmission(lab, { seed: 5, transcript })).toEqual({ passed: true, checks: [{ id: "web-ready", title: "Deployment web has 3 ready replicas", passed: true }] });
});

test("a claimed pass in the body is ignored: the grade comes from replaying the transcript", () => {
  const transcript = transcriptFromScript(lab, 5, "kubectl get pods");
  const forged = { seed: 5, transcript, passed: true, checks: [{ id: "web-ready", title: "Deployment web has 3 ready replicas", passed: true }] };
  expect(gradeLabSubmission(lab, forged)).toEqual({
    passed: false,
    checks: [{ id: "web-ready", title: "Deployment web has 3 ready replicas", passed: false, reason: "Deployment web is set to 1 replica, not 3" }],
  });
});

test("a transcript that does not reach the goal fails with the reason", () => {
  const transcript = transcriptFromScript(lab, 5, "kubectl scale deployment web --replicas=2");
  expect(gradeLabSubmission(lab, { seed: 5, transcript }).checks[0]?.reason).toBe("Deployment web is set to 2 replicas, not 3");
});

test("the same transcript typed faster than the cluster can follow fails: replay keeps the recorded times", () => {
  const typed = transcriptFromScript(lab, 5, "kubectl scale deployment web --replicas=3\nkubectl get pods");
  const rushed = typed.map((e) => ({ ...e, at: 0 }));
  expect(gradeLabSubmission(lab, { seed: 5, transcript: typed }).passed).toBe(true);
  expect(gradeLabSubmission(lab, { seed: 5, transcript: rushed }).checks[0]?.reason).toBe("Deployment web has 0 of 3 replicas ready: none of its pods exist yet");
});

test("a line that would run the session past six hours is refused with a clear failure, not run", () => {
  const result = gradeLabSubmission(lab, { seed: 5, transcript: [{ at: 1_000, line: "kubectl scale deployment web --replicas=3" }, { at: 20_000, line: "sim advance 7h" }] });
  const message = "the session runs past 6 hours of simulated time, longer than a lab is graded for; start the lab again";
  expect(result).toEqual({
    passed: false,
    checks: [{ id: "web-ready", title: "Deployment web has 3 ready replicas", passed: false, reason: `not evaluated: replay stopped at command 2 (${message})` }],
    replayError: { index: 1, line: "sim advance 7h", message },
  });
});

test("explicit waits are counted before a line runs, whatever their units", () => {
  expect(requestedWaitMs("sleep 30")).toBe(30_000);
  expect(requestedWaitMs("sim advance 1h30m")).toBe(5_400_000);
  expect(requestedWaitMs("kubectl get pods && sleep 2m; sleep 250ms")).toBe(120_250);
  expect(requestedWaitMs("kubectl get pods")).toBe(0);
});
