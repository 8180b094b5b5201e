// A TCP forwarder between the cluster's instances and PostgreSQL that the spec can switch off and on (through a
// small HTTP control port): "down" drops every connection and refuses new ones, as a restarting database does,
// without touching the PostgreSQL server that other developers' tests share.
import { createServer as createHttpServer } from "node:http";
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from "node:net";

export type Forwarder = { port: number; controlPort: number; close: () => Promise<void> };

export async function startPgForwarder(target: { host: string; port: number }): Promise<Forwarder> {
  const sockets = new Set<Socket>();
  let listener: Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve) => {
      listener = createServer((client) => {
        const server = createConnection(target);
        sockets.add(client).add(server);
        client.pipe(server).pipe(client);
        const drop = () => {
          client.destroy();
          server.destroy();
          sockets.delete(client);
          sockets.delete(server);
        };
        client.on("error", drop).on("close", drop);
        server.on("error", drop).on("close", drop);
      });
      listener.listen(port, "127.0.0.1", () => {
        port = (listener!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!listener) return resolve();
      listener.close(() => resolve());
      listener = null;
    });

  await listen();
  const control = createHttpServer((request, response) => {
    const done = () => response.end(listener ? "up" : "down");
    if (request.method === "POST" && request.url === "/down") return void stop().then(done);
    if (request.method === "POST" && request.url === "/up") return void (listener ? Promise.resolve() : listen()).then(done);
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", () => resolve()));
  return {
    port,
    controlPort: (control.address() as AddressInfo).port,
    close: async () => {
      await stop();
      await new Promise((resolve) => control.close(resolve));
    },
  };
}
