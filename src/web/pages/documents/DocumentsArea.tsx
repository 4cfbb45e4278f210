import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { DocumentListPage } from './DocumentListPage.tsx';
import { DocumentPage } from './DocumentPage.tsx';
import { ComparePage } from './ComparePage.tsx';
import './documents.css';
import { NotFound } from '../../components/common.tsx';

/** Everything under /namnd/:code/handlingar; the area owns its own nested routes. */
export function DocumentsArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<DocumentListPage actor={actor} />} />
      <Route path=":id" element={<DocumentPage actor={actor} />} />
      <Route path=":id/jamfor/:other" element={<ComparePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
