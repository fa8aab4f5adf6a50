import type { LiveStatsJson } from '@vigil/contracts';
import { formatMinorUnits, toMajorUnits } from '../format/money';
import { formatCount } from '../format/number';
import type { WindowSnapshot } from './window-stats';

export interface Kpi {
  id: 'events' | 'amount' | 'held' | 'blocked';
  label: string;
  value: string;
  hint: string;
  tone: 'neutral' | 'warn' | 'danger';
}

const COMPACT_FROM = 1_000_000;

/** What the tiles show, whichever side counted it. */
export interface KpiInput {
  seconds: number;
  count: number;
  perSecond: number;
  held: number;
  blocked: number;
  /** Minor units per currency, the one to show first. */
  amounts: ReadonlyArray<{ currency: string; amount: number }>;
  /** Held transactions awaiting a person, whenever created (known from the server only). */
  pendingReview: number | null;
}

/** From the events this browser has seen (the main currency is the one with most transactions). */
export function kpiInputFromWindow(snapshot: WindowSnapshot): KpiInput {
  return {
    seconds: snapshot.seconds,
    count: snapshot.count,
    perSecond: snapshot.count / snapshot.seconds,
    held: snapshot.held,
    blocked: snapshot.blocked,
    amounts: snapshot.amounts,
    pendingReview: null,
  };
}

/** From the server's `stats` event (it sends amounts only: the main currency is the largest amount). */
export function kpiInputFromServer(stats: LiveStatsJson): KpiInput {
  const { totals } = stats;
  return {
    seconds: stats.windowSeconds,
    count: totals.count,
    perSecond: stats.eventsPerSecond,
    held: totals.held,
    blocked: totals.blocked,
    amounts: Object.entries(totals.amount)
      .filter(([, amount]) => amount !== 0)
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    pendingReview: stats.pendingReview,
  };
}

/** The four tiles of the live page. */
export function computeKpis(input: KpiInput, locale?: string): Kpi[] {
  const span = `last ${input.seconds} s`;
  const { perSecond } = input;
  const [main, ...others] = input.amounts;
  const amount = main
    ? formatMinorUnits(main.amount, main.currency, {
        locale,
        compact: Math.abs(toMajorUnits(main.amount, main.currency)) >= COMPACT_FROM,
      })
    : '—';
  const amountHint =
    others.length > 0
      ? `${span} · ${main.currency}, +${others.length} more currenc${others.length === 1 ? 'y' : 'ies'}`
      : span;
  const share = (part: number): string =>
    input.count > 0 ? `${Math.round((part / input.count) * 100)}% of ${span}` : span;

  return [
    {
      id: 'events',
      label: 'Transactions',
      value: formatCount(input.count, locale),
      hint: `${span} · ${perSecond >= 10 ? formatCount(perSecond, locale) : perSecond.toFixed(1)}/s`,
      tone: 'neutral',
    },
    { id: 'amount', label: 'Amount', value: amount, hint: amountHint, tone: 'neutral' },
    {
      id: 'held',
      label: 'Held for review',
      value: formatCount(input.held, locale),
      hint:
        input.pendingReview === null
          ? share(input.held)
          : `${share(input.held)} · ${formatCount(input.pendingReview, locale)} awaiting review`,
      tone: 'warn',
    },
    {
      id: 'blocked',
      label: 'Blocked',
      value: formatCount(input.blocked, locale),
      hint: share(input.blocked),
      tone: 'danger',
    },
  ];
}
