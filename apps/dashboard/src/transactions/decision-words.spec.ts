import { describe, expect, it } from '@jest/globals';
import { makeTransaction } from '../testing/transactions';
import { conflictExplanation, deciderWords, orderLabel } from './decision-words';

const me = { id: 'u_me', email: 'me@shop.test' };

describe('decision words', () => {
  it('names an order by what the store knows it as', () => {
    expect(orderLabel({ orderId: '1001', paymentId: 'pay_1', id: 'x' })).toBe('order 1001');
    expect(orderLabel({ orderId: null, paymentId: 'pay_1', id: 'x' })).toBe('payment pay_1');
    expect(orderLabel({ orderId: null, paymentId: null, id: '0123456789' })).toBe('transaction 01234567');
  });

  it('says who decided', () => {
    expect(deciderWords(null, me.id, me.email)).toBe('automatically');
    expect(deciderWords('u_me', me.id, me.email)).toBe('by you');
    expect(deciderWords('bo@shop.test', me.id, me.email)).toBe('by bo@shop.test');
    expect(deciderWords('u_other', me.id, me.email)).toBe('by someone else');
  });

  it('explains a 409: decided meanwhile, or changed and refreshed', () => {
    expect(conflictExplanation(makeTransaction({ status: 'blocked', decidedBy: 'bo@shop.test' }), me)).toBe(
      'Already blocked by bo@shop.test — it is no longer held.',
    );
    expect(conflictExplanation(makeTransaction({ status: 'review' }), me)).toMatch(
      /changed while you were looking/,
    );
    expect(conflictExplanation(null, me)).toMatch(/reloaded/);
  });
});
