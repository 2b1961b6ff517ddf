// Every regular expression in src/ is checked by recheck (ReDoS analysis): none may backtrack badly.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'generated' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

const found: [string, string, string][] = [];
for (const file of files(join(root, 'src'))) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push([relative(root, file), text.slice(1, end), text.slice(end + 1)]);
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push([relative(root, file), node.arguments[0].text, node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : '']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

describe('regular expressions in src/', () => {
  test('there are some to check', () => expect(found.length).toBeGreaterThan(10));
  test.each(found)('%s: /%s/%s is safe', async (_file, pattern, flags) => {
    const result = await check(pattern, flags, { timeout: 10_000 });
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });
});
