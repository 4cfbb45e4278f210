import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RenderBlock, RenderModel } from '../model.ts';
import { Blocks, DocumentHtml } from './DocumentHtml.tsx';

/** A whole page as static markup; React writes no doctype, so it goes in front. */
export const renderPage = (page: ReactElement): string => `<!doctype html>\n${renderToStaticMarkup(page)}\n`;

/** A section's blocks as an HTML fragment, for the editor's live preview. */
export const renderBlocksHtml = (blocks: RenderBlock[]): string => renderToStaticMarkup(createElement(Blocks, { blocks }));

/**
 * The document as one self-contained, accessible HTML page: for the screen, for publishing and
 * for Chromium to print. Deterministic: the same render model gives the same bytes.
 */
export const renderHtml = (model: RenderModel): string => renderPage(createElement(DocumentHtml, { model }));
