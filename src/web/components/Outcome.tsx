import type { ReactNode } from 'react';
import { ErrorMessage } from './common.tsx';

/**
 * What became of an action, announced politely where it happened: its error, or the message
 * that it went through. `children` are further errors shown first (a check before sending).
 */
export function Outcome({ error, done, children }: { error?: unknown; done?: ReactNode; children?: ReactNode }) {
  return (
    <div aria-live="polite">
      {children}
      <ErrorMessage error={error} />
      {done && (
        <p role="status" className="status">
          {done}
        </p>
      )}
    </div>
  );
}
