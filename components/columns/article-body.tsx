// Renders an article body. TEXT keeps its line breaks; MARKDOWN goes through
// react-markdown without raw HTML (skipHtml, and no rehype-raw), with links
// limited to http(s)/relative and images shown as links, never loaded.
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

import { safeArticleUrl } from "@/lib/columns/safe-url";

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) => {
    const label = `[图片${alt ? `：${alt}` : ""}]`;
    return typeof src === "string" && src ? (
      <a href={src} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
        {label}
      </a>
    ) : (
      <span>{label}</span>
    );
  },
};

const markdownClass = [
  "space-y-3 text-sm leading-7 text-slate-800",
  "[&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-50 [&_pre]:p-3",
  "[&_table]:w-full [&_table]:text-left [&_th]:border-b [&_th]:px-2 [&_th]:py-1 [&_td]:border-b [&_td]:border-slate-100 [&_td]:px-2 [&_td]:py-1",
  "[&_hr]:my-4 [&_strong]:font-semibold",
].join(" ");

export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className={markdownClass}>
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={safeArticleUrl}
        components={components}
      >
        {source}
      </Markdown>
    </div>
  );
}

export function ArticleBody({ format, body }: { format: string; body: string }) {
  return (
    <div data-testid="article-body">
      {format === "MARKDOWN" ? (
        <MarkdownBody source={body} />
      ) : (
        <p className="text-sm leading-7 whitespace-pre-wrap text-slate-800">{body}</p>
      )}
    </div>
  );
}
