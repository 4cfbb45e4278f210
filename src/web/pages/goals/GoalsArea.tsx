import { Route, Routes } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { GoalTreePage } from './GoalTreePage.tsx';
import { IndicatorPage } from './IndicatorPage.tsx';
import { AssignmentsPage } from './AssignmentsPage.tsx';
import { KoladaPage } from './KoladaPage.tsx';
import { DataPage } from './DataPage.tsx';
import { DecidedPage } from './DecidedPage.tsx';
import { goalsPaths } from './types.ts';
import './goals.css';
import { NotFound } from '../../components/common.tsx';

/** Everything under /namnd/:code/mal; the area owns its own nested routes. */
export function GoalsArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<GoalTreePage actor={actor} />} />
      <Route path="indikator/:id" element={<IndicatorPage actor={actor} />} />
      <Route path={goalsPaths.assignments} element={<AssignmentsPage actor={actor} />} />
      <Route path={goalsPaths.kolada} element={<KoladaPage actor={actor} />} />
      <Route path={goalsPaths.data} element={<DataPage actor={actor} />} />
      <Route path={goalsPaths.decided} element={<DecidedPage actor={actor} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
