import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { client } from './lib/api';
import { Layout } from './components/Layout';
import { Loading } from './components/States';
import { HomePage } from './pages/HomePage';
import { CompanyPage } from './pages/CompanyPage';
import { CommitteeTradesPage } from './pages/CommitteeTradesPage';
import { PersonPage } from './pages/PersonPage';
import { TradesPage } from './pages/TradesPage';
import { FilingPage } from './pages/FilingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import './styles.css';

// the console is for power users: its code loads only when it is opened
const ConsolePage = lazy(() => import('./pages/ConsolePage'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="companies/:cik" element={<CompanyPage />} />
            <Route path="companies/:cik/committee-trades" element={<CommitteeTradesPage />} />
            <Route path="people/:id" element={<PersonPage />} />
            <Route path="trades" element={<TradesPage />} />
            <Route path="filings/:accession" element={<FilingPage />} />
            <Route path="console" element={<Suspense fallback={<Loading what="the console" />}><ConsolePage /></Suspense>} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
