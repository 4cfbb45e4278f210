import { useId, type ReactNode } from 'react';

/** A boxed part of a page (a form, a list of versions), named by its heading. */
export function Panel({
  title,
  level = 2,
  className,
  children,
}: {
  title: ReactNode;
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className ? `panel ${className}` : 'panel'}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
