/**
 * Stands in for the SDK's default credential chain inside the Lambda bundles (infra/bundling swaps it
 * in). Lambda always hands a function its role's credentials in these variables, so the chain's other
 * links (SSO, profiles, container and instance metadata, with their nested STS and SSO clients: about
 * 120 KB minified) would never run there.
 */
interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const defaultProvider = () => async (): Promise<Credentials> => {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      'No AWS credentials in the environment: this bundle is meant to run in Lambda, which provides them.',
    );
  }
  const sessionToken = process.env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
};
