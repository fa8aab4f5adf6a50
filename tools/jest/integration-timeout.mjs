// Integration tests boot processes and wait for queues; Jest's 5 s default is for unit tests.
import { jest } from '@jest/globals';

jest.setTimeout(60_000);
