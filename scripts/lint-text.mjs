// Proofreads the app's Japanese messages with textlint, message by message.
//
// Run it through `scripts/lint-text`, which installs the tools outside the repository first.
// Every message value (and each variant of a select expression) of i18n/ja/*.ftl is written to
// one of two Markdown files, each value in its own paragraph after an HTML comment naming its
// id: sentences (values with 。, ？ or ！) and labels (titles, buttons, answers). Labels are not
// sentences: they are written as list items (which need no closing 。), and the labels file
// turns off the "mixed sentence endings" rule (ja-technical-writing/no-mix-dearu-desumasu) with a
// textlint-disable comment, since a title may end in a plain form and a button in a polite one.
// Everything else uses the repository's .textlintrc.json. Findings are reported by file and
// message id.
//
// Usage: node scripts/lint-text.mjs TOOLS_DIR

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const tools = resolve(process.argv[2] ?? "/tmp/textlint");
const require = createRequire(join(tools, "package.json"));
const { parse } = require("@fluent/syntax");

const repo = resolve(new URL("..", import.meta.url).pathname);
const langDir = join(repo, "i18n", "ja");

/** The texts of a Fluent pattern, one per select variant; a variable becomes \u0000name\u0001. */
function texts(pattern) {
  let outs = [""];
  for (const element of pattern.elements) {
    if (element.type === "TextElement") {
      outs = outs.map((o) => o + element.value);
    } else if (element.expression?.type === "SelectExpression") {
      const variants = element.expression.variants.flatMap((v) => texts(v.value));
      outs = outs.flatMap((o) => variants.map((v) => o + v));
    } else {
      const name = element.expression?.id?.name ?? "value";
      outs = outs.map((o) => o + `\u0000${name}\u0001`);
    }
  }
  return outs.map((o) => o.trim()).filter((o) => o.length > 0);
}

const sentences = [];
const labels = [];
for (const file of readdirSync(langDir).filter((f) => f.endsWith(".ftl")).sort()) {
  const resource = parse(readFileSync(join(langDir, file), "utf8"), { withSpans: false });
  for (const entry of resource.body) {
    if (entry.type !== "Message" && entry.type !== "Term") continue;
    const patterns = [];
    if (entry.value) patterns.push([entry.id.name, entry.value]);
    for (const attribute of entry.attributes ?? []) {
      patterns.push([`${entry.id.name}.${attribute.id.name}`, attribute.value]);
    }
    for (const [id, pattern] of patterns) {
      for (const text of texts(pattern)) {
        // The command-line help keeps its layout: lint it line by line as labels.
        const parts = text.includes("\n") ? text.split("\n").map((l) => l.trim()).filter(Boolean) : [text];
        for (const part of parts) {
          const isSentence = /[。？！]/.test(part);
          (isSentence ? sentences : labels).push({ where: `${file} ${id}`, text: part });
        }
      }
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), "lint-text-"));
const disable = "<!-- textlint-disable ja-technical-writing/no-mix-dearu-desumasu -->";
const files = [
  ["ja-sentences.md", sentences, ""],
  ["ja-labels.md", labels, disable],
];
const owners = new Map();
for (const [name, items, header] of files) {
  const lines = header ? [header, ""] : [];
  const lineOwner = [];
  for (const item of items) {
    lines.push(`<!-- ${item.where} -->`, "");
    lineOwner[lines.length + 1] = item.where;
    // Markdown would read these as markup; they are plain text in the app. A variable becomes
    // inline code, which the rules leave alone (a message may end with a path or a step).
    const text = item.text
      .replace(/([\\*_`#\[\]<>])/g, "\\$1")
      .replace(/\u0000([^\u0001]*)\u0001/g, " `$1` ");
    // A label is an item, not a paragraph: as a list item it needs no closing 。.
    lines.push(header ? `- ${text}` : text, "");
  }
  writeFileSync(join(dir, name), lines.join("\n"));
  owners.set(join(dir, name), lineOwner);
}

const bin = join(tools, "node_modules", ".bin", "textlint");
let output;
try {
  output = execFileSync(
    bin,
    ["--config", join(repo, ".textlintrc.json"), "--rules-base-directory", join(tools, "node_modules"), "-f", "json", ...owners.keys()],
    { cwd: tools, encoding: "utf8", maxBuffer: 1 << 26 },
  );
} catch (error) {
  output = error.stdout;
  if (!output) throw error;
}
let count = 0;
for (const result of JSON.parse(output)) {
  const lineOwner = owners.get(result.filePath) ?? [];
  for (const message of result.messages) {
    count += 1;
    console.log(`${lineOwner[message.line] ?? result.filePath + ":" + message.line}: ${message.message} [${message.ruleId}]`);
  }
}
console.log(`textlint: ${sentences.length} sentences and ${labels.length} labels in i18n/ja, ${count} findings`);
process.exit(count === 0 ? 0 : 1);
