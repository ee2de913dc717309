/** Only same-site paths are followed after sign-in, so links cannot bounce users to other sites. */
export function safeCallbackPath(value: string | undefined): string {
  if (!value) return "/account";
  try {
    const url = new URL(value, "http://placeholder.invalid");
    if (url.origin !== "http://placeholder.invalid") return "/account";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/account";
  }
}
