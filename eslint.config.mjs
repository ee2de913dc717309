import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaOnlyInDataLayer = {
  paths: [{ name: "@/lib/server/db", message: "Database access goes through lib/server/data/*." }],
  patterns: [{ group: ["@prisma/*", "@/lib/generated/*"], message: "Prisma is used only in lib/server/data and lib/server/db.ts." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  { ignores: [".next*/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts"] },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", prismaOnlyInDataLayer] },
  },
  {
    files: ["components/**", "lib/validation/**", "lib/content/**", "lib/auth/**", "lib/instructor/**", "lib/theme.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...prismaOnlyInDataLayer,
          patterns: [
            ...prismaOnlyInDataLayer.patterns,
            { group: ["@/lib/server/*", "node:*"], message: "Client-safe code must not import server-only modules." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/sim/**/*.ts"],
    // Tests, the command-line entry and its HTTP binding run in Node only; they may use it.
    ignores: ["lib/sim/cli/node.ts", "lib/sim/cli/http-server.ts", "lib/sim/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "next", "next/*", "node:*", "@/*", "@prisma/*"], message: "lib/sim is framework-free and imports only lib/sim." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "setTimeout", message: "Use the virtual clock (core/clock.ts)." },
        { name: "setInterval", message: "Use the virtual clock (core/clock.ts)." },
        { name: "crypto", message: "Use the seeded rng (core/rng.ts)." },
        { name: "window", message: "lib/sim runs outside the browser too." },
        { name: "process", message: "lib/sim runs in the browser too." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded rng (core/rng.ts)." },
        { object: "Date", property: "now", message: "Use the virtual clock (core/clock.ts)." },
        { object: "performance", property: "now", message: "Use the virtual clock (core/clock.ts)." },
      ],
    },
  },
];

export default config;
