"use server";

import { revalidatePath } from "next/cache";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { mergeGuestProgress, type MergeGuestProgressResult } from "@/lib/server/progress/merge-guest-progress";
import { setLessonDone, type SetLessonDoneResult } from "@/lib/server/progress/set-lesson-done";

export async function markLessonDoneAction(input: { slug: string; done: boolean }): Promise<SetLessonDoneResult> {
  const user = await getCurrentUser();
  const result = await setLessonDone(user?.id ?? null, input);
  if (result.ok) revalidatePath("/learn", "layout");
  return result;
}

export async function mergeGuestProgressAction(input: { done: string[] }): Promise<MergeGuestProgressResult> {
  const user = await getCurrentUser();
  const result = await mergeGuestProgress(user?.id ?? null, input);
  if (result.ok && result.data.merged > 0) revalidatePath("/learn", "layout");
  return result;
}
