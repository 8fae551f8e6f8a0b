import { Link } from 'react-router';
import { useTitle } from '../lib/useTitle';

export function NotFoundPage() {
  useTitle('Not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to="/">Find a company</Link> or open the <Link to="/trades">trade screener</Link>.</p>
    </section>
  );
}
