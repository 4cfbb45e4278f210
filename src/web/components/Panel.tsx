import { useId, type ReactNode } from 'react';

/** A framed panel of a page: a section named by its heading. */
export function Panel({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `panel ${className}` : 'panel'}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
