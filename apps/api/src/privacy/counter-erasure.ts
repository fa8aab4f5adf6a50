import { Injectable } from '@nestjs/common';
import { type ErasedSubject } from './erased-subject.js';

/**
 * The seam through which an erasure reaches the rolling counters (velocity windows, "first seen", dispute and
 * fraud-warning history per e-mail, card, IP and device), which the velocity store owns. PrivacyService calls
 * `eraseSubject` after the database erasure; the velocity store binds its implementation to this class.
 */
export abstract class CounterErasure {
  abstract eraseSubject(subject: ErasedSubject): Promise<void>;
}

/**
 * The binding until the velocity store provides its own: counter entries (keyed by e-mail, IP, device or card)
 * hold no names or addresses and expire with their windows (history after 400 days); later events of the
 * subject are scrubbed before they are counted, so nothing new is added (docs/security.md#customer-data).
 */
@Injectable()
export class ExpiringCounters extends CounterErasure {
  eraseSubject(): Promise<void> {
    return Promise.resolve();
  }
}
