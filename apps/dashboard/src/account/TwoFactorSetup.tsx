import type { TwoFactorSetupJson } from '@vigil/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../ui/CopyButton';
import { ErrorNote } from '../ui/ErrorNote';
import { enableTwoFactor, startTwoFactorSetup } from './account-api';

/** Only data: URLs of PNG/SVG images are shown (the CSP allows `img-src data:`; nothing else is loaded). */
function isImageDataUrl(value: string): boolean {
  return /^data:image\/(png|svg\+xml|gif|jpeg);base64,/.test(value);
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  return (
    <div className="secret-box" role="alert" data-testid="recovery-codes">
      <p className="field-label">Two-factor sign-in is on. Store these recovery codes now.</p>
      <p className="field-hint">
        Each works once if you lose your phone. They are shown only now and cannot be displayed again.
      </p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="secret-value">
        <CopyButton value={codes.join('\n')} label="Copy all codes" />
        <button type="button" className="button button-primary button-small" onClick={onDone}>
          I have stored them
        </button>
      </div>
    </div>
  );
}

/** Add Vigil to an authenticator app (QR code or secret), confirm with a code, keep the recovery codes. */
export function TwoFactorSetup({ onEnabled }: { onEnabled(): void }) {
  const [setup, setSetup] = useState<TwoFactorSetupJson | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useMutation({
    mutationFn: () => startTwoFactorSetup(password),
    onSuccess: (result) => {
      setPassword('');
      setSetup(result);
    },
  });
  const enable = useMutation({
    mutationFn: () => enableTwoFactor(code.replace(/\s+/g, '')),
    onSuccess: (result) => setCodes(result.recoveryCodes),
  });

  if (codes) return <RecoveryCodes codes={codes} onDone={onEnabled} />;

  if (!setup) {
    const begin = (event: FormEvent) => {
      event.preventDefault();
      if (password !== '') start.mutate();
    };
    return (
      <form className="form" onSubmit={begin}>
        <p className="muted-text">
          Sign-in will ask for a 6-digit code from an authenticator app (1Password, Google Authenticator,
          Aegis…) as well as your password.
        </p>
        <label className="field">
          <span className="field-label">Your password, to set it up</span>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="2fa-password"
          />
        </label>
        <ErrorNote error={start.error} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={start.isPending || password === ''}
            data-testid="2fa-start"
          >
            Set up two-factor sign-in
          </button>
        </div>
      </form>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim() !== '') enable.mutate();
  }

  return (
    <form className="two-factor-setup" onSubmit={submit}>
      <div className="qr">
        {isImageDataUrl(setup.qrDataUrl) ? (
          <img
            src={setup.qrDataUrl}
            width={180}
            height={180}
            alt="QR code to add Vigil to an authenticator app"
            data-testid="2fa-qr"
          />
        ) : null}
      </div>
      <div className="form">
        <p>1. Scan the QR code with your authenticator app, or enter this secret:</p>
        <div className="secret-value">
          <code className="mono" data-testid="2fa-secret">
            {setup.secret}
          </code>
          <CopyButton value={setup.secret} />
        </div>
        <label className="field">
          <span className="field-label">2. Enter the code the app shows</span>
          <input
            className="input otp-input"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={10}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            data-testid="2fa-code"
          />
        </label>
        <ErrorNote error={enable.error} />
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={enable.isPending || code.trim() === ''}
            data-testid="2fa-enable"
          >
            Turn on
          </button>
        </div>
      </div>
    </form>
  );
}
