import { describe, expect, it } from 'vitest';
import { FileTransfer, type ByteChannel } from '$lib/transfer/fileTransfer';
import {
	CHUNK_BYTES,
	HIGH_WATER_BYTES,
	MAX_FILE_BYTES,
	RECEIVED_MIME,
	chunkCount,
	parseControl,
	sha256Hex,
	throughput,
	type ProtocolError
} from '$lib/transfer/framing';
import { safeFileName } from '$lib/transfer/format';
import { addProtocolError, MAX_PROTOCOL_ERRORS } from '$lib/transfer/protocolErrors';

/**
 * A simulated data channel pair: what one side sends waits in its buffer (bufferedAmount) until
 * the "network" moves it, `rate` bytes per tick, to the other side, firing bufferedamountlow as
 * a browser does when the buffer falls to the threshold.
 */
class SimChannel implements ByteChannel {
	readyState = 'open';
	bufferedAmount = 0;
	bufferedAmountLowThreshold = 0;
	peer: SimChannel | null = null;
	onmessage: (data: string | ArrayBuffer) => void = () => {};
	tamper: ((data: ArrayBuffer) => ArrayBuffer) | null = null;
	readonly #queue: (string | ArrayBuffer)[] = [];
	readonly #listeners = { bufferedamountlow: new Set<() => void>(), close: new Set<() => void>() };

