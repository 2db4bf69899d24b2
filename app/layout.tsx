import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Boligatlas', template: '%s · Boligatlas' },
  description:
    'Boligatlas samler kildebelagt viden om Danmarks udsatte boligområder: deres status på statens lister år for år og de fysiske og sociale indsatser i dem.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>
        <a className="skip-link" href="#indhold">
          Spring til indhold
        </a>
        <SiteHeader />
        <main id="indhold">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
