import { z } from "zod";

import { roleSchema } from "./auth";

/** Characters of a join code: no 0/O, 1/I/L, so a code read aloud or copied by hand survives. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug").max(80);
const isoDate = z.iso.date({ error: "Use a date like 2027-01-31." });
const optionalDate = z
  .union([isoDate, z.literal(""), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const cohortIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/, "not a cohort id");
export const userIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/, "not a user id");

export const createCohortSchema = z
  .strictObject({
    name: z.string({ error: "Give the cohort a name." }).trim().min(1, "Give the cohort a name.").max(120, "Names are at most 120 characters."),
    startsOn: optionalDate,
    endsOn: optionalDate,
    requiredLessons: z.array(slug).max(100).default([]),
    requiredLabs: z.array(slug).max(100).default([]),
  })
  .refine((c) => !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn, { path: ["endsOn"], message: "The end date is before the start date." });
export type CreateCohortInput = z.infer<typeof createCohortSchema>;

/** A join code as people type it: any case, with spaces or a dash in the middle. */
export const joinCodeSchema = z
  .string({ error: "Enter the join code." })
  .max(40)
  .transform((v) => v.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), `A join code has ${JOIN_CODE_LENGTH} letters and digits.`));

export const joinCohortSchema = z.strictObject({ code: joinCodeSchema });

export const cohortActionSchema = z.strictObject({ cohortId: cohortIdSchema });

export const setRoleSchema = z.strictObject({ role: roleSchema });

export const itemAnalysisQuerySchema = z.strictObject({ quiz: slug });

/** How a join code is shown: two groups of four. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
