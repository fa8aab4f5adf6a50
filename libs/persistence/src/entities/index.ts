import { AuditEventEntity } from './audit-event.entity.js';
import { DecisionEntity } from './decision.entity.js';
import { DeliveryAttemptEntity } from './delivery-attempt.entity.js';
import { DeliveryEntity } from './delivery.entity.js';
import { ListItemEntity } from './list-item.entity.js';
import { PrivacySuppressionEntity } from './privacy-suppression.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { RiskListEntity } from './risk-list.entity.js';
import { RuleVersionEntity } from './rule-version.entity.js';
import { RuleEntity } from './rule.entity.js';
import { SessionEntity } from './session.entity.js';
import { SettingEntity } from './setting.entity.js';
import { SourceEntity } from './source.entity.js';
import { TransactionLabelEntity } from './transaction-label.entity.js';
import { TransactionEntity } from './transaction.entity.js';
import { UserEntity } from './user.entity.js';
import { WebhookEventEntity } from './webhook-event.entity.js';

export { AuditEventEntity, RecoveryCodeEntity };
export { ListItemEntity, RiskListEntity, RuleEntity, RuleVersionEntity };
export { SessionEntity, SettingEntity, SourceEntity, TransactionEntity, UserEntity, WebhookEventEntity };
export {
  DecisionEntity,
  DeliveryAttemptEntity,
  DeliveryEntity,
  PrivacySuppressionEntity,
  TransactionLabelEntity,
};

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  SettingEntity,
  SourceEntity,
  WebhookEventEntity,
  TransactionEntity,
  RecoveryCodeEntity,
  AuditEventEntity,
  RuleEntity,
  RuleVersionEntity,
  RiskListEntity,
  ListItemEntity,
  DecisionEntity,
  DeliveryEntity,
  DeliveryAttemptEntity,
  PrivacySuppressionEntity,
  TransactionLabelEntity,
];
