import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/** A zod schema (what `@Body({ schema })` / `@Query({ schema })` carry) as JSON Schema 2020-12, as sent. */
export function toJsonSchema(schema: unknown): JsonSchema {
  if (!(schema instanceof z.ZodType)) return {};
  try {
    // `input`: what a client sends (before defaults and transforms). Refinements have no JSON Schema form.
    const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    return json;
  } catch {
    return {};
  }
}

/** Whether the schema accepts a missing value (an optional body). */
export function acceptsUndefined(schema: unknown): boolean {
  return schema instanceof z.ZodType && schema.safeParse(undefined).success;
}

/** The properties of an object schema, each with whether it is required (for query parameters). */
export function objectProperties(
  json: JsonSchema,
): Array<{ name: string; schema: JsonSchema; required: boolean }> {
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, schema, required: required.has(name) }));
}
