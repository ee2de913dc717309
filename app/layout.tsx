import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteHeader } from "@/components/site-header";
import { getHeaderUser } from "@/lib/server/auth/header-user";
import { themeBootScript } from "@/lib/theme";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kube Academy — learn how Kubernetes works", template: "%s · Kube Academy" },
  description: "Lessons on every part of Kubernetes architecture, a simulated cluster in your browser, graded quizzes and labs.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getHeaderUser();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Kube Academy is open source. It teaches current Kubernetes (1.30 and later).</p>
        </footer>
      </body>
    </html>
  );
}
