import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { badRequest, type Issue } from '../http-error';

const WHERE: Record<string, string> = { json: 'body', param: 'path', query: 'query', header: 'header' };

export const issuesOf = (error: ZodError): Issue[] =>
  error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(whole value)', message: i.message }));

/** Turns a failed zod check on any route into one readable 400, naming where the problem is. */
export const validationHook = (
  result: { success: true } | { success: false; error: ZodError; target: string },
  _c: Context,
) => {
  if (result.success) return;
  const issues = issuesOf(result.error);
  const first = issues[0];
  const where = WHERE[result.target] ?? result.target;
  throw badRequest(
    first
      ? `The request ${where} is not right: ${first.path === '(whole value)' ? '' : `${first.path}: `}${first.message}`
      : `The request ${where} is not right`,
    issues,
  );
};
