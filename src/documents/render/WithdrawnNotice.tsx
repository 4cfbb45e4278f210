import { PublicPage } from './PublicPage.tsx';

/** 410: the page left at a withdrawn publication's address, saying when and why. */
export function WithdrawnNotice({ title, reason, on, onText }: { title: string; reason: string; on: string; onText: string }) {
  return (
    <PublicPage title="Publiceringen är återkallad">
      <h1>Publiceringen är återkallad</h1>
      <p>
        {title} publicerades här men har återkallats <time dateTime={on}>{onText}</time>.
      </p>
      <p>
        <strong>Skäl:</strong> {reason}
      </p>
      <p>Den beslutade handlingen finns kvar oförändrad hos nämnden.</p>
    </PublicPage>
  );
}
