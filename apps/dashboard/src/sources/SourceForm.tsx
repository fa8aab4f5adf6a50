import {
  HOLD_EXPIRY_POLICIES,
  SOURCE_KINDS,
  SOURCE_RATE_LIMIT_MAX,
  type HoldExpiryPolicy,
  type SourceJson,
  type SourceKind,
} from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';

export interface SourceFormValues {
  name: string;
  kind: SourceKind;
  decisionUrl: string | null;
  rateLimitPerSecond: number;
  holdMinutes: number;
  onHoldExpiry: HoldExpiryPolicy;
  notifyAutoApprovals: boolean;
}

const KIND_TEXT: Record<SourceKind, string> = {
  stripe: 'Stripe',
  shopify: 'Shopify',
  standard: 'Standard Webhooks (any store)',
};

export const EXPIRY_TEXT: Record<HoldExpiryPolicy, string> = {
  approve: 'approve it',
  block: 'block it',
  escalate: 'keep it held and flag it',
};

/** Create or edit a webhook source; the kind is fixed once created (it decides how signatures are checked). */
export function SourceForm({
  source,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  source: SourceJson | null;
  pending: boolean;
  error: unknown;
  onSubmit(values: SourceFormValues): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(source?.name ?? '');
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'standard');
  const [decisionUrl, setDecisionUrl] = useState(source?.decisionUrl ?? '');
  const [rate, setRate] = useState(String(source?.rateLimitPerSecond ?? 10_000));
  const [holdMinutes, setHoldMinutes] = useState(String(source?.holdMinutes ?? 24 * 60));
  const [onHoldExpiry, setOnHoldExpiry] = useState<HoldExpiryPolicy>(source?.onHoldExpiry ?? 'escalate');
  const [notify, setNotify] = useState(source?.notifyAutoApprovals ?? false);
  const rateValue = Number(rate);
  const rateValid = Number.isInteger(rateValue) && rateValue >= 1 && rateValue <= SOURCE_RATE_LIMIT_MAX;
  const holdValue = Number(holdMinutes);
  const holdValid = Number.isFinite(holdValue) && holdValue > 0;
  const urlValid = decisionUrl.trim() === '' || /^https?:\/\/\S+$/.test(decisionUrl.trim());
  const valid = name.trim() !== '' && rateValid && holdValid && urlValid;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || pending) return;
    onSubmit({
      name: name.trim(),
      kind,
      decisionUrl: decisionUrl.trim() || null,
      rateLimitPerSecond: rateValue,
      holdMinutes: holdValue,
      onHoldExpiry,
      notifyAutoApprovals: notify,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="source-form">
      <div className="form-row">
        <label className="field">
          <span className="field-label">Name</span>
          <input
            className="input"
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
            data-testid="source-name"
          />
        </label>
        <label className="field">
          <span className="field-label">Sender</span>
          <select
            className="input"
            value={kind}
            disabled={source !== null}
            onChange={(event) => setKind(event.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_TEXT[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Decision URL</span>
        <input
          className="input"
          type="url"
          inputMode="url"
          placeholder="https://store.example/vigil-decisions (optional)"
          value={decisionUrl}
          aria-invalid={!urlValid || undefined}
          onChange={(event) => setDecisionUrl(event.target.value)}
          data-testid="source-decision-url"
        />
        <span className="field-hint">
          Vigil posts signed held/decided webhooks here. Loopback and private addresses are fine.
        </span>
      </label>
      <div className="form-row">
        <label className="field">
          <span className="field-label">Rate limit (requests/s)</span>
          <input
            className="input"
            type="number"
            min={1}
            max={SOURCE_RATE_LIMIT_MAX}
            value={rate}
            aria-invalid={!rateValid || undefined}
            onChange={(event) => setRate(event.target.value)}
            data-testid="source-rate"
          />
        </label>
        <label className="field">
          <span className="field-label">Hold for (minutes)</span>
          <input
            className="input"
            type="number"
            min={1}
            value={holdMinutes}
            aria-invalid={!holdValid || undefined}
            onChange={(event) => setHoldMinutes(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Then</span>
          <select
            className="input"
            value={onHoldExpiry}
            onChange={(event) => setOnHoldExpiry(event.target.value as HoldExpiryPolicy)}
          >
            {HOLD_EXPIRY_POLICIES.map((value) => (
              <option key={value} value={value}>
                {EXPIRY_TEXT[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={notify} onChange={(event) => setNotify(event.target.checked)} />
        <span>Also send a webhook for automatic approvals</span>
      </label>
      <ErrorNote error={error} testId="source-error" />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={!valid || pending}
          data-testid="source-save"
        >
          {source ? 'Save' : 'Create source'}
        </button>
      </div>
    </form>
  );
}
