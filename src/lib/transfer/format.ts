/** Bytes as people read them, in binary units (a 5 MiB file shows as 5.0 MiB). */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KiB', 'MiB', 'GiB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * C0 and C1 control characters, and the Unicode bidirectional controls (the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E, U+200F, U+061C):
 * an override makes `report<U+202E>fdp.exe` read as `reportexe.pdf` (Trojan Source, CVE-2021-42574).
 */
const UNSAFE_NAME_CHARACTERS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name from the other device, as shown and as suggested for saving: control and bidi
 * characters removed, path separators made harmless, never empty.
 */
export function safeFileName(name: string): string {
	const cleaned = name.replace(UNSAFE_NAME_CHARACTERS, '').replace(/[/\\]/g, '_').trim();
	return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}
