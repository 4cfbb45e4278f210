import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { useI18n, useTitle } from '../../i18n.ts';

/** Everything under /namnd/:code/mal; the area owns its own nested routes. */
export function GoalsArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<GoalTree actor={actor} />} />
    </Routes>
  );
}

function GoalTree(_props: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.goals.title);
  return <h1>{t.goals.title}</h1>;
}
