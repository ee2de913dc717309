import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { interviewPromptsFileSchema, type InterviewPrompt } from "./prompt-schema";

const PROMPTS_FILE = path.join(process.cwd(), "content", "interview", "prompts.yaml");

/** Parses the prompts file; problems name the prompt and the field. */
export async function checkPromptsFile(file = PROMPTS_FILE): Promise<{ prompts: InterviewPrompt[]; problems: string[] }> {
  const where = path.relative(process.cwd(), file);
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, "utf8"));
  } catch (error) {
    return { prompts: [], problems: [`${where}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = interviewPromptsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const prompts = (raw as { prompts?: { id?: unknown }[] } | null)?.prompts;
    return {
      prompts: [],
      problems: parsed.error.issues.map((issue) => {
        const [, index, ...rest] = issue.path;
        const id = typeof index === "number" ? prompts?.[index]?.id : undefined;
        const name = typeof id === "string" ? `prompt ${id}` : issue.path.slice(0, 2).map(String).join(".");
        return `${where}: ${name}${rest.length ? `.${rest.map(String).join(".")}` : ""}: ${issue.message}`;
      }),
    };
  }
  return { prompts: parsed.data.prompts, problems: [] };
}

let loaded: Promise<InterviewPrompt[]> | undefined;

/** The interview prompts, loaded once per process (content is part of the build). */
export function loadInterviewPrompts(): Promise<InterviewPrompt[]> {
  loaded ??= checkPromptsFile().then(({ prompts, problems }) => {
    if (problems.length > 0) throw new Error(`The interview prompts are invalid (run npm run content:check):\n${problems.join("\n")}`);
    return prompts;
  });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
