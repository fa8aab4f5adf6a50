import type { DecisionJson, DeliveryAttemptJson, DeliveryJson } from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/current-user';
import { formatDateTime } from '../../format/time';
import { useToast } from '../../ui/toast-context';
import { redeliver } from '../decisions-api';
import { transactionDetailQueryKey } from '../transactions-api';

const DECISION_TEXT: Record<DecisionJson['action'], string> = { approve: 'Approved', block: 'Blocked' };

function DecisionItem({ decision }: { decision: DecisionJson }) {
  const who = decision.decidedBy
    ? `by ${decision.decidedBy.email ?? 'a former user'}`
    : `automatically${decision.reason ? ` (${decision.reason})` : ''}`;
  return (
    <li className="history-item" data-testid="decision">
      <div className="history-head">
        <span className={`chip ${decision.action === 'block' ? 'chip-danger' : 'chip-ok'}`}>
          {DECISION_TEXT[decision.action] ?? decision.action}
        </span>
        <span>{who}</span>
        <time className="muted-text" dateTime={decision.at}>
          {formatDateTime(decision.at)}
        </time>
      </div>
      {decision.note ? <p className="history-note">“{decision.note}”</p> : null}
    </li>
  );
}

function AttemptRow({ attempt }: { attempt: DeliveryAttemptJson }) {
  return (
    <tr>
      <td className="num">{attempt.attempt}</td>
      <td className="nowrap">{formatDateTime(attempt.at)}</td>
      <td>
        <span className={`chip ${attempt.ok ? 'chip-ok' : 'chip-danger'}`}>
          {attempt.statusCode ?? 'no answer'}
        </span>
        {attempt.error ? <span className="delivery-error"> {attempt.error}</span> : null}
        {attempt.manual ? <span className="chip">manual</span> : null}
      </td>
      <td className="num">{attempt.latencyMs} ms</td>
    </tr>
  );
}

const DELIVERY_TONE: Record<DeliveryJson['status'], string> = {
  delivered: 'chip-ok',
  pending: 'chip-warn',
  failed: 'chip-danger',
};

function DeliveryItem({ delivery, transactionId }: { delivery: DeliveryJson; transactionId: string }) {
  const me = useMe();
  const toast = useToast();
  const client = useQueryClient();
  const retry = useMutation({
    mutationFn: () => redeliver(delivery.id),
    onSuccess: () => {
      toast('Sending it again now', 'success');
      void client.invalidateQueries({ queryKey: transactionDetailQueryKey(transactionId) });
    },
    onError: (error) => toast(`Could not resend: ${errorMessage(error)}`, 'error'),
  });
  return (
    <li className="delivery" data-testid="delivery" data-status={delivery.status}>
      <div className="history-head">
        <code className="mono">{delivery.type}</code>
        <span className="chip">{delivery.decision}</span>
        <span className={`chip ${DELIVERY_TONE[delivery.status]}`}>{delivery.status}</span>
        <span className="muted-text">
          {delivery.attemptCount} attempt{delivery.attemptCount === 1 ? '' : 's'}
          {delivery.nextAttemptAt ? ` · next ${formatDateTime(delivery.nextAttemptAt)}` : ''}
          {delivery.deliveredAt ? ` · delivered ${formatDateTime(delivery.deliveredAt)}` : ''}
        </span>
        {me.role === 'owner' && delivery.status !== 'delivered' ? (
          <button
            type="button"
            className="button button-small"
            disabled={retry.isPending}
            onClick={() => retry.mutate()}
          >
            Send again
          </button>
        ) : null}
      </div>
      {delivery.attempts.length > 0 ? (
        <details className="attempts">
          <summary className="link-button">Attempts</summary>
          <div className="table-wrap">
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">At</th>
                  <th scope="col">Result</th>
                  <th scope="col" className="num">
                    Time
                  </th>
                </tr>
              </thead>
              <tbody>
                {delivery.attempts.map((attempt) => (
                  <AttemptRow key={`${attempt.attempt}-${attempt.at}`} attempt={attempt} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted-text">
            To <code className="mono">{delivery.attempts.at(-1)?.url}</code>
          </p>
        </details>
      ) : null}
    </li>
  );
}

/** Decisions taken on this transaction and the decision webhooks sent to the store. */
export function HistoryPanel({
  transactionId,
  decisions,
  deliveries,
}: {
  transactionId: string;
  decisions: readonly DecisionJson[];
  deliveries: readonly DeliveryJson[];
}) {
  return (
    <section className="panel detail-panel" aria-labelledby="history-title">
      <header className="panel-header">
        <h2 id="history-title" className="panel-title">
          Decisions and deliveries
        </h2>
      </header>
      <div className="panel-body">
        <h3 className="subheading">Decision history</h3>
        {(decisions ?? []).length === 0 ? (
          <p className="muted-text" data-testid="no-decisions">
            No decisions by a person or an expired hold yet.
          </p>
        ) : (
          <ol className="history-list">
            {decisions.map((decision) => (
              <DecisionItem key={decision.id} decision={decision} />
            ))}
          </ol>
        )}
        <h3 className="subheading">Webhooks to the store</h3>
        {(deliveries ?? []).length === 0 ? (
          <p className="muted-text">No decision webhooks (the source may have no decision URL).</p>
        ) : (
          <ol className="history-list">
            {deliveries.map((delivery) => (
              <DeliveryItem key={delivery.id} delivery={delivery} transactionId={transactionId} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
