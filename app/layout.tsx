import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import Script from "next/script";
import type { ReactNode } from "react";
import { AppProviders } from "../components/app-providers";
import { AppHeader } from "../components/layout/app-header";
import "./globals.css";

// Bundled from node_modules so the build works offline (next/font/google would fetch at build time).
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: "Trailscope",
  description: "Investigate AWS CloudTrail logs in your browser. No log leaves your machine.",
};

export const viewport: Viewport = {
  colorScheme: "dark light",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script may switch data-theme before hydration; React must accept the DOM's value.
    <html lang="en" data-theme="dark" className={inter.variable} suppressHydrationWarning>
      <body>
        <Script src="/theme-init.js" strategy="beforeInteractive" />
        <AppProviders>
          <AppHeader />
          <main className="main">{children}</main>
        </AppProviders>
      </body>
    </html>
  );
}
