// The Node `ws` relay of the gateway benchmark (bench/README.md): the same room protocol as FloorRelay.
// ws://127.0.0.1:PORT/floor/{room}: every binary frame and every text message goes, as it came, to the room's other
// participants; at most 64 binary frames pending per receiver, beyond that its audio is dropped (as the gateway's
// SocketOutbox does). No tickets, no JSON, no numbering, no history. Never part of the build: the benchmark installs
// `ws` into bench/target at bench time and starts this script pinned to the server's core.
'use strict';
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || 8091);
const MAX_PENDING_AUDIO = 64;
const rooms = new Map();
const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false, maxPayload: 16 * 1024 });

server.on('connection', (socket, request) => {
  const room = request.url;
  let peers = rooms.get(room);
  if (!peers) {
    peers = new Set();
    rooms.set(room, peers);
  }
  peers.add(socket);
  socket.pending = 0;
  socket.on('message', (data, isBinary) => {
    for (const peer of peers) {
      if (peer === socket || peer.readyState !== 1) {
        continue;
      }
      if (!isBinary) {
        peer.send(data, { binary: false });
      } else if (peer.pending < MAX_PENDING_AUDIO) {
        peer.pending++;
        peer.send(data, { binary: true }, () => peer.pending--);
      }
    }
  });
  socket.on('close', () => {
    peers.delete(socket);
    if (peers.size === 0) {
      rooms.delete(room);
    }
  });
  socket.on('error', () => {}); // closed by ws
});

server.on('listening', () => {
  console.log(`node relay listening on 127.0.0.1:${port}, node ${process.version}, ws ${require('ws/package.json').version}`);
});
