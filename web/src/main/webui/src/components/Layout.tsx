import { createContext, useContext, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { fetchMe } from '../lib/api';
import type { Me } from '../lib/api';

const MeContext = createContext<Me | null>(null);

/** The signed-in user; editors see edit controls (the API refuses a reader's edits anyway). */
export function useMe(): Me | null {
  return useContext(MeContext);
}

export function Layout() {
  const [me, setMe] = useState<Me | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const navigate = useNavigate();
  useEffect(() => {
    fetchMe().then(setMe, (e: Error) => setProblem(e.message));
  }, []);
  return (
    <MeContext.Provider value={me}>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <Link to="/" className="brand">Governance</Link>
        <nav aria-label="Main">
          <NavLink to="/" end>Companies</NavLink>
          <NavLink to="/trades">Trade screener</NavLink>
          <NavLink to="/console">GraphQL console</NavLink>
        </nav>
        <form
          role="search"
          className="quick-search"
          onSubmit={(e) => {
            e.preventDefault();
            if (search.trim()) navigate(`/?search=${encodeURIComponent(search.trim())}`);
          }}
        >
          <label htmlFor="quick-search" className="visually-hidden">Find a company by name, ticker or CIK</label>
          <input id="quick-search" type="search" placeholder="Company, ticker or CIK" value={search} onChange={(e) => setSearch(e.target.value)} />
        </form>
        <div className="user">
          {me ? (
            <>
              <span data-testid="user-name">{me.name}</span>
              <span className="badge muted">{me.editor ? 'editor' : 'reader'}</span>
            </>
          ) : null}
          <a href="/logout" className="logout">Sign out</a>
        </div>
      </header>
      {problem ? <div className="state error" role="alert">{problem}</div> : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="bottom">
        Data: SEC EDGAR Forms 3, 4 and 5; boards and committees as recorded on the platform. Illustrative records are marked.
      </footer>
    </MeContext.Provider>
  );
}
