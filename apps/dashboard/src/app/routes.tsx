import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Capability } from '../auth/permissions';

function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Each page loads when first visited; the charting code only once someone is signed in.
export const LivePage = page(() => import('../live/LivePage'), 'LivePage');
export const QueuePage = page(() => import('../queue/QueuePage'), 'QueuePage');
export const TransactionsPage = page(() => import('../transactions/TransactionsPage'), 'TransactionsPage');
export const TransactionDetailPage = page(
  () => import('../transactions/detail/TransactionDetailPage'),
  'TransactionDetailPage',
);
export const RulesPage = page(() => import('../rules/RulesPage'), 'RulesPage');
export const QualityPage = page(() => import('../quality/QualityPage'), 'QualityPage');
export const ListsPage = page(() => import('../lists/ListsPage'), 'ListsPage');
export const SourcesPage = page(() => import('../sources/SourcesPage'), 'SourcesPage');
export const AuditPage = page(() => import('../audit/AuditPage'), 'AuditPage');
export const UsersPage = page(() => import('../users/UsersPage'), 'UsersPage');
export const AccountPage = page(() => import('../account/AccountPage'), 'AccountPage');

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to roles with this capability. */
  requires?: Capability;
  end?: boolean;
}

/** The main navigation; entries a role cannot use are left out. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Live', end: true },
  { to: '/queue', label: 'Review queue' },
  { to: '/transactions', label: 'Transactions' },
  { to: '/quality', label: 'Quality' },
  { to: '/rules', label: 'Rules' },
  { to: '/lists', label: 'Lists' },
  { to: '/sources', label: 'Sources' },
  { to: '/users', label: 'Users', requires: 'manageUsers' },
  { to: '/audit', label: 'Audit log', requires: 'viewAudit' },
];
