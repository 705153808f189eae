import { serve as listen } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './auth.js';

/** Starts listening; resolves with the real address once connections are accepted. */
export function startServer(app: OpenAPIHono<AppEnv>, host: string, port: number): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ server: server, url: `http://${shownHost}:${info.port}` });
    }) as Server;
    server.once('error', reject);
    // Many clients with keep-alive: a generous backlog and keep-alive beyond typical client idle times.
    server.keepAliveTimeout = 65_000;
  });
}
