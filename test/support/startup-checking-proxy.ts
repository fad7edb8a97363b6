import { type AddressInfo, createServer, type Server, Socket } from 'node:net';

const SSL_REQUEST = 80_877_103;
const GSS_ENCRYPTION_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;

/**
 * A loopback proxy in front of PostgreSQL that behaves like a PgBouncer without `ignore_startup_parameters`: it
 * reads each client's startup message, records its parameters, and refuses a connection that sends `options`
 * with PgBouncer's error (08P01 "unsupported startup parameter: options"); other connections pass through.
 */
export class StartupCheckingProxy {
  /** The startup parameters of every connection, refused or not, in the order they came. */
  readonly startups: Record<string, string>[] = [];
  private readonly sockets = new Set<Socket>();

  private readonly server: Server;

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => this.accept(client));
  }

  static async start(target: { host: string; port: number }): Promise<StartupCheckingProxy> {
    const proxy = new StartupCheckingProxy(target);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String((this.server.address() as AddressInfo).port);
    return proxied.toString();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('error', () => client.destroy()).on('close', () => this.sockets.delete(client));
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 8 || buffered.length < buffered.readInt32BE(0)) return;
      const length = buffered.readInt32BE(0);
      const code = buffered.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST) {
        buffered = buffered.subarray(length);
        client.write('N');
        return;
      }
      client.off('data', onData);
      client.pause();
      // A startup message of any protocol version carries its parameters the same way; a cancel request has none.
      const parameters = code === CANCEL_REQUEST ? {} : startupParameters(buffered.subarray(8, length));
      if (code !== CANCEL_REQUEST) this.startups.push(parameters);
      if ('options' in parameters) {
        client.resume();
        client.end(errorResponse('08P01', 'unsupported startup parameter: options'));
        return;
      }
      const upstream = new Socket();
      this.sockets.add(upstream);
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(upstream);
      };
      upstream.on('error', close).on('close', close);
      client.on('close', close);
      upstream.connect(this.target.port, this.target.host, () => {
        upstream.write(buffered);
        client.pipe(upstream);
        upstream.pipe(client);
      });
    };
    client.on('data', onData);
  }
}

function startupParameters(body: Buffer): Record<string, string> {
  const parts = body.toString('utf8').split('\0');
  const parameters: Record<string, string> = {};
  for (let index = 0; index + 1 < parts.length && parts[index] !== ''; index += 2) parameters[parts[index]] = parts[index + 1];
  return parameters;
}

/** A protocol ErrorResponse: severity, SQLSTATE and message fields. */
function errorResponse(sqlState: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${sqlState}\0M${message}\0\0`, 'utf8');
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}
