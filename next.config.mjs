/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  // `npm test` type-checks the whole repository once (npm run typecheck); doing
  // it again inside every build would only slow `npm start` down.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
