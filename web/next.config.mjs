// Plain JavaScript so that `next start` needs no compiler for its configuration.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Linting runs as its own task (`npm run lint`) with our flat config; eslint-config-next is not used.
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;
