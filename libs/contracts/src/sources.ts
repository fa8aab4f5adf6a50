export const SOURCE_KINDS = ['stripe', 'shopify', 'standard'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface CreateSourceRequest {
  name: string;
  kind: SourceKind;
  secret?: string;
  decisionUrl?: string | null;
}

export interface SourceJson {
  id: string;
  name: string;
  kind: SourceKind;
  ingestUrl: string;
  decisionUrl: string | null;
  createdAt: string;
}

/** Returned only by create and rotate: the only time the secret is shown. */
export interface SourceWithSecretJson extends SourceJson {
  secret: string;
}

export interface WebhookAck {
  received: true;
  duplicate: boolean;
}
