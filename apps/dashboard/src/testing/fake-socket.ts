import { jest } from '@jest/globals';
import type { LiveSocket } from '../live/live-connection';

type Listener = (...args: unknown[]) => void;

/**
 * Just enough of a socket.io client socket to drive the live connection: `fire` plays what the server
 * (or the transport) would emit. Handed to `openLiveConnection` / `LiveProvider` as their socket factory.
 */
export class FakeSocket {
  active = true;
  connected = false;
  readonly listeners = new Map<string, Listener[]>();
  readonly connect = jest.fn(() => {
    this.active = true;
  });
  readonly disconnect = jest.fn(() => {
    this.active = false;
    this.connected = false;
  });

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  /** The type the live connection expects; only the members above are ever used. */
  asLiveSocket(): LiveSocket {
    return this as unknown as LiveSocket;
  }
}
