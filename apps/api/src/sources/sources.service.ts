import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type CreateSourceRequest, type SourceJson, type SourceWithSecretJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SourceEntity } from '@vigil/persistence';
import { generateSourceSecret } from '@vigil/webhooks';
import { SourceSecrets } from './source-secrets.js';

@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly secrets: SourceSecrets,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  toJson(source: SourceEntity): SourceJson {
    return {
      id: source.id,
      name: source.name,
      kind: source.kind,
      ingestUrl: `${this.config.publicUrl}/webhooks/${source.id}`,
      decisionUrl: source.decisionUrl,
      createdAt: source.createdAt.toISOString(),
    };
  }

  async create(input: CreateSourceRequest): Promise<SourceWithSecretJson> {
    const secret = input.secret ?? generateSourceSecret(input.kind);
    const source = await this.sources.save(
      this.sources.create({
        name: input.name,
        kind: input.kind,
        secretSealed: this.secrets.seal(secret),
        previousSecretSealed: null,
        previousSecretExpiresAt: null,
        decisionUrl: input.decisionUrl ?? null,
      }),
    );
    return { ...this.toJson(source), secret };
  }

  async list(): Promise<SourceJson[]> {
    const rows = await this.sources.find({ order: { createdAt: 'ASC' } });
    return rows.map((row) => this.toJson(row));
  }
}
