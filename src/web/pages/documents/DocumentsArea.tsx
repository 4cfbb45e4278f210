import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { DocumentListPage } from './DocumentListPage.tsx';
import { DocumentPage } from './DocumentPage.tsx';
import { ComparePage } from './ComparePage.tsx';
import './documents.css';

/** Everything under /namnd/:code/handlingar; the area owns its own nested routes. */
export function DocumentsArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<DocumentListPage actor={actor} />} />
      <Route path=":id" element={<DocumentPage actor={actor} />} />
      <Route path=":id/jamfor/:other" element={<ComparePage />} />
      <Route path="*" element={<DocumentsNotFound />} />
    </Routes>
  );
}

function DocumentsNotFound() {
  const { t } = useI18n();
  useTitle(t.notFoundTitle);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
    </>
  );
}
