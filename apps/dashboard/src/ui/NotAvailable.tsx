import type { ReactNode } from 'react';

/** The api behind this part of the page does not exist on this server (yet): say so instead of failing. */
export function NotAvailable({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="not-available" role="status" data-testid="not-available">
      <p className="not-available-title">{title}</p>
      <p className="not-available-body">
        {children ?? 'This server does not offer it yet. It will appear here once the api is updated.'}
      </p>
    </div>
  );
}
