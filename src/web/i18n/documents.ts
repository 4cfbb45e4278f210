/** Strings of the document pages; the English dictionary has the same keys. */
export const documentsSv = {
  navTitle: 'Handlingar',
  title: 'Handlingar',
};
export type DocumentsDict = typeof documentsSv;
export const documentsEn: DocumentsDict = {
  navTitle: 'Documents',
  title: 'Documents',
};
