/**
 * The lab's server module, loaded on first use: if it cannot even be loaded (a broken build, a
 * missing dependency), the page still opens, says why, and offers the recorded runs, instead of
 * every /nat request answering 500.
 */
type LabModule = typeof import('$lib/server/nat/lab.js');

let loading: Promise<LabModule> | null = null;

export async function loadLab(): Promise<
	{ ok: true; lab: LabModule } | { ok: false; detail: string }
> {
	loading ??= import('$lib/server/nat/lab.js');
	try {
		return { ok: true, lab: await loading };
	} catch (error) {
		loading = null;
		return { ok: false, detail: error instanceof Error ? error.message : String(error) };
	}
}
