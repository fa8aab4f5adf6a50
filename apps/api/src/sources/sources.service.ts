import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  AuditAction,
  type CreateSourceRequest,
  type RotateSourceRequest,
  SOURCE_ROTATION_GRACE_HOURS_DEFAULT,
  type SourceJson,
  type SourceWithSecretJson,
  type UpdateSourceRequest,
} from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SourceEntity } from '@vigil/persistence';
import { generateSourceSecret } from '@vigil/webhooks';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { secretFormatProblem } from './secret-format.js';
import { SourceError } from './sources.errors.js';
import { isSourceId } from './source-id.js';
import { SourceLookupService } from './source-lookup.service.js';
import { SourceSecrets } from './source-secrets.js';

@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly secrets: SourceSecrets,
    private readonly lookup: SourceLookupService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
    private readonly audit: AuditService,
  ) {}

  toJson(source: SourceEntity, now = Date.now()): SourceJson {
    const graceEnds = source.previousSecretSealed ? source.previousSecretExpiresAt : null;
    return {
      id: source.id,
      name: source.name,
      kind: source.kind,
      ingestUrl: `${this.config.publicUrl}/webhooks/${source.id}`,
      decisionUrl: source.decisionUrl,
      rateLimitPerSecond: source.rateLimitPerSecond,
      holdMinutes: source.holdMinutes,
      onHoldExpiry: source.onHoldExpiry,
      notifyAutoApprovals: source.notifyAutoApprovals,
      previousSecretExpiresAt: graceEnds && graceEnds.getTime() > now ? graceEnds.toISOString() : null,
      createdAt: source.createdAt.toISOString(),
    };
  }

  /** `actor` absent: a source the system makes (tests), audited without one. */
  async create(input: CreateSourceRequest, actor?: Actor): Promise<SourceWithSecretJson> {
    const secret = input.secret ?? generateSourceSecret(input.kind);
    const source = await this.sources.save(
      this.sources.create({
        name: input.name,
        kind: input.kind,
        secretSealed: this.secrets.seal(secret),
        previousSecretSealed: null,
        previousSecretExpiresAt: null,
        decisionUrl: input.decisionUrl ?? null,
        ...(input.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: input.rateLimitPerSecond }),
        ...(input.holdMinutes === undefined ? {} : { holdMinutes: input.holdMinutes }),
        ...(input.onHoldExpiry === undefined ? {} : { onHoldExpiry: input.onHoldExpiry }),
        ...(input.notifyAutoApprovals === undefined
          ? {}
          : { notifyAutoApprovals: input.notifyAutoApprovals }),
      }),
    );
    this.lookup.invalidate(source.id);
    await this.audit.record({
      action: AuditAction.SourceCreate,
      actor,
      targetType: 'source',
      targetId: source.id,
      details: { name: source.name, kind: source.kind, keyGenerated: input.secret === undefined },
    });
    return { ...this.toJson(source), secret };
  }

  async list(): Promise<SourceJson[]> {
    const rows = await this.sources.find({ order: { createdAt: 'ASC' } });
    const now = Date.now();
    return rows.map((row) => this.toJson(row, now));
  }

  async update(id: string, changes: UpdateSourceRequest, actor?: Actor): Promise<SourceJson> {
    await this.findOrFail(id);
    await this.sources.update({ id }, changes);
    this.lookup.invalidate(id);
    await this.audit.record({
      action: AuditAction.SourceUpdate,
      actor,
      targetType: 'source',
      targetId: id,
      details: { changes },
    });
    return this.toJson(await this.findOrFail(id));
  }

  /**
   * A new secret (given or generated); the current one becomes the previous secret and keeps verifying
   * until the grace period ends. A secret rotated out earlier stops verifying now.
   */
  async rotate(id: string, input: RotateSourceRequest = {}, actor?: Actor): Promise<SourceWithSecretJson> {
    const source = await this.findOrFail(id);
    const secret = input.secret ?? generateSourceSecret(source.kind);
    const problem = secretFormatProblem(source.kind, secret);
    if (problem) throw SourceError.invalidSecret(problem);
    if (secret === this.secrets.open(source.secretSealed)) {
      throw SourceError.invalidSecret('secret must differ from the current secret');
    }
    const graceHours = input.graceHours ?? SOURCE_ROTATION_GRACE_HOURS_DEFAULT;
    // One statement, so concurrent rotations cannot both keep the same "previous" secret.
    await this.sources
      .createQueryBuilder()
      .update(SourceEntity)
      .set({
        previousSecretSealed: () => 'secret_sealed',
        previousSecretExpiresAt: new Date(Date.now() + graceHours * 3_600_000),
        secretSealed: this.secrets.seal(secret),
      })
      .where('id = :id', { id })
      .execute();
    this.lookup.invalidate(id);
    await this.audit.record({
      action: AuditAction.SourceRotate,
      actor,
      targetType: 'source',
      targetId: id,
      details: { graceHours, keyGenerated: input.secret === undefined },
    });
    return { ...this.toJson(await this.findOrFail(id)), secret };
  }

  private async findOrFail(id: string): Promise<SourceEntity> {
    const source = isSourceId(id) ? await this.sources.findOneBy({ id }) : null;
    if (!source) throw SourceError.notFound();
    return source;
  }
}
