/**
 * A loopback TCP proxy in front of PostgreSQL that counts the SQL statements passing through it: simple
 * `Query` messages and extended-protocol `Execute` messages (a `BEGIN` or `COMMIT` counts too). The
 * benchmark points a second API instance at it and sends one request at a time to tell how many
 * statements each question costs, and whether that number grows with the data.
 */
import { createServer, Server, Socket, connect } from 'node:net';

export class StatementCounter {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  statements = 0;

  private readonly targetHost: string;
  private readonly targetPort: number;

  constructor(targetHost: string, targetPort: number) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  /** Starts listening; answers the proxy's port. */
  async start(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      this.sockets.add(client).add(upstream);
      let buffer = Buffer.alloc(0);
      let started = false;
      client.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        // The startup message has no type byte; every later frontend message is type (1) + length (4) + body.
        for (;;) {
          if (!started) {
            if (buffer.length < 8) break;
            const length = buffer.readInt32BE(0);
            if (buffer.length < length) break;
            const code = buffer.readInt32BE(4);
            buffer = buffer.subarray(length);
            // SSLRequest / GSSENCRequest are followed by another startup message.
            if (code !== 80877103 && code !== 80877104) started = true;
            continue;
          }
          if (buffer.length < 5) break;
          const length = buffer.readInt32BE(1);
          if (buffer.length < 1 + length) break;
          const type = String.fromCharCode(buffer[0]);
          if (type === 'Q' || type === 'E') this.statements += 1;
          buffer = buffer.subarray(1 + length);
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => client.write(chunk));
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
