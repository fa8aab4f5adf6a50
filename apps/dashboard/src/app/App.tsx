import type { MeJson } from '@vigil/contracts';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { errorMessage } from '../api/errors';
import { TwoFactorRequiredPage } from '../account/TwoFactorRequiredPage';
import { LoginPage } from '../auth/LoginPage';
import { CurrentUserContext } from '../auth/current-user';
import { can, type Capability } from '../auth/permissions';
import { useCurrentUser } from '../auth/use-auth';
import { LiveProvider } from '../live/LiveProvider';
import { ToastProvider } from '../ui/ToastProvider';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { PageMessage } from './PageMessage';
import {
  AccountPage,
  AuditPage,
  ListsPage,
  LivePage,
  QueuePage,
  QualityPage,
  RulesPage,
  SourcesPage,
  TransactionDetailPage,
  TransactionsPage,
  UsersPage,
} from './routes';

/** A page only some roles may open; others are sent home (the api would refuse them anyway). */
function Guard({ me, requires, children }: { me: MeJson; requires: Capability; children: ReactNode }) {
  return can(me.role, requires) ? children : <Navigate to="/" replace />;
}

function SignedInApp({ me }: { me: MeJson }) {
  return (
    // Keyed by user: a different account never inherits the previous one's live state.
    <LiveProvider key={me.id}>
      <AppShell user={me}>
        <Suspense fallback={<PageMessage title="Loading…" />}>
          <Routes>
            <Route path="/" element={<LivePage />} />
            <Route path="/queue" element={<QueuePage />} />
            <Route path="/transactions" element={<TransactionsPage />} />
            <Route path="/transactions/:id" element={<TransactionDetailPage />} />
            <Route path="/quality" element={<QualityPage />} />
            <Route path="/rules" element={<RulesPage />} />
            <Route path="/lists" element={<ListsPage />} />
            <Route path="/lists/:id" element={<ListsPage />} />
            <Route path="/sources" element={<SourcesPage />} />
            <Route
              path="/users"
              element={
                <Guard me={me} requires="manageUsers">
                  <UsersPage />
                </Guard>
              }
            />
            <Route
              path="/audit"
              element={
                <Guard me={me} requires="viewAudit">
                  <AuditPage />
                </Guard>
              }
            />
            <Route path="/account" element={<AccountPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AppShell>
    </LiveProvider>
  );
}

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
    <CurrentUserContext value={me.data}>
      {/* The owner requires two-factor sign-in: until it is set up, nothing else is open to this user. */}
      {me.data.twoFactorSetupRequired ? <TwoFactorRequiredPage /> : <SignedInApp me={me.data} />}
    </CurrentUserContext>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <BrowserRouter>
            <SessionGate />
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
