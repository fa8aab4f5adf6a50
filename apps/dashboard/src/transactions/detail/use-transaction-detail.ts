import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTransactionEvents } from '../../live/live-context';
import { fetchTransactionDetail, transactionDetailQueryKey } from '../transactions-api';

/** One transaction in full, reloaded whenever the live channel reports a newer state of it. */
export function useTransactionDetail(id: string) {
  const client = useQueryClient();
  const key = transactionDetailQueryKey(id);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchTransactionDetail(id, signal),
    staleTime: 10_000,
  });
  const version = query.data?.version ?? -1;

  useTransactionEvents((event) => {
    if (event.kind === 'reconnected') {
      void client.invalidateQueries({ queryKey: key });
      return;
    }
    // Live events carry no timeline: refetch to get the new events, decisions and deliveries as well.
    if (event.items.some((tx) => tx.id === id && tx.version > version)) {
      void client.invalidateQueries({ queryKey: key });
    }
  });

  return query;
}
