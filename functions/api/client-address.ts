import type { Context } from 'hono';

/** Set by CloudFront on its way to the API ("198.51.100.7:46532", "2001:db8::7:46532"); viewers cannot set it. */
export const VIEWER_ADDRESS_HEADER = 'cloudfront-viewer-address';

interface LambdaBindings {
  requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
}
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

const withoutPort = (viewer: string): string => {
  const cut = viewer.lastIndexOf(':');
  return cut > 0 ? viewer.slice(0, cut) : viewer;
};

/**
 * Who is asking, as far as rate limiting needs to know; used only to make a salted hash, never stored,
 * logged or returned. In Lambda the request came through CloudFront (the origin guard makes sure), so
 * API Gateway's source address is CloudFront's: the viewer's own is in CloudFront's header, with API
 * Gateway's requestContext as the fallback. Locally it is the socket's remote address (what Hono's Node
 * conninfo helper reads). Never a header a caller can set, such as X-Forwarded-For. Null when unknown
 * (a request made in-process by a test).
 */
export const clientAddress = (c: Context): string | null => {
  const env = (c.env ?? {}) as LambdaBindings & NodeBindings;
  if (env.requestContext) {
    const viewer = c.req.header(VIEWER_ADDRESS_HEADER);
    return (
      (viewer ? withoutPort(viewer) : null) ??
      env.requestContext.http?.sourceIp ??
      env.requestContext.identity?.sourceIp ??
      null
    );
  }
  return env.incoming?.socket?.remoteAddress ?? null;
};

/**
 * One key per household or phone: an IPv4 address as it is; an IPv6 address by its /64 network, since
 * one phone or home line can use any address in its /64 and would otherwise escape the limit by changing it.
 */
export const addressKey = (address: string): string => {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(':')) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
};
