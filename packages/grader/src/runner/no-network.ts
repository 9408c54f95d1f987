// Loaded in every worker of the restricted grading process before the suites. Node's permission
// model does not cover the network, so this takes it away from the worker's own realm: learner code
// never sees these objects (its realm has none), but code that got out of that realm would find
// no socket, request, lookup or binding to open a connection with.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what: string) => () => {
  throw new Error(`grader: ${what} is not available while grading`);
};

/** Replaces `owner[key]` with a function that refuses, for good (once: workers load this per suite). */
function seal(owner: object, key: string, what: string): void {
  if (Object.getOwnPropertyDescriptor(owner, key)?.configurable === false) return;
  Object.defineProperty(owner, key, { value: refuse(what), writable: false, configurable: false });
}

for (const key of ['connect', 'createConnection']) {
  seal(net, key, `net.${key}`);
  seal(tls, key, `tls.${key}`);
}
seal(net.Socket.prototype, 'connect', 'a socket');
seal(net, 'createServer', 'net.createServer');
seal(dgram, 'createSocket', 'dgram.createSocket');
for (const module of [http, https]) {
  seal(module, 'request', 'an HTTP request');
  seal(module, 'get', 'an HTTP request');
}
seal(http2, 'connect', 'http2.connect');
seal(dns, 'lookup', 'a DNS lookup');
seal(dns.promises, 'lookup', 'a DNS lookup');
for (const key of ['fetch', 'WebSocket', 'EventSource']) {
  if (Object.getOwnPropertyDescriptor(globalThis, key)?.configurable === false) continue;
  Object.defineProperty(globalThis, key, {
    value: undefined,
    writable: false,
    configurable: false,
  });
}
seal(process, 'binding', 'process.binding');
seal(process, '_linkedBinding', 'process._linkedBinding');
