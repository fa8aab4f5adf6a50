import type { Request } from 'express';

/** The caller's address as Express sees it (honours `trust proxy` when the operator enables it). */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
