import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { AuthProvider } from './features/auth/auth-context';
import { ApiProvider } from './lib/api-context';
import { createGraphQLClient } from './lib/graphql-client';
import { I18nProvider } from './lib/i18n/i18n';
import { createSessionStore } from './lib/session-store';
import './styles.css';

const store = createSessionStore();
const api = { store, client: createGraphQLClient({ store }) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApiProvider api={api}>
        <AuthProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </ApiProvider>
    </I18nProvider>
  </StrictMode>,
);
