import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { authKeys } from './query-keys.ts';
import { I18nProvider } from './i18n.ts';
import { App } from './App.tsx';
import { required } from '../core/required.ts';
import './styles/index.css';

// An expired session anywhere sends the user back to the sign-in form.
const signedOutOn401 = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(authKeys.me, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signedOutOn401 }),
  mutationCache: new MutationCache({ onError: signedOutOn401 }),
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
  },
});

createRoot(required(document.getElementById('root'), 'the #root element of index.html')).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
