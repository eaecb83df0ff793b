/**
 * The layering of src/lib, read from the import statements: the shared words ($lib/vocabulary)
 * and grammar ($lib/grammar) import nothing, ice/ never imports sdp/ (sdp/ explains candidate
 * lines with ice/'s grammar, not the other way round), and no two folders import each other,
 * directly or around a longer loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve('src/lib');

/** Every import, export-from and dynamic import specifier in a source text. */
function specifiers(source: string): string[] {
	const found: string[] = [];
	const pattern =
		/\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]|@typedef\s+\{import\(['"]([^'"]+)['"]\)/g;
	for (const match of source.matchAll(pattern)) {
		const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
		if (specifier) found.push(specifier);
	}
	return found;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [full] : [];
	});
}

/** The top-level part of src/lib a file belongs to: a folder name, or a file name at the top. */
function layerOf(file: string): string | null {
	const relative = path.relative(LIB, file);
	if (relative.startsWith('..')) return null;
	return relative.split(path.sep)[0]!.replace(/\.(ts|js)$/, '');
}

/** Which file of src/lib a specifier points at (without checking it exists), or null. */
function resolveSpecifier(from: string, specifier: string): string | null {
	if (specifier === '$lib') return LIB;
	if (specifier.startsWith('$lib/')) return path.join(LIB, specifier.slice(5));
	if (specifier.startsWith('.')) return path.resolve(path.dirname(from), specifier);
	return null;
}

type Graph = Map<string, Map<string, string[]>>;

/** Layer -> layer it imports -> the files and specifiers that do. */
function layerGraph(files: readonly string[]): Graph {
	const graph: Graph = new Map();
	for (const file of files) {
		const from = layerOf(file);
		if (!from) continue;
		for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
			const target = resolveSpecifier(file, specifier);
			const to = target === null ? null : layerOf(target);
			if (!to || to === from) continue;
			const edges = graph.get(from) ?? new Map<string, string[]>();
			graph.set(from, edges);
			const where = edges.get(to) ?? [];
			edges.set(to, where);
			where.push(`${path.relative(LIB, file)} imports ${specifier}`);
		}
	}
	return graph;
}

/** One loop in the graph (its layers, the first repeated at the end), or null. */
function findCycle(graph: Graph): string[] | null {
	const done = new Set<string>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const visit = (node: string): string[] | null => {
		if (onStack.has(node)) return [...stack.slice(stack.indexOf(node)), node];
		if (done.has(node)) return null;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node)?.keys() ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		stack.pop();
		onStack.delete(node);
		done.add(node);
		return null;
	};
	for (const node of [...graph.keys()].sort()) {
		const cycle = visit(node);
		if (cycle) return cycle;
	}
	return null;
}

function describeCycle(graph: Graph, cycle: string[]): string {
	return cycle
		.slice(1)
		.map((to, i) => `${cycle[i]} -> ${to} (${graph.get(cycle[i]!)?.get(to)?.[0]})`)
		.join('\n');
}

const files = sourceFiles(LIB);
const graph = layerGraph(files);

describe('the layers of src/lib', () => {
	it('reads the imports it checks (the scanner finds real edges)', () => {
		expect(graph.get('sdp')?.has('ice')).toBe(true);
		expect(graph.get('webrtc')?.has('vocabulary')).toBe(true);
		expect(graph.get('server')?.has('signaling')).toBe(true);
	});

	it('finds a loop when there is one', () => {
		const loop: Graph = new Map([
			['sdp', new Map([['grammar', ['x']]])],
			['ice', new Map([['sdp', ['a']]])],
			['stats', new Map([['ice', ['b']]])],
			['grammar', new Map([['stats', ['c']]])]
		]);
		expect(findCycle(loop)).toEqual(['grammar', 'stats', 'ice', 'sdp', 'grammar']);
		loop.get('grammar')!.clear();
		expect(findCycle(loop)).toBeNull();
	});

	it('the shared vocabulary and grammar import nothing', () => {
		for (const file of ['vocabulary.js', 'grammar.ts'])
			expect(specifiers(readFileSync(path.join(LIB, file), 'utf8')), file).toEqual([]);
	});

	it('ice/ does not import sdp/', () => {
		expect(graph.get('ice')?.get('sdp') ?? []).toEqual([]);
	});

	it('no two folders import each other, directly or around a loop', () => {
		const cycle = findCycle(graph);
		expect(cycle && describeCycle(graph, cycle)).toBeNull();
	});
});
