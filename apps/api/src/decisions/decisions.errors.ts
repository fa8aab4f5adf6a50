import { type TransactionJson } from '@vigil/contracts';
import { DomainError } from '../common/domain-error.js';

/**
 * Errors of the review queue. A 409 carries `current`, the transaction as it is now, so a reviewer who lost a
 * race sees what happened without another request.
 */
export class DecisionError extends DomainError {
  private constructor(status: number, message: string, current?: TransactionJson) {
    super(status, message, {}, current ? { current } : {});
  }

  static notFound(id: string): DecisionError {
    return new DecisionError(404, `Transaction ${id} not found`);
  }
  static deliveryNotFound(id: string): DecisionError {
    return new DecisionError(404, `Delivery ${id} not found`);
  }
  static staleVersion(current: TransactionJson, version: number): DecisionError {
    return new DecisionError(
      409,
      `Transaction changed since version ${version} (now ${current.version}): reload it and decide again`,
      current,
    );
  }
  static notHeld(current: TransactionJson): DecisionError {
    return new DecisionError(
      409,
      `Transaction is no longer held for review (status ${current.status})`,
      current,
    );
  }
  static claimedByOther(current: TransactionJson): DecisionError {
    return new DecisionError(
      409,
      `Transaction is claimed by ${current.claimedByEmail ?? current.claimedBy} until ${current.claimExpiresAt}`,
      current,
    );
  }
  static releaseForbidden(current: TransactionJson): DecisionError {
    return new DecisionError(
      403,
      `Only ${current.claimedByEmail ?? current.claimedBy} or an owner may release this claim`,
    );
  }
  static listsNeedBlock(): DecisionError {
    return new DecisionError(400, 'addToLists is only allowed with action "block"');
  }
  static noDecisionUrl(): DecisionError {
    return new DecisionError(409, 'The source has no decisionUrl to deliver to');
  }
}
