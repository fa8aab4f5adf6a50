import { Inject, Injectable } from '@nestjs/common';
import { deriveKey, openSecret, sealSecret, SECRET_KEY } from '@vigil/persistence';

/** Webhook secrets are sealed at rest with a key derived from VIGIL_SECRET_KEY. */
@Injectable()
export class SourceSecrets {
  private readonly key: Buffer;

  constructor(@Inject(SECRET_KEY) secretKey: string) {
    this.key = deriveKey(secretKey, 'source-secrets');
  }

  seal(secret: string): string {
    return sealSecret(secret, this.key);
  }

  open(sealed: string): string {
    return openSecret(sealed, this.key);
  }
}
