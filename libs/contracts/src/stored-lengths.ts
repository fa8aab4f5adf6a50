/**
 * The longest value each column that holds sender-provided text can store (characters). The entities declare
 * their columns with these, and the normalizers cut incoming values to them (docs/security.md#event-content).
 */
export const STORED_LENGTH = {
  eventId: 255,
  eventType: 100,
  orderId: 255,
  paymentId: 255,
  customerId: 255,
  customerEmail: 320,
  customerName: 300,
  ip: 64,
  deviceId: 255,
} as const;

/** One value that was longer than its column and was cut to fit (shown in the transaction's timeline). */
export interface FieldCutJson {
  /** The field as the transaction JSON names it, e.g. `customer.name`. */
  field: string;
  /** Characters sent. */
  length: number;
  /** Characters kept (the column's limit). */
  keptLength: number;
}
