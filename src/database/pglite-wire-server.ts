/**
 * A PostgreSQL wire-protocol server in front of one PGlite instance, safe for several
 * client connections at once.
 *
 * PGlite is a single session. A multiplexer must therefore never let two clients'
 * messages interleave inside one request cycle: the extended protocol sends Parse, Bind,
 * Describe, Execute as separate messages and only Sync ends the cycle. The socket server
 * shipped with PGlite queues each message on its own, so with a pool of connections a
 * Bind of one client can meet the Parse of another ("bind message supplies 4 parameters,
 * but prepared statement requires 6"). Here each connection's messages are grouped up to
 * the end of their cycle (Sync or a simple Query) and every group runs alone; a
 * connection keeps the session while it has a transaction block open, or has flushed in
 * the middle of a cycle, and other connections wait their turn.
 */
import { createServer, Server, Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const FLUSH = 0x48; // 'H'
const TERMINATE = 0x58; // 'X'

interface Unit {
  connection: WireConnection;
  bytes: Uint8Array;
  /** The cycle goes on after this unit (a Flush before Sync): the connection keeps the session. */
  midCycle: boolean;
}

export class PgliteWireServer {
  private readonly server: Server;
  private readonly connections = new Set<WireConnection>();
  /** Every socket, refused ones included: close() must not wait on a half-closed one. */
  private readonly sockets = new Set<Socket>();
  private readonly queue: Unit[] = [];
  /** The connection that holds the session (open transaction or unfinished cycle), if any. */
  private owner: WireConnection | null = null;
  private draining = false;

  constructor(
    private readonly db: PGlite,
    private readonly maxConnections: number,
  ) {
    this.server = createServer((socket) => this.accept(socket));
  }

  listen(port: number, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  async close(): Promise<void> {
    for (const connection of [...this.connections]) connection.destroy();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  submit(unit: Unit): void {
    this.queue.push(unit);
    void this.drain();
  }

  /** A connection went away: drop its queued work and end any transaction it left open. */
  async release(connection: WireConnection): Promise<void> {
    this.connections.delete(connection);
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].connection === connection) this.queue.splice(i, 1);
    if (this.owner === connection) {
      // exec takes PGlite's own lock (runExclusive around it would deadlock).
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
      this.owner = null;
    }
    void this.drain();
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    if (this.connections.size >= this.maxConnections) {
      socket.end(errorResponse('53300', 'too many connections to the embedded database'), () => socket.destroy());
      return;
    }
    this.connections.add(new WireConnection(socket, this));
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((unit) => unit.connection === this.owner) : 0;
        if (this.queue.length === 0 || index < 0) return;
        const [unit] = this.queue.splice(index, 1);
        await this.run(unit);
      }
    } finally {
      this.draining = false;
    }
  }

  private async run(unit: Unit): Promise<void> {
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(unit.bytes, { onRawData: (data) => unit.connection.write(data) }),
      );
    } catch {
      // The backend already answered with an ErrorResponse where it could; a failure here
      // means the client's stream is unusable, so it is closed.
      unit.connection.destroy();
    }
    this.owner = unit.midCycle || this.db.isInTransaction() ? unit.connection : null;
  }
}

/** One client socket: splits its byte stream into messages and submits whole cycles. */
class WireConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private cycle: Buffer[] = [];
  private started = false;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly server: PgliteWireServer,
  ) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => this.destroy());
    socket.on('close', () => this.destroy());
  }

  write(data: Uint8Array): void {
    if (!this.closed && this.socket.writable) this.socket.write(data);
  }

  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    void this.server.release(this);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (!this.closed) {
      const consumed = this.started ? this.takeMessage() : this.takeStartupPacket();
      if (!consumed) return;
    }
  }

  /** Before the session starts: SSL/GSS negotiation (refused), cancel (unsupported), startup. */
  private takeStartupPacket(): boolean {
    if (this.buffer.length < 8) return false;
    const length = this.buffer.readInt32BE(0);
    if (this.buffer.length < length) return false;
    const code = this.buffer.readInt32BE(4);
    const packet = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.write(Buffer.from('N'));
    } else if (code === CANCEL_REQUEST) {
      this.destroy();
    } else {
      this.started = true;
      this.server.submit({ connection: this, bytes: packet, midCycle: false });
    }
    return true;
  }

  private takeMessage(): boolean {
    if (this.buffer.length < 5) return false;
    const type = this.buffer[0];
    const length = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return false;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    if (type === TERMINATE) {
      this.destroy();
      return true;
    }
    this.cycle.push(Buffer.from(message));
    if (type === SYNC || type === QUERY || type === FLUSH) {
      this.server.submit({ connection: this, bytes: Buffer.concat(this.cycle), midCycle: type === FLUSH });
      this.cycle = [];
    }
    return true;
  }
}

/** A minimal ErrorResponse ('E') for refusing a connection before it starts. */
function errorResponse(sqlState: string, message: string): Buffer {
  const fields = Buffer.concat([
    Buffer.from(`SFATAL\0`),
    Buffer.from(`C${sqlState}\0`),
    Buffer.from(`M${message}\0`),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header[0] = 0x45;
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}
