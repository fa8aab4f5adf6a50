const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Source ids are UUIDs; anything else is answered like an unknown source, without asking the database. */
export function isSourceId(id: string): boolean {
  return UUID.test(id);
}
