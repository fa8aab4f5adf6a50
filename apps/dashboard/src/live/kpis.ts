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

/** The four tiles of the live page, from the last snapshot. */
export function computeKpis(snapshot: WindowSnapshot, locale?: string): Kpi[] {
  const span = `last ${snapshot.seconds} s`;
  const perSecond = snapshot.count / snapshot.seconds;
  const [main, ...others] = snapshot.amounts;
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
    snapshot.count > 0 ? `${Math.round((part / snapshot.count) * 100)}% of ${span}` : span;

  return [
    {
      id: 'events',
      label: 'Transactions',
      value: formatCount(snapshot.count, locale),
      hint: `${span} · ${perSecond >= 10 ? formatCount(perSecond, locale) : perSecond.toFixed(1)}/s`,
      tone: 'neutral',
    },
    { id: 'amount', label: 'Amount', value: amount, hint: amountHint, tone: 'neutral' },
    {
      id: 'held',
      label: 'Held for review',
      value: formatCount(snapshot.held, locale),
      hint: share(snapshot.held),
      tone: 'warn',
    },
    {
      id: 'blocked',
      label: 'Blocked',
      value: formatCount(snapshot.blocked, locale),
      hint: share(snapshot.blocked),
      tone: 'danger',
    },
  ];
}
