import type { ReactNode } from 'react';
import { tamperedFileMessage } from '../integrity.ts';

/** The frame of the small pages at a publication's address: Swedish, readable on a phone. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Styrbord`}</title>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}

/** 404: nothing is published at this address (or it is not published yet). */
export const NotPublished = () => (
  <PublicPage title="Handlingen finns inte">
    <h1>Handlingen finns inte</h1>
    <p>Det finns ingen publicerad handling på den här adressen.</p>
  </PublicPage>
);

/** 409: the frozen file no longer has the sha256 of the decision, so it is not handed out. */
export const TamperedFile = () => (
  <PublicPage title="Filen stämmer inte">
    <h1>Filen stämmer inte med den beslutade versionen</h1>
    <p>{tamperedFileMessage}</p>
  </PublicPage>
);

/** The link to the frozen PDF, put into the published HTML's cover. */
export const PublishedPdfLink = ({ href, kilobytes }: { href: string; kilobytes: number }) => (
  <p className="published-pdf">
    <a href={href}>{`Handlingen som PDF (${kilobytes} kB)`}</a>
  </p>
);
