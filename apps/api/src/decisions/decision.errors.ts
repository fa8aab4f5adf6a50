import { type TransactionJson } from '@vigil/contracts';
import { DomainError } from '../common/domain-error.js';

/** Errors of the review queue; a 409 carries the transaction as it is now (see DecisionErrorFilter). */
export class DecisionError extends DomainError {
  readonly feature = 'decisions';

  private constructor(
    status: number,
    message: string,
    readonly current: TransactionJson | null = null,
  ) {
    super(status, message);
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
