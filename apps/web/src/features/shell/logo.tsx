/** An open book with a speech bubble: library content that travels over social media. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#e6f4f1" />
      <path d="M6 10c3-1.5 6.5-1.5 10 .8V24c-3.5-2.3-7-2.3-10-.8z" fill="#0e6e6a" />
      <path d="M26 10c-3-1.5-6.5-1.5-10 .8V24c3.5-2.3 7-2.3 10-.8z" fill="#145a86" />
      <circle cx="24" cy="8" r="4" fill="#f2b33d" />
    </svg>
  );
}
