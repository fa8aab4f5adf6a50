/** Every error response has this shape (no stack traces, no internals). */
export interface ApiErrorJson {
  statusCode: number;
  error: string;
  message: string;
}
