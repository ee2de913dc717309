import { z } from "zod";

export const SCENARIO_IDS = ["default", "single-node", "ha", "docker"] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const MAX_TRANSCRIPT_ENTRIES = 2_000;

/** A terminal session as it is saved in the browser, put in share links and sent for grading. */
export const savedSessionSchema = z.strictObject({
  version: z.literal(1),
  scenario: z.enum(SCENARIO_IDS),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  transcript: z
    .array(z.strictObject({ at: z.number().int().min(0), line: z.string().max(20_000) }))
    .max(MAX_TRANSCRIPT_ENTRIES),
  elapsed: z.number().int().min(0),
});

export type SavedSessionInput = z.infer<typeof savedSessionSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Share links carry the scenario, the seed and the commands typed (with their virtual times). */
export function encodeShareToken(session: SavedSessionInput): string {
  return toBase64Url(JSON.stringify(session));
}

export function decodeShareToken(token: string): SavedSessionInput | null {
  try {
    const parsed = savedSessionSchema.safeParse(JSON.parse(fromBase64Url(token)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
