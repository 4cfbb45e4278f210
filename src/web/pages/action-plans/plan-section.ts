import type { VersionView } from './api.ts';

/** What each section of a plan's pages is given: the version shown, whether the actor may change it, and where a save is announced. */
export interface SectionProps {
  view: VersionView;
  writable: boolean;
  onStatus: (message: string) => void;
}
