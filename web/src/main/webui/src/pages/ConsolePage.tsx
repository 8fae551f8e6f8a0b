import { useEffect, useState } from 'react';
import { sessionFetch } from '../lib/api';
import { useTitle } from '../lib/useTitle';

const EXAMPLE = `{
  committeeMemberTrades(company: "1107843", quarter: "2024-Q3") {
    company { name ticker }
    totals { transactions shares value weightedAveragePrice planValueShare }
    committees { name members { person { fullName } transactions { transactionDate code shares pricePerShare value } } }
  }
}`;

/**
 * The GraphQL console for power users, behind the same login: queries go through /api/graphql with the session, so
 * no token is pasted. The schema is the gateway's published one.
 */
export default function ConsolePage() {
  useTitle('GraphQL console');
  const [query, setQuery] = useState(EXAMPLE);
  const [variables, setVariables] = useState('{}');
  const [answer, setAnswer] = useState('');
  const [schema, setSchema] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    sessionFetch('/api/schema.graphql').then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status))))).then(setSchema, () => setSchema(null));
  }, []);
  async function run() {
    let parsed: unknown;
    try {
      parsed = variables.trim() ? JSON.parse(variables) : {};
    } catch (e) {
      setAnswer(`The variables are not JSON: ${(e as Error).message}`);
      return;
    }
    setRunning(true);
    try {
      const response = await sessionFetch('/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables: parsed }) });
      const text = await response.text();
      try {
        setAnswer(JSON.stringify(JSON.parse(text), null, 2));
      } catch {
        setAnswer(text);
      }
    } finally {
      setRunning(false);
    }
  }
  return (
    <article className="console">
      <h1>GraphQL console</h1>
      <p className="muted">Queries run as you, through the gateway. Ctrl+Enter runs the query.</p>
      <div className="console-grid">
        <div>
          <label htmlFor="console-query">Query</label>
          <textarea id="console-query" value={query} spellCheck={false} rows={16} onChange={(e) => setQuery(e.target.value)}
                    onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } }} />
          <label htmlFor="console-variables">Variables (JSON)</label>
          <textarea id="console-variables" value={variables} spellCheck={false} rows={4} onChange={(e) => setVariables(e.target.value)} />
          <button type="button" onClick={run} disabled={running}>{running ? 'Running…' : 'Run'}</button>
        </div>
        <div>
          <label htmlFor="console-answer">Answer</label>
          <output id="console-answer" aria-live="polite"><pre data-testid="console-answer" tabIndex={0}>{answer}</pre></output>
        </div>
      </div>
      <details>
        <summary>Schema</summary>
        {schema ? <pre className="schema" tabIndex={0}>{schema}</pre> : <p className="muted">The schema could not be read.</p>}
      </details>
    </article>
  );
}
