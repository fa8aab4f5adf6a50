import { SessionEntity } from './session.entity.js';
import { SettingEntity } from './setting.entity.js';
import { SourceEntity } from './source.entity.js';
import { TransactionEntity } from './transaction.entity.js';
import { UserEntity } from './user.entity.js';
import { WebhookEventEntity } from './webhook-event.entity.js';

export { SessionEntity, SettingEntity, SourceEntity, TransactionEntity, UserEntity, WebhookEventEntity };

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  SettingEntity,
  SourceEntity,
  WebhookEventEntity,
  TransactionEntity,
];
