import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { errorMessage } from '../api/errors';
import { LoginPage } from '../auth/LoginPage';
import { useCurrentUser } from '../auth/use-auth';
import { LiveProvider } from '../live/LiveProvider';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { PageMessage } from './PageMessage';

// The charting code loads only once someone is signed in.
const LivePage = lazy(() => import('../live/LivePage').then((module) => ({ default: module.LivePage })));

/** Signed out → the login page, whatever the URL; signed in → the app. */
function SessionGate() {
  const me = useCurrentUser();

  if (me.data === null) return <LoginPage />;
  if (me.data === undefined) {
    if (me.isError) {
      return (
        <PageMessage title="Vigil is unreachable">
          <p>{errorMessage(me.error)}</p>
          <button type="button" className="button button-primary" onClick={() => void me.refetch()}>
            Try again
          </button>
        </PageMessage>
      );
    }
    return <PageMessage title="Loading…" />;
  }

  return (
    // Keyed by user: a different account never inherits the previous one's live state.
    <LiveProvider key={me.data.id}>
      <AppShell user={me.data}>
        <Suspense fallback={<PageMessage title="Loading…" />}>
          <Routes>
            <Route path="/" element={<LivePage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AppShell>
    </LiveProvider>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionGate />
        </BrowserRouter>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
