import type { ReactNode } from 'react';
import type { Column } from '../../components/CaptionedTable.tsx';

/** Headings of right-aligned columns of figures, in order. */
export const figureColumns = (...labels: ReactNode[]): Column[] => labels.map((label) => ({ label, num: true }));
