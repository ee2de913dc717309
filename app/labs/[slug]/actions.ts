"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { clientAddress } from "@/lib/server/auth/client-address";
import { ApiError } from "@/lib/server/http/api-error";
import { submitLab, type LabSubmissionOutcome } from "@/lib/server/labs/submit-lab";

const input = z.strictObject({ slug: z.string().max(80), submission: z.unknown() });

export async function submitLabAction(raw: unknown): Promise<{ ok: true; data: LabSubmissionOutcome } | { ok: false; error: string }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid submission" };
  try {
    const outcome = await submitLab(await getCurrentUser(), parsed.data.slug, parsed.data.submission, clientAddress(await headers()));
    if (outcome.stored) revalidatePath("/progress");
    return { ok: true, data: outcome };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message };
    throw error;
  }
}
