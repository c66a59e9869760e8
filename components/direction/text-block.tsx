// Multi-line plain text as typed: line breaks kept, never parsed as HTML.
export function TextBlock({ text, empty = "（未填写）" }: { text: string; empty?: string }) {
  if (!text.trim()) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <p className="text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800">{text}</p>
  );
}
