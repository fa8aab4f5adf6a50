import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/errors';
import { backtest } from './rules-api';
import { parseExpressionProblem, type ExpressionProblem } from './expression-error';

export type ExpressionCheck =
  | { state: 'empty' }
  | { state: 'checking' }
  | { state: 'valid' }
  | { state: 'invalid'; problem: ExpressionProblem }
  | { state: 'unavailable'; message: string };

/**
 * A one-millisecond range in 1970: the api compiles the expression (and refuses it with a position) but reads
 * no rows. Not an empty range: the api refuses `from` ≥ `to` before it looks at the expression.
 */
const NOTHING_FROM = '1970-01-01T00:00:00.000Z';
const NOTHING_TO = '1970-01-01T00:00:00.001Z';
const DEBOUNCE_MS = 350;

/** Checks a draft expression with the api as the person types (debounced), the same way saving will. */
export function useExpressionCheck(expression: string, enabled: boolean): ExpressionCheck {
  const [settled, setSettled] = useState(expression);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(expression), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [expression]);

  const trimmed = settled.trim();
  const query = useQuery({
    queryKey: ['rules', 'check', settled],
    queryFn: ({ signal }) => backtest({ expression: settled, from: NOTHING_FROM, to: NOTHING_TO }, signal),
    enabled: enabled && trimmed !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
  });

  if (expression.trim() === '') return { state: 'empty' };
  if (!enabled) return { state: 'unavailable', message: 'Only owners can check expressions.' };
  if (settled !== expression || query.isFetching) return { state: 'checking' };
  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && error.status === 400)
      return { state: 'invalid', problem: parseExpressionProblem(error.message, settled) };
    return { state: 'unavailable', message: error instanceof Error ? error.message : 'Check failed' };
  }
  if (query.isSuccess) return { state: 'valid' };
  return { state: 'checking' };
}
