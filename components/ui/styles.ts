// Class names shared by form controls and buttons, so pages stay consistent.
export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100 aria-[invalid=true]:border-red-500";

const buttonBase =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition focus:outline-none focus:ring-2 focus:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-60";

export const buttonClass = {
  primary: `${buttonBase} bg-brand-600 text-white hover:bg-brand-700 focus:ring-brand-600`,
  secondary: `${buttonBase} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 focus:ring-slate-400`,
  danger: `${buttonBase} bg-red-600 text-white hover:bg-red-700 focus:ring-red-600`,
  link: "text-sm font-medium text-brand-700 hover:underline",
} as const;
