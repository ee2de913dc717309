import { expect, test } from "vitest";

import { parseLabFile } from "./load-labs";
import { publicLab } from "./public-lab";

const source = `
slug: scale-web
title: Scale web
summary: Scale web to three pods.
scenario: default
lessons: [controller-manager]
minutes: 5
setup:
  - kubectl create deployment web --image=nginx
instructions: Scale web to 3.
hints: [Scale the Deployment., kubectl scale deployment web --replicas=3]
checks:
  - { id: web-ready, kind: deployment-ready, title: Deployment web has 3 ready replicas, name: web, replicas: 3 }
solution: [kubectl scale deployment web --replicas=3]
nearMiss: { mistake: Scales to 2., fails: [web-ready] }
`;

test("a valid lab.yaml parses, and its public shape has checks by id and title only and no solution", () => {
  const { lab, problems } = parseLabFile("scale-web/lab.yaml", source);
  expect(problems).toEqual([]);
  expect(publicLab(lab!)).toEqual({
    slug: "scale-web",
    title: "Scale web",
    summary: "Scale web to three pods.",
    scenario: "default",
    lessons: ["controller-manager"],
    minutes: 5,
    setup: ["kubectl create deployment web --image=nginx"],
    instructions: "Scale web to 3.",
    hints: ["Scale the Deployment.", "kubectl scale deployment web --replicas=3"],
    checks: [{ id: "web-ready", title: "Deployment web has 3 ready replicas" }],
  });
});

test("unknown fields, unknown check kinds and a near-miss naming a missing check are problems that name the field", () => {
  const bad = source
    .replace("minutes: 5", "minutes: 5\ndifficulty: hard")
    .replace("replicas: 3 }", "replicas: 3 }\n  - { id: other, kind: pod-ready, title: x }")
    .replace("fails: [web-ready]", "fails: [web-up]");
  expect(parseLabFile("scale-web/lab.yaml", bad).problems).toEqual([
    "scale-web/lab.yaml: checks.1.kind: Invalid discriminator value. Expected 'deployment-ready' | 'deployment-image' | 'deployment-revision' | 'deployment-requests' | 'service-endpoints' | 'pods-on-node' | 'node-ready' | 'hpa' | 'hpa-scaled' | 'endpoint-chain'",
    'scale-web/lab.yaml: (root): Unrecognized key: "difficulty"',
  ]);
  expect(parseLabFile("scale-web/lab.yaml", source.replace("fails: [web-ready]", "fails: [web-up]")).problems).toEqual([
    'scale-web/lab.yaml: nearMiss.fails.0: no check has id "web-up"',
  ]);
});
