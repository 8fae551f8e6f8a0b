import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty, ErrorNotice, Loading, PartialNotice } from '../components/States';
import { useTitle } from '../lib/useTitle';
import { DEFAULT_QUARTER } from '../lib/quarter';

const CompaniesQuery = graphql(`
  query Companies($search: String, $page: PageInput) {
    companies(search: $search, page: $page) {
      totalItems
      items { cik name ticker exchange }
    }
  }
`);

export function HomePage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  useTitle(search ? `Companies matching “${search}”` : 'Companies');
  const digits = /^\d{1,10}$/.test(search.trim());
  const [{ data, fetching, error }] = useQuery({
    query: CompaniesQuery,
    variables: { search: search && !digits ? search : null, page: { page: 0, size: 50 } },
  });
  const companies = data?.companies?.items?.filter((c) => c != null) ?? [];
  return (
    <section>
      <h1>Companies</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get('search')?.toString().trim() ?? '';
          setParams(value ? { search: value } : {});
        }}
      >
        <label htmlFor="company-search">Name, ticker or CIK</label>
        <input id="company-search" name="search" type="search" defaultValue={search} key={search} />
        <button type="submit">Find</button>
      </form>
      {digits ? (
        <p>
          CIK {search}: <Link to={`/companies/${search.trim()}`}>open the company</Link>
        </p>
      ) : null}
      <PartialNotice error={error} />
      {fetching && !data ? <Loading what="companies" /> : null}
      {error && !data ? <ErrorNotice error={error} what="companies" /> : null}
      {data && companies.length === 0 && !digits ? <Empty>No company matches “{search}”.</Empty> : null}
      {companies.length > 0 ? (
        <ul className="cards">
          {companies.map((c) => (
            <li key={c.cik} className="card">
              <Link to={`/companies/${c.cik}`} className="card-title">{c.name}</Link>
              <div className="muted">
                {c.ticker ?? 'no ticker'} · {c.exchange ?? 'exchange unknown'} · CIK {c.cik}
              </div>
              <Link to={`/companies/${c.cik}/committee-trades?quarter=${DEFAULT_QUARTER}`}>Committee members’ trades</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {data?.companies && data.companies.totalItems > companies.length ? (
        <p className="muted">Showing {companies.length} of {data.companies.totalItems}; narrow the search to see others.</p>
      ) : null}
    </section>
  );
}
