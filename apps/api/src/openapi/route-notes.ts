/**
 * What a route's decorators do not say: a longer description and the error statuses it answers beyond
 * the ones every route has (added from the auth metadata: api-document-access.ts).
 */
export interface RouteNote {
  description?: string;
  responses?: Record<string, string>;
}

const errorStatuses = {
  '404': 'Unknown source.',
  '415': 'Content-Type is not application/json.',
  '413': 'Body over 1 MiB.',
  '401': 'Bad or missing signature, or a stale timestamp (checked on the raw bytes).',
  '400': 'Not JSON, or not a supported shape (the message names the field).',
  '429': 'Source over its rate limit, or an IP sending bad signatures.',
  '503': 'The event could not be queued; the provider retries.',
};

/** Keyed by `METHOD /express/path`. */
export const ROUTE_NOTES: Record<string, RouteNote> = {
  'POST /webhooks/:sourceId': {
    description:
      'A provider posts its raw, signed webhook here (the `ingestUrl` of a source). The signature scheme depends ' +
      'on the source kind: Stripe `Stripe-Signature`, Shopify `X-Shopify-Hmac-Sha256` (+ `X-Shopify-Topic`, ' +
      '`X-Shopify-Event-Id`), Standard Webhooks `webhook-id` / `webhook-timestamp` / `webhook-signature`. ' +
      'Answers 202 only once the event is durably queued; a redelivery answers `duplicate: true`. An accepted ' +
      'event always becomes a transaction: values longer than Vigil stores (ids 255, e-mail 320, name 300, IP 64 ' +
      'characters) are cut and listed in the timeline entry’s `cuts`; invalid Unicode is replaced with U+FFFD.',
    responses: errorStatuses,
  },
  'GET /api/transactions': {
    description:
      'Lists transactions. `orderId`, `email` and `q` (order id, payment id, email or IP) may be given as the ' +
      'sender sent them: a value longer than its column is cut the same way the stored value was.',
  },
  'POST /api/rules/backtest': {
    description:
      'Runs a draft expression over stored transactions, newest first. `from`/`to` at most 731 days apart ' +
      '(default: the 731 days before `to`, which defaults to now); at most 200,000 transactions and 60 s, with ' +
      '`truncated: true` when a limit cut the scan short. One backtest per user at a time.',
    responses: {
      '400': 'Invalid expression (with the position) or range.',
      '429': 'A backtest of yours is still running (see Retry-After).',
    },
  },
  'POST /api/auth/2fa/setup': {
    description:
      'Starts two-factor enrolment: needs `{password}` again (a session alone cannot enrol a phone). Answers the ' +
      'secret, its otpauth URL and a QR code; `POST /api/auth/2fa/enable {code}` turns it on.',
    responses: { '400': 'password missing or incorrect', '409': 'two-factor sign-in is already on' },
  },
  'POST /api/users/:id/reset-2fa': {
    description:
      "Owner only: removes another user's two-factor sign-in and recovery codes and revokes their sessions " +
      '(audited as `user.2fa_reset`).',
    responses: { '400': 'your own account (use POST /api/auth/2fa/disable)', '404': 'unknown user' },
  },
  'POST /api/privacy/erase': {
    description:
      "Owner only: erases one customer's personal data (found by e-mail and their store customer ids) from " +
      'transactions, payloads, dead letters, list items, decision notes, decision webhooks and audit details, and ' +
      'suppresses it in later events. Answers what changed; safe to repeat.',
  },
  'POST /api/auth/login': {
    description:
      'Signs in. Answers `{token, user}` and sets the httpOnly session cookie; scripts send the token as ' +
      '`Authorization: Bearer <token>`. When two-factor sign-in is on, answers a challenge for `/api/auth/login/2fa`.',
    responses: { '429': 'Too many attempts (see Retry-After).' },
  },
  'GET /api/transactions/:id/label': {
    description:
      'The transaction with its labels, the reviewer’s current verdict (who, when, note), whether it counts as ' +
      'fraud, and the label history (reviewers’ verdicts and provider labels with their reasons), newest first.',
  },
  'PUT /api/transactions/:id/label': {
    description:
      'A reviewer’s verdict `{label: "fraud"|"not_fraud", note?}` (staff and owners). The latest verdict wins and ' +
      'overrides provider labels for quality and calibration; `fraud` also counts like an early fraud warning in ' +
      'later orders’ history counters. Audited with before/after.',
    responses: {
      '400': 'label is not fraud or not_fraud, or the note is too long.',
      '404': 'No such transaction.',
    },
  },
  'DELETE /api/transactions/:id/label': {
    description: 'Clears the reviewer’s verdict (owner only); provider labels stay. Audited.',
    responses: { '404': 'No such transaction.' },
  },
  'GET /api/quality': {
    description:
      'Detection quality over `window` (24h, 7d, 30d, 90d; default 7d), judged by labels: confusion matrix by ' +
      'count and by value (per currency, minor units), recall, good orders held or blocked (false-positive ' +
      'rate and cost), fraud value saved (ended blocked), per-rule precision and an hourly or daily trend. ' +
      'Ratios over money use `mainCurrency`. Unlabelled transactions count as good.',
    responses: { '400': 'window is not one of 24h, 7d, 30d, 90d.' },
  },
  'POST /api/rules/simulate': {
    description:
      'Runs the current rule set, or a draft (`rules`), with the current or given `thresholds`, over the stored ' +
      'risk snapshots of `from`…`to` (default the last 30 days; at most 366 days and the newest 1,000,000 ' +
      'transactions) and judges the outcomes by labels: confusion matrix by count and by value, good orders held ' +
      'or blocked, per-rule hits and precision, samples. One run per user at a time; it stops when the client ' +
      'goes away. With `Accept: application/x-ndjson` it streams `{"type":"progress","scanned","estimatedTotal"}` ' +
      'lines, then `{"type":"result","result"}` (or `{"type":"error","status","message"}`).',
    responses: {
      '400': 'A draft rule that does not compile (name, position, cause), a bad period or thresholds.',
      '409': 'A simulation or calibration of yours is still running.',
    },
  },
  'POST /api/rules/calibrate': {
    description:
      'Suggests points per rule and the review/block thresholds that stop the most fraud value on the labelled ' +
      'history of `from`…`to` (default the last 90 days) while holding or blocking at most 2 % of good orders and ' +
      'blocking at most 0.5 %, with before/after metrics on the same history and the search steps in words. ' +
      'Answers `status: "not_enough_history"` below 20 fraud or 200 transactions.',
    responses: { '400': 'A bad period.', '409': 'A simulation or calibration of yours is still running.' },
  },
  'POST /api/rules/calibrate/apply': {
    description:
      'Applies a calibration `suggestion`: a new version of each rule whose points change (each audited), the ' +
      'thresholds, and one `rule.calibration_apply` audit entry with before/after.',
    responses: {
      '400': 'No suggestion, or one with bad points or thresholds.',
      '409': 'A rule changed or was deleted since the calibration: calibrate again.',
    },
  },
  'GET /health/ready': {
    description:
      '200 only when PostgreSQL (and Redis when REDIS_URL is set) answer, migrations are applied and the owner exists; `details.mode.mode` is `redis` or `postgres`.',
    responses: { '503': 'Not ready; the body names the failing check.' },
  },
};
