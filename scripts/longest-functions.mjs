#!/usr/bin/env node
// The longest functions of the extension's and CLI's code, by their own lines as Prettier lays them
// out (a nested function's lines count for it, not for the function around it), and their branching (if / ?: / && / || / case): long branchy functions are the house style's smell.
//   node scripts/longest-functions.mjs [--top N] [DIR...]   (default: utils components entrypoints cli)
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? +args[topAt + 1] : 15;
const dirs = args.filter((a, i) => !a.startsWith('--') && i !== topAt + 1);
const roots = dirs.length ? dirs : ['utils', 'components', 'entrypoints', 'cli'];

const files = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return files(p);
        return /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name) ? [p] : [];
      })
    : [];

const BRANCHES = new Set([
  ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.ConditionalExpression,
  ts.SyntaxKind.CaseClause,
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
]);

const rows = [];
for (const file of roots.flatMap(files)) {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node, name) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      let branches = 0;
      let nested = 0;
      const span = (n) =>
        src.getLineAndCharacterOfPosition(n.getEnd()).line - src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      const count = (n) => {
        if (n !== node && ts.isFunctionLike(n)) {
          nested += span(n); // nested functions are counted on their own
          return;
        }
        if (BRANCHES.has(n.kind)) branches++;
        ts.forEachChild(n, count);
      };
      count(node);
      const own = node.name?.getText(src) ?? name ?? '(anonymous)';
      rows.push({
        where: `${file}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        name: own,
        lines: span(node) - nested,
        branches,
      });
    }
    const childName =
      ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) ? node.name.getText(src) : undefined;
    ts.forEachChild(node, (c) => visit(c, childName));
  };
  visit(src);
}
rows.sort((a, b) => b.lines - a.lines);
console.log(`${rows.length} functions; the ${top} longest (lines, branches):`);
for (const r of rows.slice(0, top))
  console.log(`${String(r.lines).padStart(5)} ${String(r.branches).padStart(4)}  ${r.name}  ${r.where}`);
const over = (n) => rows.filter((r) => r.lines > n).length;
console.log(`over 40 lines: ${over(40)}, over 60: ${over(60)}, over 100: ${over(100)}`);
