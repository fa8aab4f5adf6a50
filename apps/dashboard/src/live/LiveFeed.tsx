import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';
import { formatCount } from '../format/number';
import { FEED_ROW_HEIGHT, FeedRow } from './FeedRow';
import { useFeedView, useLiveStore } from './live-context';

const COLUMNS = ['Time', 'Order / payment', 'Customer', 'Amount', 'Score', 'Status', 'IP country'] as const;
const COLUMN_CLASS = ['time', 'ref', 'customer', 'amount', 'score', 'status', 'country'] as const;

interface ScrollAnchor {
  id: string;
  /** px between the top of that row and the top of the viewport. */
  offset: number;
}

/**
 * The live feed: virtualized (only visible rows exist in the DOM), newest first. When scrolled down, the rows
 * in view stay put as new ones arrive above them; at the top, new rows slide in.
 */
export function LiveFeed() {
  const store = useLiveStore();
  const view = useFeedView();
  const { items, paused, pending, fresh, synced, syncError } = view;
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchorRef = useRef<ScrollAnchor | null>(null);

  // TanStack Virtual returns a mutable instance; the compiler lint cannot memoize around it, nor need to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => FEED_ROW_HEIGHT,
    getItemKey: (index) => items[index].id,
    overscan: 10,
  });

  function rememberAnchor() {
    const element = scrollRef.current;
    if (!element) return;
    if (element.scrollTop < FEED_ROW_HEIGHT / 2) {
      anchorRef.current = null; // at the top: follow the newest rows
      return;
    }
    const index = Math.min(items.length - 1, Math.floor(element.scrollTop / FEED_ROW_HEIGHT));
    anchorRef.current =
      index >= 0 ? { id: items[index].id, offset: element.scrollTop - index * FEED_ROW_HEIGHT } : null;
  }

  useLayoutEffect(() => {
    const element = scrollRef.current;
    const anchor = anchorRef.current;
    if (!element || !anchor) return;
    const index = items.findIndex((tx) => tx.id === anchor.id);
    if (index < 0) {
      anchorRef.current = null;
      return;
    }
    const target = index * FEED_ROW_HEIGHT + anchor.offset;
    if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target;
  }, [items]);

  function showNewest() {
    anchorRef.current = null;
    store.resume();
    scrollRef.current?.scrollTo({ top: 0 });
  }

  return (
    <section className="panel feed-panel" aria-labelledby="feed-title">
      <header className="panel-header">
        <div>
          <h2 id="feed-title" className="panel-title">
            Live feed
          </h2>
          <p className="panel-subtitle">
            {paused ? 'Paused — new transactions are held back' : 'Newest first, as they happen'}
            {' · '}
            <span className="tabular">{formatCount(items.length)}</span> shown
          </p>
        </div>
        <div className="feed-actions">
          {paused ? (
            <button
              type="button"
              className="button button-accent"
              onClick={showNewest}
              data-testid="new-events"
            >
              {pending} new
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            aria-pressed={paused}
            onClick={() => (paused ? store.resume() : store.pause())}
            data-testid="pause-toggle"
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
        </div>
      </header>

      {syncError ? (
        <p className="feed-notice" role="alert">
          Couldn’t load recent transactions: {syncError} It will retry on the next reconnect.
        </p>
      ) : null}

      <div
        className="feed"
        role="table"
        aria-label="Live transactions"
        aria-rowcount={items.length + 1}
        data-testid="live-feed"
      >
        <div role="rowgroup" className="feed-head">
          <div role="row" aria-rowindex={1} className="feed-row">
            {COLUMNS.map((title, i) => (
              <div key={title} role="columnheader" className={`cell cell-${COLUMN_CLASS[i]}`}>
                {title}
              </div>
            ))}
          </div>
        </div>
        <div ref={scrollRef} className="feed-scroller" role="rowgroup" onScroll={rememberAnchor}>
          {items.length === 0 ? (
            <div className="feed-empty">
              {synced ? 'Waiting for transactions…' : 'Loading recent transactions…'}
            </div>
          ) : (
            <div className="feed-canvas" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((row) => {
                const tx = items[row.index];
                return (
                  <FeedRow
                    key={row.key}
                    tx={tx}
                    top={row.start}
                    rowIndex={row.index + 2}
                    fresh={fresh.has(tx.id)}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
