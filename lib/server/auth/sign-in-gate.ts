import "server-only";

import { listRecentFailures } from "@/lib/server/data/sign-in-attempts/list-recent-failures";
import { decideSignIn, type SignInDecision } from "@/lib/server/auth/sign-in-limit";

export function checkSignInAllowed(options: { email: string; ip: string }): Promise<SignInDecision> {
  const now = new Date();
  return listRecentFailures({ ...options, now }).then((failures) => decideSignIn(failures, now));
}
