import type { CheckResult, TransactionJson } from '@vigil/contracts';
import type { ReactNode } from 'react';

const CHECK_TEXT: Record<CheckResult, string> = {
  pass: 'Pass',
  fail: 'Fail',
  partial: 'Partial',
  unavailable: 'Unavailable',
  unchecked: 'Not checked',
};

const CHECK_TONE: Record<CheckResult, string> = {
  pass: 'chip-ok',
  fail: 'chip-danger',
  partial: 'chip-warn',
  unavailable: '',
  unchecked: '',
};

function Check({ label, result }: { label: string; result: CheckResult | null }) {
  return (
    <span className={`chip ${result ? CHECK_TONE[result] : ''}`} data-testid={`check-${label.toLowerCase()}`}>
      {label}: {result ? CHECK_TEXT[result] : 'No result'}
    </span>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts-item">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </div>
  );
}

/** Who bought and how they paid: customer, card (never more than BIN and last 4), AVS/CVC results. */
export function PartiesPanel({ tx }: { tx: TransactionJson }) {
  const { customer, card } = tx;
  const masked =
    card.last4 || card.bin
      ? `${card.bin ?? '••••••'}${'•'.repeat(6)}${card.last4 ?? '••••'}`.replace(/(.{4})/g, '$1 ').trim()
      : null;
  return (
    <section className="panel detail-panel" aria-labelledby="parties-title">
      <header className="panel-header">
        <h2 id="parties-title" className="panel-title">
          Customer and card
        </h2>
      </header>
      <div className="panel-body detail-columns">
        <dl className="facts">
          <Item label="Name">{customer.name}</Item>
          <Item label="Email">
            {customer.email ? <span data-testid="detail-email">{customer.email}</span> : null}
          </Item>
          <Item label="Customer id">{customer.id ? <code className="mono">{customer.id}</code> : null}</Item>
          <Item label="Device">{tx.deviceId ? <code className="mono">{tx.deviceId}</code> : null}</Item>
        </dl>
        <dl className="facts">
          <Item label="Card">
            {masked ? (
              <span>
                <span className="card-brand">{card.brand ?? 'Card'}</span>{' '}
                <code className="mono" data-testid="detail-card">
                  {masked}
                </code>
              </span>
            ) : null}
          </Item>
          <Item label="Issued in">{card.country}</Item>
          <Item label="Fingerprint">
            {card.fingerprint ? <code className="mono">{card.fingerprint}</code> : null}
          </Item>
          <Item label="Checks">
            <span className="chip-row">
              <Check label="AVS" result={tx.checks.avs} />
              <Check label="CVC" result={tx.checks.cvc} />
            </span>
          </Item>
        </dl>
      </div>
    </section>
  );
}
