import { Typography } from "@mantine/core";
import Markdown, { defaultUrlTransform } from "react-markdown";

const TEL = /^tel:\+?[\d\s()-]+$/i;

/** Phone links are what referral contacts are made of; every other address goes through the safe default. */
function urlTransform(url: string): string {
  return TEL.test(url) ? url : defaultUrlTransform(url);
}

/**
 * An article's body: Markdown rendered by react-markdown, which builds React elements and never inserts
 * raw HTML, so a <script> or an onclick typed into an article stays visible text. Links open in a new tab:
 * an operator in a call must not lose the screen they are on.
 */
export function ArticleBody({ markdown, lang }: { markdown: string; lang: string }) {
  return (
    <Typography lang={lang} style={{ overflowWrap: "anywhere" }}>
      <Markdown
        urlTransform={urlTransform}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
        }}
      >
        {markdown}
      </Markdown>
    </Typography>
  );
}
