/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of different checkouts' states coexist (for example a test run beside a dev server).
  distDir: process.env.ACADEMY_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  // `npm test` type-checks the whole repository once (npm run typecheck); doing
  // it again inside every build would only slow `npm start` down.
  typescript: { ignoreBuildErrors: true },
  // forbidden() answers 403 with app/forbidden.tsx when a learner opens an instructor or admin page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
