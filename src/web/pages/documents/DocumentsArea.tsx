import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { useI18n, useTitle } from '../../i18n.ts';

/** Everything under /namnd/:code/handlingar; the area owns its own nested routes. */
export function DocumentsArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<DocumentList actor={actor} />} />
    </Routes>
  );
}

function DocumentList(_props: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.documents.title);
  return <h1>{t.documents.title}</h1>;
}
