import type { ReactNode } from 'react';

/** Wide tables scroll sideways inside a region that keyboard users can focus and scroll. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
