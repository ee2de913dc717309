import { expect, test, vi } from "vitest";

async function providersWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  try {
    const { listExternalProviders } = await import("./options");
    return listExternalProviders();
  } finally {
    vi.unstubAllEnvs();
  }
}

test("without provider settings only email and password sign-in is offered", async () => {
  expect(await providersWith({})).toEqual([]);
});

test("GitHub and OpenID Connect appear when their settings are present", async () => {
  const providers = await providersWith({
    GITHUB_ID: "gh-client",
    GITHUB_SECRET: "gh-secret",
    OIDC_ISSUER: "https://sso.example.com/realms/academy",
    OIDC_CLIENT_ID: "academy",
    OIDC_CLIENT_SECRET: "oidc-secret",
    OIDC_NAME: "Company SSO",
  });
  expect(providers).toEqual([
    { id: "github", name: "GitHub" },
    { id: "oidc", name: "Company SSO" },
  ]);
});

test("an OpenID Connect issuer without its client secret is not offered half-configured", async () => {
  expect(await providersWith({ OIDC_ISSUER: "https://sso.example.com", OIDC_CLIENT_ID: "academy" })).toEqual([]);
});
