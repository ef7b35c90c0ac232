import { createServer, request, type IncomingMessage, type Server } from 'node:http';

/** What the proxy saw of one AWS request on the wire. */
export interface WireCall {
  method: string;
  path: string;
  /** Signing service and region from the SigV4 credential scope. */
  service: string;
  region: string;
  /** Operation name where the protocol carries one (JSON target, query Action, RPC v2 path); undefined for REST. */
  operation?: string;
  /** Set when the proxy answered with a fault instead of forwarding. */
  fault?: string;
  /** Milliseconds since the proxy started. */
  at: number;
  /** How long ago (ms, at arrival) the request was signed, from its X-Amz-Date (1 s resolution). */
  signedAgo?: number;
}

export interface Fault {
  service?: string;
  region?: string;
  operation?: string;
  /** Matches the request path (REST APIs carry no operation name). */
  path?: RegExp;
  /** `respond` (default) answers with status/body; `hang` never answers; `reset` drops the connection. */
  kind?: 'respond' | 'hang' | 'reset';
  /** Apply to the first N matching requests only (a transient fault); default: every one. */
  times?: number;
  status?: number;
  /** Response body; for JSON protocols `{"__type":"AccessDeniedException","message":"..."}` works, for query protocols an XML error. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * A loopback HTTP proxy between the SDK and moto that records every request and can answer
 * chosen ones with a fault instead of forwarding them.
 */
export async function startProxy(target: string, faults: Fault[] = []): Promise<{ endpoint: string; calls: WireCall[]; stop(): Promise<void> }> {
  const calls: WireCall[] = [];
  const used = new Map<Fault, number>();
  const upstream = new URL(target);
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const call = describe(req, body);
    calls.push(call);
    const fault = faults.find(
      (f) =>
        (!f.service || f.service === call.service) &&
        (!f.region || f.region === call.region) &&
        (!f.operation || f.operation === call.operation) &&
        (!f.path || f.path.test(call.path)) &&
        (f.times === undefined || (used.get(f) ?? 0) < f.times),
    );
    if (fault) {
      used.set(fault, (used.get(fault) ?? 0) + 1);
      call.fault = fault.kind ?? 'respond';
      if (fault.kind === 'hang') return; // the client's timeout must end it
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(fault.status ?? 500, { 'content-type': fault.contentType ?? 'application/x-amz-json-1.1', 'x-amzn-requestid': 'posture-fault', ...(fault.headers ?? {}) });
      res.end(fault.body ?? '');
      return;
    }
    const fwd = request(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    fwd.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    fwd.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const started = Date.now();

function describe(req: IncomingMessage, body: Buffer): WireCall {
  const auth = String(req.headers.authorization ?? '');
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  const path = req.url ?? '/';
  let operation: string | undefined;
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') operation = target.split('.').pop();
  else if (/\/operation\/[A-Za-z]+$/.test(path)) operation = path.split('/').pop();
  else if (String(req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) operation = new URLSearchParams(body.toString('utf8')).get('Action') ?? undefined;
  else if (req.method === 'GET' && path.includes('Action=')) operation = new URL(path, 'http://x').searchParams.get('Action') ?? undefined;
  const date = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(String(req.headers['x-amz-date'] ?? ''));
  const signedAgo = date ? Date.now() - Date.UTC(+date[1], +date[2] - 1, +date[3], +date[4], +date[5], +date[6]) : undefined;
  return { method: req.method ?? 'GET', path, service: scope?.[2] ?? 'unknown', region: scope?.[1] ?? 'unknown', operation, at: Date.now() - started, signedAgo };
}
