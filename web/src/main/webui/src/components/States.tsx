import type { CombinedError } from 'urql';
import { missingServices } from '../lib/api';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** A failure with nothing to show. */
export function ErrorNotice({ error, what }: { error: CombinedError; what: string }) {
  const message = error.networkError
    ? 'The platform could not be reached. Check your connection and reload the page.'
    : error.graphQLErrors.map((e) => e.message).join('; ');
  return (
    <div className="state error" role="alert">
      <strong>Could not load {what}.</strong> {message}
    </div>
  );
}

/** Some data came back, some did not: say which service is missing and what that leaves out. */
export function PartialNotice({ error }: { error: CombinedError | undefined }) {
  const services = missingServices(error);
  if (services.length === 0) return null;
  return (
    <div className="state partial" role="alert">
      <strong>Some data is missing.</strong> {services.join(', ')} did not answer: what depends on{' '}
      {services.length === 1 ? 'it' : 'them'} is not shown below. Everything else is current.
    </div>
  );
}