	send(data: string | ArrayBuffer) {
		if (this.readyState !== 'open') throw new Error('InvalidStateError');
		this.#queue.push(data);
		this.bufferedAmount += typeof data === 'string' ? data.length : data.byteLength;
	}
	addEventListener(type: 'bufferedamountlow' | 'close', listener: () => void) {
		this.#listeners[type].add(listener);
	}
	removeEventListener(type: 'bufferedamountlow' | 'close', listener: () => void) {
		this.#listeners[type].delete(listener);
	}
	/** moves up to `rate` bytes of whole messages to the peer */
	tick(rate: number) {
		let moved = 0;
		while (this.#queue.length > 0 && moved < rate) {
			const data = this.#queue.shift()!;
			const size = typeof data === 'string' ? data.length : data.byteLength;
			moved += size;
			const before = this.bufferedAmount;
			this.bufferedAmount -= size;
			if (
				before > this.bufferedAmountLowThreshold &&
				this.bufferedAmount <= this.bufferedAmountLowThreshold
			) {
				for (const l of [...this.#listeners.bufferedamountlow]) l();
			}
			this.peer!.onmessage(typeof data === 'string' || !this.tamper ? data : this.tamper(data));
		}
	}
	close() {
		this.readyState = 'closed';
		for (const l of [...this.#listeners.close]) l();
	}
}

function link() {
	const a = new SimChannel();
	const b = new SimChannel();
	a.peer = b;
	b.peer = a;
	return { a, b };
}

/** Runs the network until `done` settles. */
async function pump(channels: SimChannel[], done: Promise<unknown>, rate = 64 * 1024) {
	let settled = false;
	void done.finally(() => (settled = true));
	for (let i = 0; i < 100_000 && !settled; i++) {
		for (const c of channels) c.tick(rate);
		await new Promise((r) => setImmediate(r));
	}
	for (let i = 0; i < 20; i++) {
		for (const c of channels) c.tick(rate);
		await new Promise((r) => setImmediate(r));
	}
}

/** Keeps the channels flowing until both sides have settled their first transfer (or 10 s). */
async function pumpUntilSettled(channels: SimChannel[], sides: FileTransfer[]) {
	const final = ['verified', 'mismatch', 'failed'];
	const settled = () => sides.every((side) => final.includes(side.transfers[0]?.status ?? ''));
	const deadline = Date.now() + 10_000;
	while (!settled() && Date.now() < deadline) {
		await pump(channels, new Promise((r) => setTimeout(r, 10)));
	}
}

function randomFile(size: number, name = 'report.pdf') {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 2654435761) >>> 24;
	return { bytes, file: new File([bytes], name, { type: 'application/pdf' }) };
}

describe('file transfer framing', () => {
	it('counts chunks and reads only well-formed control frames', () => {
		expect(chunkCount(0)).toBe(0);
		expect(chunkCount(1)).toBe(1);
		expect(chunkCount(CHUNK_BYTES)).toBe(1);
		expect(chunkCount(CHUNK_BYTES + 1)).toBe(2);
		expect(
			parseControl('{"kind":"file-offer","id":"x","name":"a","mime":"","size":3}')
		).toMatchObject({ ok: true });
		expect(
			parseControl('{"kind":"file-offer","id":"x","name":"a","mime":"","size":-3}')
		).toMatchObject({ ok: false, reason: expect.stringContaining('size') });
		expect(parseControl('{"kind":"file-done","id":"x","sha256":"zz"}')).toMatchObject({
			ok: false
		});
		expect(parseControl('{"kind":"launch"}')).toMatchObject({ ok: false });
		expect(parseControl('{')).toEqual({ ok: false, code: 'notJson', reason: 'not JSON' });
	});

	it('computes SHA-256 as the standard says', async () => {
		expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('gives throughput in bytes per second', () => {
		expect(throughput({ bytes: 1000, startedAt: 0, updatedAt: 500 })).toBe(2000);
		expect(throughput({ bytes: 1000, startedAt: 5, updatedAt: 5 })).toBe(0);
	});
});

describe('file transfer over a channel', () => {
	it('sends a file with back-pressure, and the receiver verifies its SHA-256', async () => {
		const { a, b } = link();
		let t = 0;
		const received: Blob[] = [];
		const sender = new FileTransfer(a, { now: () => t++ });
		const receiver = new FileTransfer(b, {
			now: () => t++,
			onReceived: (f) => received.push(f.blob)
		});
		a.onmessage = (d) => void sender.receive(d);
		b.onmessage = (d) => void receiver.receive(d);

		const { bytes, file } = randomFile(5 * 1024 * 1024 + 123);
		const done = sender.send(file);
		await pump([a, b], done);
		const result = await done;
		expect(result).toMatchObject({ status: 'sending', bytes: file.size });
		await pumpUntilSettled([a, b], [sender, receiver]);

		// Never more than the high-water mark (plus the one chunk that crossed it) was buffered.
		expect(sender.maxBuffered).toBeGreaterThan(0);
		expect(sender.maxBuffered).toBeLessThanOrEqual(HIGH_WATER_BYTES);
		const expected = await sha256Hex(bytes);
		expect(receiver.transfers[0]).toMatchObject({
			direction: 'receive',
			name: 'report.pdf',
			size: file.size,
			bytes: file.size,
			status: 'verified',
			sha256: expected,
			receivedSha256: expected
		});
		expect(sender.transfers[0]).toMatchObject({ status: 'verified', receivedSha256: expected });
		// (compared with Buffer.equals: a deep toEqual over 5 MB takes many seconds)
		expect(Buffer.from(await received[0]!.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
	});

	it('reports a mismatch when the bytes were changed on the way, and offers no download', async () => {
		const { a, b } = link();
		a.tamper = (data) => {
			const copy = new Uint8Array(data.slice(0));
			copy[0] = copy[0]! ^ 1;
			return copy.buffer;
		};
		const received: Blob[] = [];
		const sender = new FileTransfer(a);
		const receiver = new FileTransfer(b, { onReceived: (f) => received.push(f.blob) });
		a.onmessage = (d) => void sender.receive(d);
		b.onmessage = (d) => void receiver.receive(d);
		const done = sender.send(randomFile(40_000).file);
		await pump([a, b], done);
		await pumpUntilSettled([a, b], [sender, receiver]);
		expect(receiver.transfers[0]!.status).toBe('mismatch');
		expect(sender.transfers[0]!.status).toBe('mismatch');
		expect(received).toEqual([]);
	});

	it('fails cleanly when the channel closes during a transfer', async () => {
		const { a, b } = link();
		const sender = new FileTransfer(a);
		const receiver = new FileTransfer(b);
		b.onmessage = (d) => void receiver.receive(d);
		const done = sender.send(randomFile(4 * 1024 * 1024).file);
		// Close only once the sender has filled the buffer and waits on it (hashing 4 MB first can
		// take a while on a busy machine; closing before would test a different failure).
		while (a.bufferedAmount === 0) await new Promise((r) => setTimeout(r, 5));
		a.close();
		expect(await done).toMatchObject({
			status: 'failed',
			error: { code: 'channelClosed', params: {} }
		});
	});

	it('treats what the peer sends as untrusted: bad frames are reported, never thrown', async () => {
		const errors: ProtocolError[] = [];
		const { b } = link();
		const receiver = new FileTransfer(b, { onProtocolError: (e) => errors.push(e) });
		await receiver.receive(new ArrayBuffer(10));
		await receiver.receive('{"kind":"file-done","id":"nope","sha256":"' + '0'.repeat(64) + '"}');
		await receiver.receive('not json');
		expect(errors.map((e) => e.code)).toEqual(['unannouncedBinary', 'unknownDone', 'notJson']);
		// A peer that sends more than it announced is cut off.
		await receiver.receive(
			JSON.stringify({
				kind: 'file-offer',
				id: 'f1',
				name: '<img src=x onerror=alert(1)>',
				mime: 'text/html',
				size: 4
			})
		);
		await receiver.receive(new ArrayBuffer(8));
		expect(receiver.transfers[0]).toMatchObject({
			name: '<img src=x onerror=alert(1)>',
			status: 'failed',
			error: { code: 'overflow', params: {} }
		});
	});

	it('reports a short file as failed', async () => {
		const { b } = link();
		const receiver = new FileTransfer(b);
		await receiver.receive(
			JSON.stringify({ kind: 'file-offer', id: 'f1', name: 'a', mime: '', size: 10 })
		);
		await receiver.receive(new ArrayBuffer(4));
		await receiver.receive(JSON.stringify({ kind: 'file-done', id: 'f1', sha256: '0'.repeat(64) }));
		expect(receiver.transfers[0]).toMatchObject({
			status: 'failed',
			error: { code: 'short', params: { bytes: 4, size: 10 } }
		});
	});

	it('saves a received file as plain bytes whatever type the sender claims, under a safe name', async () => {
		const { a, b } = link();
		const received: Blob[] = [];
		const sender = new FileTransfer(a);
		const receiver = new FileTransfer(b, { onReceived: (f) => received.push(f.blob) });
		a.onmessage = (d) => void sender.receive(d);
		b.onmessage = (d) => void receiver.receive(d);
		const html = new File(
			['<script>alert(document.cookie)</script>'],
			'invoice\u202Elmth.pdf\u0007',
			{
				type: 'text/html'
			}
		);
		const done = sender.send(html);
		await pump([a, b], done);
		await pump([a, b], new Promise((r) => setTimeout(r, 50)));
		expect(received).toHaveLength(1);
		expect(received[0]!.type).toBe(RECEIVED_MIME);
		// the claimed type stays, as text to show; the name loses its bidi override and control
		expect(receiver.transfers[0]).toMatchObject({
			mime: 'text/html',
			name: 'invoicelmth.pdf',
			status: 'verified'
		});
	});

	it('does not start a file over the limit, and says why before reading it', async () => {
		const { a } = link();
		const sender = new FileTransfer(a);
		let read = false;
		const huge = {
			name: 'disk.img',
			type: '',
			size: MAX_FILE_BYTES + 1,
			slice: () => ({
				arrayBuffer: async () => {
					read = true;
					return new ArrayBuffer(0);
				}
			}),
			arrayBuffer: async () => {
				read = true;
				return new ArrayBuffer(0);
			}
		};
		const result = await sender.send(huge);
		expect(result).toMatchObject({
			status: 'failed',
			error: { code: 'tooLarge', params: { size: '512.0 MiB', max: '512.0 MiB' } }
		});
		expect(read).toBe(false);
		expect(a.bufferedAmount).toBe(0);
	});

	it('refuses an offer over the limit with file-cancel and drops its chunks quietly', async () => {
		const { a, b } = link();
		const toSender: string[] = [];
		a.onmessage = (d) => typeof d === 'string' && toSender.push(d);
		const errors: ProtocolError[] = [];
		const receiver = new FileTransfer(b, { onProtocolError: (e) => errors.push(e) });
		await receiver.receive(
			JSON.stringify({
				kind: 'file-offer',
				id: 'big',
				name: 'a',
				mime: '',
				size: MAX_FILE_BYTES + 1
			})
		);
		b.tick(1024);
		expect(toSender.map((m) => JSON.parse(m))).toEqual([
			{ kind: 'file-cancel', id: 'big', reason: 'too-large' }
		]);
		// chunks already on their way when the sender hears of it
		for (let i = 0; i < 100; i++) await receiver.receive(new ArrayBuffer(CHUNK_BYTES));
		await receiver.receive(
			JSON.stringify({ kind: 'file-done', id: 'big', sha256: '0'.repeat(64) })
		);
		expect(errors).toEqual([]);
		expect(receiver.transfers[0]).toMatchObject({
			status: 'failed',
			bytes: 0,
			error: { code: 'tooLarge' }
		});
	});

	it('the sender stops when the receiver cancels', async () => {
		const { a, b } = link();
		const sender = new FileTransfer(a);
		let chunks = 0;
		b.onmessage = (d) => {
			if (typeof d !== 'string') chunks++;
			if (chunks === 10)
				b.send(JSON.stringify({ kind: 'file-cancel', id: offerId, reason: 'too-large' }));
		};
		a.onmessage = (d) => void sender.receive(d);
		let offerId = '';
		const { file } = randomFile(4 * 1024 * 1024);
		const done = sender.send(file);
		offerId = sender.transfers[0]!.id;
		await pump([a, b], done, 32 * 1024);
		const result = await done;
		expect(result).toMatchObject({ status: 'failed', error: { code: 'refusedTooLarge' } });
		await pump([a, b], new Promise((r) => setTimeout(r, 20)));
		// 4 MiB is 256 chunks; it stopped within about one buffer's worth of the cancel
		expect(chunks).toBeLessThan(10 + (HIGH_WATER_BYTES * 2) / CHUNK_BYTES);
	});
});

describe('what the page shows of bad input', () => {
	it('counts repeated protocol errors on one line and keeps only the latest few kinds', () => {
		let list = addProtocolError([], { code: 'unannouncedBinary', params: {} }, 1);
		for (let i = 0; i < 2000; i++)
			list = addProtocolError(list, { code: 'unannouncedBinary', params: {} }, i + 2);
		expect(list).toEqual([
			{ id: 1, error: { code: 'unannouncedBinary', params: {} }, count: 2001 }
		]);
		for (let i = 0; i < 20; i++)
			list = addProtocolError(list, { code: 'unknownDone', params: { id: `f${i}` } }, 3000 + i);
		expect(list).toHaveLength(MAX_PROTOCOL_ERRORS);
		expect(list.at(-1)!.error).toEqual({ code: 'unknownDone', params: { id: 'f19' } });
	});

	it('strips control and bidi characters from a file name, and never leaves it empty', () => {
		expect(safeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
		expect(safeFileName('a\u2066b\u2069c\u200Fd\u061Ce')).toBe('abcde');
		expect(safeFileName('line\nbreak\u0000\u009B.txt')).toBe('linebreak.txt');
		expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
		expect(safeFileName('\u202E\u0007 ')).toBe('file');
		expect(safeFileName('사진 📷.jpg')).toBe('사진 📷.jpg');
	});
});
