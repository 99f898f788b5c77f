// Round-robin HTTP proxy for bench/scale, on node:http only: each request goes to the next upstream in
// turn over a keep-alive agent, streamed both ways. A stand-in for the load balancer (Service, ingress)
// in front of API replicas. Runs as its own process so its CPU is measured apart from the load generator.
//
//   UPSTREAMS=127.0.0.1:3001,127.0.0.1:3002 PORT=8080 node bench/scale/proxy.mjs
//   GET /__proxy/stats -> {"127.0.0.1:3001": n, …, "errors": n}
import { Agent, createServer, request } from 'node:http';

const upstreams = (process.env.UPSTREAMS ?? '')
  .split(',')
  .filter(Boolean)
  .map((hostPort) => {
    const [host, port] = hostPort.split(':');
    return {
      name: hostPort,
      host,
      port: Number(port),
      agent: new Agent({ keepAlive: true, maxSockets: 256 }),
    };
  });
if (!upstreams.length) throw new Error('UPSTREAMS is empty');
const counts = Object.fromEntries(upstreams.map((u) => [u.name, 0]));
let errors = 0;
let next = 0;

const server = createServer((req, res) => {
  if (req.url === '/__proxy/stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ...counts, errors }));
    return;
  }
  const upstream = upstreams[next++ % upstreams.length];
  counts[upstream.name]++;
  const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' };
  const out = request(
    {
      agent: upstream.agent,
      host: upstream.host,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', (error) => {
    errors++;
    if (res.headersSent) res.destroy(error);
    else {
      res.statusCode = 502;
      res.end(`proxy: ${upstream.name}: ${error.message}`);
    }
  });
  req.pipe(out);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(
    `proxy on 127.0.0.1:${server.address().port} -> ${upstreams.map((u) => u.name).join(', ')}\n`,
  );
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
