import { type z } from 'zod';

/** True when A and B are assignable both ways (same properties, same optionality, same value types). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * A response schema for the OpenAPI document, tied to the contract type the route returns
 * (libs/contracts stays the one source of truth): the build fails when the schema's output type and the
 * contract differ, so the document cannot drift from what the API sends.
 *
 *   export const sourceJson = contractSchema<SourceJson>()(z.object({ … }));
 */
export const contractSchema =
  <T>() =>
  <S extends z.ZodType>(
    schema: S,
    ..._mustMatch: Same<z.output<S>, T> extends true ? [] : [mismatch: { contract: T; schema: z.output<S> }]
  ): S =>
    schema;
