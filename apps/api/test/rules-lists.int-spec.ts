import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiErrorJson, type ListDetailJson, type ListItemJson, type ListJson } from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { RiskDefaultsService } from '../src/rules/risk-defaults.service.js';
import { type ApiHarness, startApi } from './api-harness.js';

const STAFF = { email: 'staff@test.vigil', password: 'staff-password-long-enough' };

/** Lists and their items through the public API: defaults, validation per kind, idempotent adds, paging. */
describe('lists API', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  let staff: ApiClient;
  let lists: ListJson[];

  const byName = (name: string): ListJson => {
    const list = lists.find((l) => l.name === name);
    if (!list) throw new Error(`no list ${name}`);
    return list;
  };
  const addItem = (client: ApiClient, listId: string, body: unknown) =>
    client.request(`/api/lists/${listId}/items`, { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
    await owner.json('/api/users', { method: 'POST', body: JSON.stringify({ ...STAFF, role: 'staff' }) });
    staff = await ApiClient.login(api.baseUrl, STAFF.email, STAFF.password);
    lists = (await staff.json<{ items: ListJson[] }>('/api/lists')).items;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('has the default lists: the sanctioned countries blocked, Russia and Belarus held, the rest empty', async () => {
    expect(lists.map((l) => [l.name, l.kind, l.itemCount])).toEqual(
      expect.arrayContaining([
        ['blocked_emails', 'email', 0],
        ['blocked_email_domains', 'email_domain', 0],
        ['blocked_ips', 'ip', 0],
        ['blocked_cards', 'card_fingerprint', 0],
        ['blocked_devices', 'device_id', 0],
        ['blocked_countries', 'country', 4],
        ['review_countries', 'country', 2],
        ['blocked_bins', 'card_bin', 0],
        ['blocked_customers', 'customer_id', 0],
      ]),
    );
    const countries = await staff.json<ListDetailJson>(`/api/lists/${byName('blocked_countries').id}`);
    expect(countries.items.map((i) => i.value).sort()).toEqual(['CU', 'IR', 'KP', 'SY']);
    expect(countries.items[0]?.note).toMatch(/Installed by Vigil/);
    const held = await staff.json<ListDetailJson>(`/api/lists/${byName('review_countries').id}`);
    expect(held.items.map((i) => i.value).sort()).toEqual(['BY', 'RU']);
  });

  it('gives an older installation the sanctioned countries once, unless the owner ever edited the list', async () => {
    const db = api.app.get(DataSource);
    const defaults = api.app.get(RiskDefaultsService);
    const upgradeFrom = async (state: 'untouched' | 'emptied by the owner') => {
      // An installation from before the lists had items: blocked_countries empty, no review_countries.
      await db.query(`DELETE FROM settings WHERE key = 'risk_default_list_items_installed'`);
      await db.query(`DELETE FROM lists WHERE name = 'review_countries'`);
      const id = byName('blocked_countries').id;
      await db.query('DELETE FROM list_items WHERE list_id = $1', [id]);
      await db.query(`DELETE FROM audit_events WHERE target_id = $1`, [id]);
      if (state === 'emptied by the owner') {
        const added = await owner.json<ListItemJson>(`/api/lists/${id}/items`, {
          method: 'POST',
          body: JSON.stringify({ value: 'NG' }),
        });
        const removed = await owner.request(`/api/lists/${id}/items/${added.id}`, { method: 'DELETE' });
        expect(removed.status).toBe(204);
      }
      await defaults.onApplicationBootstrap();
      const after = (await owner.json<{ items: ListJson[] }>('/api/lists')).items;
      return Object.fromEntries(after.map((l) => [l.name, l.itemCount]));
    };
    expect(await upgradeFrom('untouched')).toMatchObject({ blocked_countries: 4, review_countries: 2 });
    expect(await upgradeFrom('emptied by the owner')).toMatchObject({
      blocked_countries: 0,
      review_countries: 2,
    });
    // Once done, a restart never refills a list the owner emptied.
    await defaults.onApplicationBootstrap();
    const audit = (await db.query(
      `SELECT details FROM audit_events WHERE action = 'list.item_add' AND actor_user_id IS NULL`,
    )) as Array<{ details: { list: string; values: string[] } }>;
    expect(audit.map((a) => a.details.list)).toContain('review_countries');
    lists = (await staff.json<{ items: ListJson[] }>('/api/lists')).items;
    expect(byName('blocked_countries').itemCount).toBe(0);
  });

  it('creates a list with a unique lower-case name', async () => {
    const created = await owner.json<ListJson>('/api/lists', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Trusted_Customers',
        kind: 'customer_id',
        description: 'Known good buyers',
      }),
    });
    expect(created).toMatchObject({ name: 'trusted_customers', kind: 'customer_id', itemCount: 0 });
    const again = await owner.request('/api/lists', {
      method: 'POST',
      body: JSON.stringify({ name: 'trusted_customers', kind: 'customer_id' }),
    });
    expect(again.status).toBe(409);
    const badKind = await owner.request('/api/lists', {
      method: 'POST',
      body: JSON.stringify({ name: 'x', kind: 'phone' }),
    });
    expect(badKind.status).toBe(400);
    expect(((await badKind.json()) as ApiErrorJson).message).toMatch(
      /kind must be one of email, email_domain/,
    );
    const badName = await owner.request('/api/lists', {
      method: 'POST',
      body: JSON.stringify({ name: 'no spaces please', kind: 'email' }),
    });
    expect(badName.status).toBe(400);
  });

  it('normalizes values for the kind and refuses values that do not fit it', async () => {
    const emails = byName('blocked_emails').id;
    const added = await addItem(owner, emails, { value: '  Mallory@Example.COM ', note: 'chargebacks' });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ value: 'mallory@example.com', note: 'chargebacks' });

    const cases: Array<[string, string, RegExp]> = [
      ['blocked_emails', 'not-an-email', /email address/],
      ['blocked_ips', '10.0.0.0/8', /single IPv4 or IPv6 address/],
      ['blocked_countries', 'Nigeria', /alpha-2 country code/],
      ['blocked_bins', '42', /first 6 to 8 digits/],
      ['blocked_email_domains', 'bad domain', /email domain/],
      ['blocked_cards', '4242 4242 4242 4242', /never a card number/],
      ['blocked_devices', '   ', /value is required/],
    ];
    for (const [name, value, message] of cases) {
      const response = await addItem(owner, byName(name).id, { value });
      expect({ item: `${name} ${value}`, status: response.status }).toEqual({
        item: `${name} ${value}`,
        status: 400,
      });
      expect(((await response.json()) as ApiErrorJson).message).toMatch(message);
    }

    const country = await addItem(owner, byName('blocked_countries').id, { value: 'ng' });
    expect(((await country.json()) as ListItemJson).value).toBe('NG');
    const domain = await addItem(owner, byName('blocked_email_domains').id, { value: '@Throwaway.Example' });
    expect(((await domain.json()) as ListItemJson).value).toBe('throwaway.example');
    const ip = await addItem(owner, byName('blocked_ips').id, { value: '2001:DB8::1' });
    expect(((await ip.json()) as ListItemJson).value).toBe('2001:db8::1');
  });

  it('treats adding a value the list already holds as done (200 with the same item)', async () => {
    const cards = byName('blocked_cards').id;
    const first = await addItem(owner, cards, { value: 'fp_Stolen' });
    expect(first.status).toBe(201);
    const second = await addItem(owner, cards, { value: 'fp_Stolen', note: 'again' });
    expect(second.status).toBe(200);
    const [a, b] = [(await first.json()) as ListItemJson, (await second.json()) as ListItemJson];
    expect(b.id).toBe(a.id);
    // Fingerprints are case-sensitive identifiers: a different case is a different card.
    expect((await addItem(owner, cards, { value: 'fp_stolen' })).status).toBe(201);
  });

  it('pages through items, newest first, with an optional prefix filter', async () => {
    const devices = byName('blocked_devices').id;
    for (const value of ['dev-a', 'dev-b', 'dev-c', 'dev-d', 'other-e']) {
      expect((await addItem(owner, devices, { value })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: ListDetailJson = await staff.json<ListDetailJson>(`/api/lists/${devices}?${query}`);
      expect(page.itemCount).toBe(5);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.value));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['other-e', 'dev-d', 'dev-c', 'dev-b', 'dev-a']);
    const filtered = await staff.json<ListDetailJson>(`/api/lists/${devices}?q=dev-`);
    expect(filtered.items.map((item) => item.value)).toEqual(['dev-d', 'dev-c', 'dev-b', 'dev-a']);
    expect((await staff.request(`/api/lists/${devices}?cursor=garbage`)).status).toBe(400);
  });

  it('removes items, and answers 404 for unknown lists and items', async () => {
    const emails = byName('blocked_emails').id;
    const item = (await (
      await addItem(owner, emails, { value: 'remove-me@example.com' })
    ).json()) as ListItemJson;
    expect((await owner.request(`/api/lists/${emails}/items/${item.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await owner.request(`/api/lists/${emails}/items/${item.id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
    const detail = await owner.json<ListDetailJson>(`/api/lists/${emails}`);
    expect(detail.items.map((i) => i.value)).not.toContain('remove-me@example.com');

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await owner.request(`/api/lists/${unknown}`)).status).toBe(404);
    expect((await owner.request('/api/lists/not-a-uuid')).status).toBe(404);
    expect((await addItem(owner, unknown, { value: 'x@example.com' })).status).toBe(404);
    expect((await owner.request(`/api/lists/${emails}/items/${unknown}`, { method: 'DELETE' })).status).toBe(
      404,
    );
    expect((await owner.request(`/api/lists/${emails}/items/nope`, { method: 'DELETE' })).status).toBe(404);
  });

  it('lets staff read lists but not change them', async () => {
    const emails = byName('blocked_emails').id;
    expect((await addItem(staff, emails, { value: 'staff@example.com' })).status).toBe(403);
    expect(
      (
        await staff.request('/api/lists', {
          method: 'POST',
          body: JSON.stringify({ name: 'x', kind: 'email' }),
        })
      ).status,
    ).toBe(403);
    expect((await staff.request(`/api/lists/${emails}`)).status).toBe(200);
  });
});
