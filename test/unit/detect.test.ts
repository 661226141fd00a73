import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';

/** Input-kind detection (issue 16, item 3): what a browser would take for a document, and text quoting markup. */

const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width">${'<link rel="preload" href="/a.css">'.repeat(40)}`;
const BODY = '<body><div class="main"><p>The ferries returned to their usual berths before noon.</p></div></body>';

describe('detectKind', () => {
  it.each([
    ['an XHTML page with an xml prolog and a PUBLIC doctype', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">${BODY}</html>`],
    ['a page opening with <style>', `<style>${'body{margin:0}'.repeat(400)}</style>${BODY}`],
    ['a page opening with <meta> before a long head', `${HEAD}${BODY}`],
    ['a page opening with <script>', `\n\n<script>${'var a = 1;\n'.repeat(500)}</script>${BODY}`],
    ['a page opening with comments, then <meta>', `<!-- Indicators -->\n<!-- build 42 -->\n${HEAD}${BODY}`],
    ['a BOM, then a doctype', `\uFEFF<!doctype html>${BODY}`],
    ['a fragment of block tags', '<div>\n<p>The ferries returned.</p>\n<p>Traders said the closure cost them.</p>\n<ul><li>One</li></ul>\n</div>'],
  ])('%s is html', (_, input) => {
    expect(detectKind(input)).toBe('html');
  });

  it('reads a text scrape that quotes a few tags as text', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `Line ${i} of the tutorial explains how a component renders its markup.`).join('\n');
    const input = `Quick Start\n\n${prose}\nReturn a <button> from the component, wrap it in a <div>, and put a <span> inside.\n${prose}`;
    expect(detectKind(input)).toBe('text');
  });

  it('reads a page of links as markdown even when base64 logos fill its head', () => {
    const logo = `![logo](data:image/svg+xml;base64,${'PHN2ZyB3aWR0aD0iMTkxIi'.repeat(800)})`;
    const input = `[Skip to main content](#main)\n\n[${logo}](/)\n\n[Home](/)\n[News](/news)\n[About](/about)\n\nA paragraph of the article.`;
    expect(detectKind(input)).toBe('markdown');
  });

  it('reads plain text as text', () => {
    expect(detectKind('Menu\nHome\nThe ferries returned to their usual berths before noon.\n© 2026')).toBe('text');
  });
});
