/** Chromium's footer template is a page of its own: no document CSS, so the style is inline. */
const footer = {
  fontSize: '8pt',
  width: '100%',
  padding: '0 18mm',
  display: 'flex',
  justifyContent: 'space-between',
  fontFamily: 'DejaVu Sans,Arial,sans-serif',
  color: '#444',
};

/** The committee and title on the left, the page as "5 (26)" on the right (Chromium fills the two classes). */
export function PdfFooter({ text }: { text: string }) {
  return (
    <div style={footer}>
      <span>{text}</span>
      <span>
        <span className="pageNumber" /> (<span className="totalPages" />)
      </span>
    </div>
  );
}
