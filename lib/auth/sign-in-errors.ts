// Messages for next-auth's sign-in error codes. The throttle reports
// "RateLimited:<seconds>" so the retry time survives next-auth's client.
export function rateLimitedErrorCode(retryAfterSeconds: number): string {
  return `RateLimited:${retryAfterSeconds}`;
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function describeSignInError(code: string): string {
  if (code.startsWith("RateLimited")) {
    const seconds = Number(code.split(":")[1]);
    const wait = Number.isFinite(seconds) && seconds > 0 ? ` Try again in ${describeWait(seconds)}.` : " Try again later.";
    return `Too many failed sign-in attempts.${wait}`;
  }
  switch (code) {
    case "CredentialsSignin":
      return "Invalid email or password.";
    case "EmailRequired":
      return "Your provider did not share an email address, which we need to create your account.";
    case "OAuthAccountNotLinked":
    case "OAuthSignin":
    case "OAuthCallback":
      return "Signing in with that provider did not work. Please try again or use your email and password.";
    default:
      return "Sign-in failed. Please try again.";
  }
}
