/** Hard caps that keep hostile or accidental input cheap to reject (the parser is linear in the input). */
export const MAX_EXPRESSION_LENGTH = 4_000;
/** Deepest nesting of parentheses and `not` the parser accepts; bounds its recursion. */
export const MAX_NESTING_DEPTH = 64;
/** Longest string literal accepted; real values (emails, countries, ids) are far shorter. */
export const MAX_STRING_LITERAL_LENGTH = 500;
