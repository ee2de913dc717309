import { z } from "zod";

export const MODULES = [
  { id: "foundations", title: "Foundations" },
  { id: "control-plane", title: "The control plane" },
  { id: "nodes", title: "Nodes" },
  { id: "networking", title: "Networking" },
  { id: "operations", title: "Operations" },
  { id: "interview", title: "Interview preparation" },
] as const;

export type ModuleId = (typeof MODULES)[number]["id"];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single dashes)");

export const lessonFrontmatterSchema = z.strictObject({
  slug: kebab,
  title: z.string().min(3),
  summary: z.string().min(20),
  module: z.enum(MODULES.map((m) => m.id) as [ModuleId, ...ModuleId[]]),
  order: z.number().int().positive(),
  minutes: z.number().int().min(1).max(120),
  scenario: z.enum(["default", "single-node", "ha", "docker"]),
  objectives: z.array(z.string().min(10)).min(2).max(8),
  prerequisites: z.array(kebab),
  concepts: z.array(kebab).min(1),
  misconceptions: z.array(z.strictObject({ claim: z.string().min(5), correction: z.string().min(5) })),
  docs: z.array(z.url().startsWith("https://kubernetes.io/", "must be a kubernetes.io documentation page")).min(1),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
