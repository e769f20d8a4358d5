import './i18n';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { PortalApp } from './PortalApp';

const root = document.getElementById('root');
if (!root) throw new Error('portal.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <PortalApp />
    </BrowserRouter>
  </StrictMode>,
);
