import { Body, Controller, Get, Post } from '@nestjs/common';
import { z } from 'zod';
import { SOURCE_KINDS, type SourceJson, type SourceWithSecretJson } from '@vigil/contracts';
import { ANY_ROLE, Roles } from '../auth/auth.decorators.js';
import { SourcesService } from './sources.service.js';

const createSourceSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200, 'name must be at most 200 characters'),
  kind: z.enum(SOURCE_KINDS, `kind must be one of ${SOURCE_KINDS.join(', ')}`),
  secret: z.string().min(16, 'secret must be at least 16 characters').max(512).optional(),
  decisionUrl: z
    .url({ protocol: /^https?$/, error: 'decisionUrl must be an http(s) URL' })
    .max(2048)
    .nullable()
    .optional(),
});

@Controller('api/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Roles('owner')
  @Post()
  create(
    @Body({ schema: createSourceSchema }) body: z.infer<typeof createSourceSchema>,
  ): Promise<SourceWithSecretJson> {
    return this.sources.create(body);
  }

  @Roles(...ANY_ROLE)
  @Get()
  async list(): Promise<{ items: SourceJson[] }> {
    return { items: await this.sources.list() };
  }
}
