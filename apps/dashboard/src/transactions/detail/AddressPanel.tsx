import type { TransactionJson } from '@vigil/contracts';
import { ADDRESS_FIELD_LABEL, compareAddresses } from './address-compare';

function differs(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toUpperCase() !== b.toUpperCase();
}

/** Billing next to shipping, differences highlighted; then where the buyer's IP and card come from. */
export function AddressPanel({ tx }: { tx: TransactionJson }) {
  const lines = compareAddresses(tx.billing, tx.shipping);
  const mismatches = lines.filter((line) => line.mismatch).length;
  const ipDiffers = differs(tx.ipCountry, tx.billing.country);
  const cardDiffers = differs(tx.card.country, tx.billing.country);

  return (
    <section className="panel detail-panel" aria-labelledby="address-title">
      <header className="panel-header">
        <div>
          <h2 id="address-title" className="panel-title">
            Addresses and location
          </h2>
          <p className="panel-subtitle">
            {mismatches === 0
              ? 'Billing and shipping agree.'
              : `${mismatches} difference${mismatches === 1 ? '' : 's'} between billing and shipping.`}
          </p>
        </div>
      </header>
      <div className="table-wrap">
        <table className="table address-table" data-testid="address-compare">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Field</span>
              </th>
              <th scope="col">Billing</th>
              <th scope="col">Shipping</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.field}
                className={line.mismatch ? 'is-mismatch' : undefined}
                data-mismatch={line.mismatch}
              >
                <th scope="row">{ADDRESS_FIELD_LABEL[line.field]}</th>
                <td>{line.billing ?? <span className="muted">—</span>}</td>
                <td>
                  {line.shipping ?? <span className="muted">—</span>}
                  {line.mismatch ? <span className="mismatch-tag">differs</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts panel-body location-facts">
        <div className="facts-item">
          <dt>IP address</dt>
          <dd>
            {tx.ip ? <code className="mono">{tx.ip}</code> : <span className="muted">—</span>}
            {tx.ipCountry ? (
              <span className={`chip ${ipDiffers ? 'chip-warn' : ''}`} data-testid="ip-country">
                located in {tx.ipCountry}
                {ipDiffers ? `, billing is ${tx.billing.country}` : ''}
              </span>
            ) : tx.ip ? (
              <span className="chip">location unknown</span>
            ) : null}
          </dd>
        </div>
        <div className="facts-item">
          <dt>Card country</dt>
          <dd>
            {tx.card.country ?? <span className="muted">—</span>}
            {cardDiffers ? <span className="chip chip-warn">differs from billing</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
