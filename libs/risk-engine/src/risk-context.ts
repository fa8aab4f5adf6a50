/** A scalar attribute value; `null` (or an absent key, or '') means the value is missing. */
export type AttributeValue = string | number | boolean | null;

/**
 * What a compiled expression is evaluated against: flat attribute values by name (see ATTRIBUTES) and named lists
 * for `in @name`. Build it with `buildRiskContext`, which normalizes values the way the compiler expects; the
 * lists are normally shared, prebuilt sets from `buildRiskLists`.
 */
export interface RiskContext {
  attributes: Record<string, AttributeValue>;
  lists: Record<string, ReadonlySet<string>>;
}
