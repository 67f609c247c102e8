// Ports for the suite's own servers (a sandbox a spec starts, a closed port to test against).
import net from "node:net";

/** A port nothing listens on yet. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
