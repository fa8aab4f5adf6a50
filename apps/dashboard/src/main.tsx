// Base styles first, so each feature's stylesheet can build on them.
import './styles/theme.css';
import './styles/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { applyTheme, readTheme } from './ui/theme';

// Before the first render, so a chosen theme never flashes the other one.
applyTheme(readTheme());

const container = document.getElementById('root');
if (!container) throw new Error('Vigil: #root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
