import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";

import { ApiError } from "@/lib/server/http/api-error";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { RoleName } from "@/lib/validation/auth";

import { getCurrentUser, hasRole } from "./current-user";

/** A page's own check: sign in first, then 403 for anyone below `role`. The data layer checks again. */
export async function requirePageRole(role: RoleName, callbackUrl: string): Promise<UserDto> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/** Loads a page's data, showing the 404 or 403 page for the service layer's refusals. */
export async function loadOrRefuse<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 403) forbidden();
    throw error;
  }
}
