import type { NextConfig } from "next";

// Trailscope has no server-side data path: every page is static and all log
// processing happens in a Web Worker, so the whole app is a static export that
// any static web server can host.
const nextConfig: NextConfig = {
  output: "export",
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  trailingSlash: false,
};

export default nextConfig;
