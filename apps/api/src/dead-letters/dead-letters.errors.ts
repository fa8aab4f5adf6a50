import { DomainError } from '../common/domain-error.js';

export class DeadLetterError extends DomainError {
  static notFound(): DeadLetterError {
    return new DeadLetterError(404, 'No failed job with this id (it may have been replayed already)');
  }
  static unavailable(): DeadLetterError {
    return new DeadLetterError(503, 'The queue cannot be reached right now; retry later', {
      'Retry-After': '5',
    });
  }
}
