import type { ReactNode } from 'react';

/** Full-page notice: loading, unreachable server, and the like. */
export function PageMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main className="page-message" aria-live="polite">
      <h1>{title}</h1>
      {children}
    </main>
  );
}
