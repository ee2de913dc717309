import { z } from "zod";

/**
 * The schema of a lab definition (`content/labs/<slug>/lab.yaml`): the scenario and setup it starts
 * from, what the learner reads, the checks that grade it and the model solution. Only the server
 * reads it; the browser gets `publicLab(lab)`. content/labs/README.md documents it for authors.
 */

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single dashes)");
const text = z.string().trim().min(1);
/** an object name as Kubernetes accepts it (RFC 1123 subdomain) */
const objectName = z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "must be a Kubernetes object name");
const labels = z.record(z.string().min(1), z.string()).refine((l) => Object.keys(l).length > 0, "needs at least one label");
const count = z.number().int().min(0);
const commandLine = z.string().trim().min(1);

const common = {
  id: kebab,
  /** the goal, stated so that it reads as done when the check passes: "Deployment web has 3 ready replicas" */
  title: text,
  namespace: objectName.default("default"),
};

/** Every check kind: what it reads from the cluster is in lib/server/grading/lab-checks.ts. */
export const labCheckSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...common, kind: z.literal("deployment-ready"), name: objectName, replicas: count }),
  z.strictObject({ ...common, kind: z.literal("deployment-image"), name: objectName, image: text, container: objectName.optional() }),
  z.strictObject({ ...common, kind: z.literal("deployment-revision"), name: objectName, revision: z.number().int().min(1) }),
  z.strictObject({ ...common, kind: z.literal("deployment-requests"), name: objectName, resource: z.enum(["cpu", "memory"]) }),
  z.strictObject({ ...common, kind: z.literal("service-endpoints"), name: objectName, selector: labels.optional(), endpoints: count }),
  z.strictObject({ ...common, kind: z.literal("pods-on-node"), selector: labels, node: objectName, count }),
  z.strictObject({ ...common, kind: z.literal("node-ready"), node: objectName, ready: z.boolean() }),
  z.strictObject({
    ...common,
    kind: z.literal("hpa"),
    target: objectName,
    min: z.number().int().min(1),
    max: z.number().int().min(1),
    cpu: z.number().int().min(1).max(100),
  }),
  z.strictObject({ ...common, kind: z.literal("hpa-scaled"), target: objectName, atLeast: z.number().int().min(2) }),
  /** the pod's `annotation` holds the KUBE-SEP chain kube-proxy programmed for that pod behind `service` */
  z.strictObject({ ...common, kind: z.literal("endpoint-chain"), service: objectName, pod: objectName, annotation: z.string().min(1) }),
]);

export type LabCheck = z.infer<typeof labCheckSchema>;
export type LabCheckKind = LabCheck["kind"];

export const labDefinitionSchema = z
  .strictObject({
    slug: kebab,
    title: text,
    summary: text,
    scenario: z.enum(["default", "single-node", "ha"]),
    /** slugs of lessons the lab practises */
    lessons: z.array(kebab).min(1),
    minutes: z.number().int().min(1).max(120),
    /** command lines run before the learner arrives; a here-document keeps its body in the same item */
    setup: z.array(commandLine).default([]),
    /** Markdown shown to the learner */
    instructions: text,
    hints: z.array(text).min(2).max(4),
    checks: z.array(labCheckSchema).min(1),
    /** the model solution, as command lines; content:check replays it like the proof */
    solution: z.array(commandLine).min(1),
    /** what near-miss.txt gets wrong, and exactly which checks it fails */
    nearMiss: z.strictObject({ mistake: text, fails: z.array(kebab).min(1) }),
  })
  .superRefine((lab, ctx) => {
    const ids = new Set<string>();
    lab.checks.forEach((check, i) => {
      if (ids.has(check.id)) ctx.addIssue({ code: "custom", path: ["checks", i, "id"], message: `duplicate check id "${check.id}"` });
      ids.add(check.id);
      if (check.kind === "hpa" && check.min > check.max) ctx.addIssue({ code: "custom", path: ["checks", i, "min"], message: "min is above max" });
    });
    lab.nearMiss.fails.forEach((id, i) => {
      if (!ids.has(id)) ctx.addIssue({ code: "custom", path: ["nearMiss", "fails", i], message: `no check has id "${id}"` });
    });
  });

export type LabDefinition = z.infer<typeof labDefinitionSchema>;
