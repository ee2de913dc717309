import { z } from "zod";

import { MODULES, type ModuleId } from "@/lib/content/lesson-frontmatter";

/**
 * The schema of `content/interview/prompts.yaml`: open "explain it" prompts with their model
 * answers and rubrics. Only the server reads the file; content/interview/README.md documents it.
 */

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single dashes)");

const pointSchema = z.strictObject({ id: kebab, text: z.string().trim().min(15, "state the key point in a sentence") });

export const interviewPromptSchema = z
  .strictObject({
    id: kebab,
    module: z.enum(MODULES.map((m) => m.id) as [ModuleId, ...ModuleId[]]),
    /** the lesson (slug) and heading id that teach the answer */
    lesson: kebab,
    section: z.string().regex(/^[a-z0-9-]+$/, "must be a heading id (a-z, 0-9 and dashes)"),
    concepts: z.array(kebab).min(1),
    prompt: z.string().trim().min(20),
    modelAnswer: z.string().trim().min(200, "a model answer an interviewer would accept (200 characters or more)"),
    points: z.array(pointSchema).min(3).max(7),
  })
  .superRefine((prompt, ctx) => {
    const seen = new Set<string>();
    prompt.points.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["points", i, "id"], message: `duplicate id "${p.id}"` });
      seen.add(p.id);
    });
  });

export const interviewPromptsFileSchema = z.strictObject({ prompts: z.array(interviewPromptSchema).min(1) });

export type InterviewPrompt = z.infer<typeof interviewPromptSchema>;
