/**
 * The stats views' part of the English catalog (`stats.*`): live charts, "show the math", the raw
 * explorer, the classroom controls, session export and the import page with its error messages.
 * `ko.ts` beside it must have the same keys and placeholders.
 */
export const statsEn = {
	'stats.nav': 'Stats',
	'stats.landing.title': 'Open a recording',
	'stats.landing.text':
		'Open a session you exported, or a chrome://webrtc-internals dump, and browse its timeline, SDPs and stats charts without a live call.',
	'stats.landing.link': 'Open a session or dump',
	'stats.panel.title': 'Live stats (getStats)',
	'stats.panel.intro':
		'Both peers call getStats() at the chosen interval. The charts derive rates from the raw counters; click any point to see how it was computed.',
	'stats.panel.introDevice':
		"This device's peer ({peer}) calls getStats() at the chosen interval; the other device charts its own. The charts derive rates from the raw counters; click any point to see how it was computed.",
	'stats.interval': 'Polling interval',
	'stats.interval.option': '{seconds} s',
	'stats.peer': 'Peer {peer}',
	'stats.view.charts': 'Charts',
	'stats.view.explorer': 'Raw reports',
	'stats.samples': '{count} samples',
	'stats.charts.empty':
		'No samples yet: the charts fill in once getStats() has answered twice (a rate needs two samples).',
	'stats.charts.none': 'None of the reports has members for this chart.',
	'stats.chart.hint':
		'Click a point to show the math. Mouse wheel or drag zooms the time axis, Shift + drag pans; click a legend entry to hide or show its series.',
	'stats.chart.legend': 'Series of {title}: press one to hide or show it',
	'stats.chart.resetZoom': 'Reset zoom',
	'stats.chart.time': 'time (s)',
	'stats.chart.at': 'at {seconds} s',
	'stats.chart.failed': 'The chart could not be drawn: {error}',
	'stats.chart.markers': 'Show event markers',
	'stats.marker.iceRestart': '{peer} ICE restart',
	'stats.marker.track': '{peer} remote {kind} track added',
	'stats.marker.mute': '{peer} remote {kind} muted (no media arriving)',
	'stats.marker.unmute': '{peer} remote {kind} unmuted (media arriving)',
	'stats.marker.ended': '{peer} remote {kind} track ended',
	'stats.chart.label': 'Chart: {title}. {series} series, latest values: {latest}',
	'stats.chart.unreported':
		'This browser does not report {members} in its getStats(), so there is no chart for it: nothing is missing from the call.',
	'stats.chart.bands': 'Shaded spans: the encoder is limited (qualityLimitationReason: {reasons}).',
	'stats.chart.bitrate': 'Bitrate per track',
	'stats.chart.packets': 'Packets per second',
	'stats.chart.loss': 'Packet loss',
	'stats.chart.jitter': 'Jitter',
	'stats.chart.rtt': 'Round-trip time',
	'stats.chart.fps': 'Frames per second',
	'stats.chart.resolution': 'Resolution',
	'stats.chart.framesDropped': 'Frames dropped',
	'stats.chart.jitterBuffer': 'Jitter-buffer delay per emitted frame (video) or sample (audio)',
	'stats.chart.availableBitrate': 'Available outgoing bitrate',
	'stats.chart.audioLevel': 'Audio level',
	'stats.chart.concealed': 'Concealed samples',

	'stats.unit.bps': 'bit/s',
	'stats.unit.pps': 'packets/s',
	'stats.unit.percent': '%',
	'stats.unit.ms': 'ms',
	'stats.unit.fps': 'frames/s',
	'stats.unit.px': 'pixels',
	'stats.unit.count': 'samples/s',
	'stats.unit.level': '0 to 1',
	'stats.unit.text': 'text',

	'stats.metric.bitrateOut': 'sent bitrate',
	'stats.metric.bitrateIn': 'received bitrate',
	'stats.metric.packetsOut': 'packets sent/s',
	'stats.metric.packetsIn': 'packets received/s',
	'stats.metric.packetLoss': 'loss (receiver)',
	'stats.metric.remoteLoss': 'loss (reported by the remote)',
	'stats.metric.jitter': 'jitter',
	'stats.metric.remoteRtt': 'RTT (RTCP, remote-inbound-rtp)',
	'stats.metric.pairRtt': 'RTT (ICE, selected candidate pair)',
	'stats.metric.availableOutgoingBitrate': 'available outgoing bitrate',
	'stats.metric.fpsOut': 'fps sent',
	'stats.metric.fpsIn': 'fps received',
	'stats.metric.widthOut': 'width sent',
	'stats.metric.heightOut': 'height sent',
	'stats.metric.widthIn': 'width received',
	'stats.metric.heightIn': 'height received',
	'stats.metric.framesDropped': 'frames dropped/s',
	'stats.metric.jitterBufferDelay': 'jitter-buffer delay per frame or sample',
	'stats.metric.audioLevel': 'audio level',
	'stats.metric.concealedSamples': 'concealed samples/s',
	'stats.metric.qualityLimitation': 'quality limitation',

	'stats.def.bitrateOut':
		'bytesSent: the total number of RTP payload bytes sent for this SSRC, not counting headers or padding. Retransmitted payload is included (retransmittedBytesSent is the resent part of it), so the rate is what went out on the wire, not only new media (W3C webrtc-stats, RTCSentRtpStreamStats).',
	'stats.def.bitrateIn':
		'bytesReceived: the total number of RTP payload bytes received for this SSRC, not counting headers or padding.',
	'stats.def.packetsOut':
		'packetsSent: the total number of RTP packets sent for this SSRC, retransmissions included.',
	'stats.def.packetsIn': 'packetsReceived: the total number of RTP packets received for this SSRC.',
	'stats.def.packetLoss':
		'packetsLost: packets expected minus packets received (RFC 3550 §6.4.1), so it can be negative when duplicates arrive.',
	'stats.def.remoteLoss':
		'fractionLost: the fraction of packets lost, as last reported by the remote receiver in an RTCP Receiver Report (RFC 3550 §6.4.1).',
	'stats.def.jitter': 'jitter: the packet interarrival jitter in seconds (RFC 3550 §6.4.1).',
	'stats.def.remoteRtt':
		'roundTripTime: the latest round-trip time in seconds, from an RTCP Receiver Report (RFC 3550 §6.4.1).',
	'stats.def.pairRtt':
		'currentRoundTripTime: the latest round-trip time in seconds, measured with STUN connectivity checks on this candidate pair.',
	'stats.def.availableOutgoingBitrate':
		'availableOutgoingBitrate: what the congestion controller estimates can be sent on this candidate pair, in bits per second, for all RTP streams together.',
	'stats.def.fpsOut': 'framesPerSecond: the frames encoded in the last second.',
	'stats.def.fpsIn': 'framesPerSecond: the frames decoded in the last second.',
	'stats.def.widthOut': 'frameWidth: the width of the last encoded frame, in pixels.',
	'stats.def.heightOut': 'frameHeight: the height of the last encoded frame, in pixels.',
	'stats.def.widthIn': 'frameWidth: the width of the last decoded frame, in pixels.',
	'stats.def.heightIn': 'frameHeight: the height of the last decoded frame, in pixels.',
	'stats.def.framesDropped':
		'framesDropped: the total number of frames dropped before decoding, or dropped because they missed their display deadline (W3C webrtc-stats, RTCInboundRtpStreamStats).',
	'stats.def.jitterBufferDelay':
		'jitterBufferDelay: the sum, in seconds, of the time each video frame or audio sample spent in the jitter buffer until it was emitted; jitterBufferEmittedCount counts them, so for audio the delay is per sample, not per frame (W3C webrtc-stats).',
	'stats.def.audioLevel':
		'audioLevel: the audio level of the received track, from 0 (silence) to 1 (0 dBov), averaged over a short interval.',
	'stats.def.concealedSamples':
		'concealedSamples: the total number of audio samples that were concealed (synthesized) because packets were lost or late.',
	'stats.def.qualityLimitation':
		'qualityLimitationReason: why the encoder lowers resolution or frame rate: none, cpu, bandwidth or other.',

	'stats.math.title': 'Show the math: {metric}',
	'stats.math.pick': 'Click a point on a chart to see the raw samples and the formula behind it.',
	'stats.math.formula': 'Formula',
	'stats.math.samples': 'Raw samples',
	'stats.math.sample': 'sample #{index}',
	'stats.math.timestamp': 'timestamp (ms)',
	'stats.math.result': 'Result',
	'stats.math.definition': 'W3C webrtc-stats',
	'stats.math.specLink': 'Definition in webrtc-stats',
	'stats.math.report': 'Report {id} ({type})',
	'stats.math.worked': '{formula} = {result}',
	'stats.math.close': 'Close',
	'stats.math.kind.rate':
		'A rate: how much a counter grew between two samples, divided by the time between them in seconds (timestamps are in milliseconds).',
	'stats.math.kind.ratio': 'A ratio of how much two counters grew between two samples.',
	'stats.math.kind.lossRatio':
		'Of the packets expected in the interval (lost + received), the share that was lost.',
	'stats.math.kind.value':
		'A gauge: the browser reports the value itself; it is only converted to the unit shown.',
	'stats.math.kind.text': 'A text value, drawn as a shaded band while it is not "none".',
	'stats.math.gap.first': 'No value: a rate needs two samples and this is the first one kept.',
	'stats.math.gap.reset':
		'No value: the counter went down, so the stream was restarted; a negative rate would be wrong.',
	'stats.math.gap.noTime': 'No value: both samples have the same timestamp.',
	'stats.math.gap.missing':
		'No value: a member the formula needs is missing in one of the samples.',
	'stats.math.gap.zeroDenominator':
		'No value: nothing was counted in the interval (division by zero).',

	'stats.metric.raw': 'member',
	'stats.def.raw': 'The member exactly as the browser reported it: nothing is derived.',
	'stats.unit.raw': 'as reported',
	'stats.chart.member': '{member} of {report}',
	'stats.explorer.chart': 'Chart',
	'stats.explorer.chartLabel': 'Chart {member} of {id} over time',
	'stats.explorer.closeChart': 'Close the chart',
	'stats.explorer.title': 'Raw stats explorer',
	'stats.explorer.intro':
		'Every report of the last getStats() call, grouped by type. Values that changed since the previous sample are highlighted; ids (codecId, transportId, localCandidateId, ...) link to the report they name.',
	'stats.explorer.filter': 'Filter by id, type or member',
	'stats.explorer.member': 'member',
	'stats.explorer.value': 'value',
	'stats.explorer.changed': 'changed',
	'stats.explorer.goto': 'Go to report {id}',
	'stats.explorer.count': '{count} reports',
	'stats.explorer.empty': 'No report yet.',

	'stats.controls.title': 'Make the graphs move',
	'stats.controls.intro':
		"Change Peer A's video sender with setParameters, or stop sending a track, and watch the charts react. Each change appears as a marker.",
	'stats.controls.maxBitrate': 'Video maxBitrate',
	'stats.controls.unlimited': 'no limit',
	'stats.controls.scale': 'Video scaleResolutionDownBy',
	'stats.controls.apply': 'Apply setParameters',
	'stats.controls.pause': 'Pause {kind}',
	'stats.controls.resume': 'Resume {kind}',
	'stats.controls.applied': 'Applied: {detail}',
	'stats.controls.failed': '{call} failed: {error}',

	'stats.record.title': 'Record and export',
	'stats.record.intro':
		'Save this session as one JSON file: the event log with every SDP and candidate, and every stats sample of both peers. Open it later on the Stats page.',
	'stats.record.mask': 'Mask IP addresses, ICE ufrag/pwd and DTLS fingerprints',
	'stats.record.export': 'Export session',
	'stats.record.summary': '{entries} log entries, {samples} stats samples so far.',

	'stats.page.title': 'Stats: open a session or a webrtc-internals dump',
	'stats.page.intro':
		'Open a session exported from the walkthrough, or a dump from chrome://webrtc-internals ("Create a WebRTC-Internals dump", gzip or plain JSON), and browse it with the same timeline, SDP inspector and charts, without a live call. The file stays in this browser.',
	'stats.page.drop': 'Drop a file here',
	'stats.page.or': 'or',
	'stats.page.pick': 'Choose a file',
	'stats.page.reading': 'Reading {name}…',
	'stats.page.file': 'File: {name} ({size})',
	'stats.page.kindDump': 'webrtc-internals dump · {browser} · {count} peer connection(s)',
	'stats.page.kindSession': 'Peerscope session recorded {date}',
	'stats.page.masked': 'Addresses, ICE credentials and fingerprints in this file are masked.',
	'stats.page.unknownBrowser': 'browser unknown',
	'stats.page.legacy':
		'This dump uses the older layout (no timestamp series; update-log entries with "time"). Samples are placed 1 s apart, ending at each series\' end time. Legacy goog* stats are shown as raw reports; the derived charts need the standard webrtc-stats members, which recent Chrome dumps have (checked with Chromium 156).',
	'stats.page.problems':
		'{count} part(s) of the file could not be read and were skipped; the rest is shown:',
	'stats.page.connections': 'Peer connections',
	'stats.page.connection': '{key} · {url}',
	'stats.page.showAs': 'Show as Peer {peer}',
	'stats.page.hidden': 'not shown',
	'stats.page.computed':
		'{count} computed series from Chrome ([bracketed] names) are left out: Peerscope derives its own, with the math.',
	'stats.page.timeline': 'Timeline',
	'stats.page.descriptions': 'Descriptions (SDP)',
	'stats.page.descriptionLabel': 'Peer {peer} · {side} {type}',
	'stats.page.side.local': 'local',
	'stats.page.side.remote': 'remote',
	'stats.page.noDescriptions': 'No description in this record.',
	'stats.page.candidates': 'ICE candidates',
	'stats.page.noCandidates': 'No candidate in this record.',
	'stats.page.candidatePeer': 'peer',
	'stats.page.candidateSide': 'how',
	'stats.page.candidateLine': 'candidate line',
	'stats.page.candidateAddress': 'transport, address:port',
	'stats.page.candidatePriority': 'priority (type/local/component, RFC 8445 §5.1.2)',
	'stats.page.priorityParts':
		'type preference {type}, local preference {local}, component {component}',
	'stats.page.candidateUnparsed': 'not a candidate line the RFC 8839 grammar accepts',
	'stats.page.gathered': 'gathered (onicecandidate)',
	'stats.page.added': 'added (addIceCandidate)',
	'stats.page.charts': 'Charts',
	'stats.page.another': 'Open another file',

	'stats.problem.malformedValues': 'a series whose values are not a JSON array',
	'stats.problem.badStatsKey': 'a stats key that is not "<id>-<member>"',
	'stats.problem.badTimestamps':
		'a timestamp series that does not match its values (1 s spacing assumed)',
	'stats.problem.malformedEntry':
		'an update-log entry or connection that is not an object with a type',
	'stats.problem.lengthMismatch': 'a series longer than its timestamps',

	'stats.error.title': 'This file cannot be opened',
	'stats.error.empty': 'The file is empty.',
	'stats.error.tooLarge':
		'The file is too large ({sizeMb} MB; the limit is {limitMb} MB). A webrtc-internals dump of any size opens by keeping the last samples of each series, but this one holds more than the limit even so, or it is a session, which is read whole. rtcstats dumps are read line by line and have no such limit.',
	'stats.error.gzipCorrupt':
		'The file starts like gzip but cannot be decompressed: it is damaged or was cut off while downloading. Download the dump again, or save it with "Compress result" unchecked.',
	'stats.error.notText':
		'The file is not text (not UTF-8) and not gzip, so it is neither a dump nor a session.',
	'stats.error.notJson':
		'The file is not JSON. A webrtc-internals dump and a Peerscope session are JSON files (a dump may be gzip-compressed).',
	'stats.error.truncatedJson':
		'The JSON ends in the middle of a value: the file is incomplete (cut off after {length} characters). Download or export it again.',
	'stats.error.notDump':
		'This JSON is not a webrtc-internals dump (no "PeerConnections" object) nor a Peerscope session. Its top level has: {found}.',
	'stats.error.noPeerConnections':
		'This dump has no peer connection. Chrome drops a connection from the dump once its page closes it: create the dump while the call is still up.',
	'stats.error.unsupportedVersion':
		'This session file has format version {version}; this Peerscope reads version {supported}. Open it with a newer Peerscope.',
	'stats.error.badSession': 'This Peerscope session file is damaged at {path}: {message}.',
	'stats.error.unreadable': 'The browser could not read the file: {error}',
	'stats.error.notRtcstats':
		'This file is JSON lines, but not a format Peerscope knows: line {line} holds {found}. Peerscope reads rtcstats dumps (a first line "RTCStatsDump", or lines like ["setLocalDescription", "PC_0", {…}, time]), webrtc-internals dumps and Peerscope sessions.',
	'stats.error.badMagic':
		'The first line is "{found}", not "{magic}": this is not an rtcstats dump of a version Peerscope reads (file format 3).',
	'stats.error.badMetadata':
		'After the "RTCStatsDump" line an rtcstats dump has a JSON object of metadata (with "fileFormat"); this file has {found}.',
	'stats.error.noRtcstatsConnections':
		'This rtcstats file has no peer connection: its {lines} lines hold {media} getUserMedia or media-track calls and nothing else, as when a page captured the camera but never created an RTCPeerConnection. Record the trace during a call.',
	'stats.error.cancelled': 'Reading was cancelled; nothing of this file is shown.',

	'stats.problem.truncatedLine':
		'the last line stops in the middle (the file was cut off); everything before it is shown',
	'stats.problem.malformedLine': 'a line that is not a JSON array (skipped)',
	'stats.problem.unknownMethod': 'a method code that is not in the rtcstats table (skipped)',
	'stats.problem.deltaWithoutBase':
		'a getStats delta for a report that was never sent whole before (skipped)',
	'stats.problem.descriptionWithoutBase':
		'a compressed SDP ("m=" for an unchanged section) whose earlier description is missing (kept as written)',
	'stats.problem.eventsDropped':
		'more log entries than are kept for one connection (20,000); the rest were counted, not kept',

	'stats.page.kindRtcstats':
		'rtcstats dump ({generation}) · {browser} · {count} peer connection(s)',
	'stats.page.generation.rtcstats-dump': 'file format {format}',
	'stats.page.generation.protocol-3': 'protocol 3 records',
	'stats.page.statsShape.full': 'getStats as full reports, as Chrome writes it',
	'stats.page.statsShape.v3': 'getStats as deltas (rtcstats.js protocol 3)',
	'stats.page.statsShape.v5': 'getStats as compressed deltas (current rtcstats.js)',
	'stats.page.rtcstatsKept':
		'A long recording: the charts keep the last {capacity} samples of each series; {results} getStats results were read.',
	'stats.page.progress': 'Read {read} of {size}',
	'stats.page.cancel': 'Cancel',

	'stats.diag.title': 'Diagnosis',
	'stats.diag.intro':
		'What happened in this call and what went wrong, read from its log, stats and SDP. Each finding shows what it rests on: click to see it in the timeline, the chart or the SDP.',
	'stats.diag.pending': 'Diagnosing the recording…',
	'stats.diag.none': 'Nothing to report yet.',
	'stats.diag.severity.problem': 'problem',
	'stats.diag.severity.warning': 'warning',
	'stats.diag.severity.info': 'fact',
	'stats.diag.peer': 'Peer {peer}',
	'stats.diag.action': 'What to do:',
	'stats.diag.threshold': 'Threshold: {value} {unit} ({source})',
	'stats.diag.evidence': 'Evidence',
	'stats.diag.evidence.log': 'log #{id} {name} at {t}',
	'stats.diag.evidence.chart': '{metric} chart, {from}–{to}: {value}',
	'stats.diag.evidence.sdp': 'SDP line {line}: {text}',
	'stats.diag.selectedPair.title': 'Connected over {local} ↔ {remote} candidates, {protocol}',
	'stats.diag.selectedPair.action':
		'Relay or TCP costs latency and server capacity: when it is relay, check whether the peers are behind symmetric NATs or a firewall that blocks UDP; host or srflx over UDP is the direct path.',
	'stats.diag.pairChanged.title': 'The selected candidate pair changed {count} time(s), at {times}',
	'stats.diag.pairChanged.action':
		'A change follows an ICE restart or a network change (Wi-Fi to cellular, a VPN); media may stall while the new pair is nominated. Check the log just before each change.',
	'stats.diag.iceRestart.title': 'ICE restarted {count} time(s), at {times}',
	'stats.diag.iceRestart.action':
		'An ICE restart gathers new candidates and renegotiates; frequent restarts point at unstable networks or an application restarting on every disconnected state.',
	'stats.diag.disconnected.title':
		'ICE disconnected {count} time(s); the longest outage lasted {longest} s ({recovered} recovered)',
	'stats.diag.disconnected.action':
		'Consent checks failed (RFC 7675): the path lost packets for seconds. Look at loss and RTT around the outage; if it does not recover, restart ICE (restartIce()).',
	'stats.diag.neverConnected.title': 'The connection failed without ever connecting',
	'stats.diag.neverConnected.action':
		'No candidate pair succeeded: check the candidates (is there a relay candidate?), the TURN credentials and whether UDP is blocked.',
	'stats.diag.timeToConnected.title': 'Connected {ms} ms after the first description was set',
	'stats.diag.timeToConnected.action':
		'Seconds here mean connectivity checks retransmitting, candidates arriving late (trickle) or a distant relay.',
	'stats.diag.highRtt.title':
		'Round-trip time above {limit} for {seconds} s on {stream} (peak {peak})',
	'stats.diag.highRtt.action':
		'Conversation suffers above this delay. Check whether the path is relayed far away, or whether queues (bufferbloat) grow with the bitrate.',
	'stats.diag.highJitter.title': 'Jitter above {limit} for {seconds} s on {stream} (peak {peak})',
	'stats.diag.highJitter.action':
		'Variable delay makes the jitter buffer grow (more latency) or conceal. Look for a congested or wireless link; lowering the bitrate can help.',
	'stats.diag.highLoss.title':
		'Packet loss above {limit} for {seconds} s on {stream} (peak {peak})',
	'stats.diag.highLoss.action':
		'Sustained loss degrades audio and freezes video. Check whether the sender exceeds the available bandwidth and whether NACK/FEC are negotiated.',
	'stats.diag.qualityLimited.title':
		'Video limited: {bandwidth} s by bandwidth, {cpu} s by CPU on {stream}',
	'stats.diag.qualityLimited.action':
		'Bandwidth: the encoder lowered quality to fit the estimate (check maxBitrate and the network). CPU: the machine could not encode fast enough (lower the resolution, use a hardware codec).',
	'stats.diag.resolutionDrop.title':
		'Resolution dropped to {lowest} px high (best {best}) for {seconds} s on {stream}',
	'stats.diag.resolutionDrop.action':
		'The sender scaled down, usually for bandwidth or CPU: see the quality limitation of the sending side at the same time.',
	'stats.diag.fpsDrop.title':
		'Frame rate dropped to {lowest} fps (best {best}) for {seconds} s on {stream}',
	'stats.diag.fpsDrop.action':
		'Fewer frames come from the encoder (CPU, bandwidth) or arrive (loss): compare the sender’s fps with the receiver’s.',
	'stats.diag.freezes.title': 'Video froze {count} time(s), {seconds} s in total, on {stream}',
	'stats.diag.freezes.action':
		'A freeze is a frame arriving far later than usual: packets were lost or late, or a key frame was awaited. Check loss and bitrate at those times.',
	'stats.diag.framesDropped.title':
		'{count} frames dropped ({share} % of those received) on {stream}',
	'stats.diag.framesDropped.action':
		'Frames were received but not decoded in time: the receiving machine is overloaded or the decoder fell behind.',
	'stats.diag.concealment.title': '{share} % of the audio samples were concealed on {stream}',
	'stats.diag.concealment.action':
		'The receiver filled gaps with synthesized audio because packets were lost or late: check loss and jitter.',
	'stats.diag.noMedia.title':
		'No media for {seconds} s on {stream} ({member} did not increase) while connected',
	'stats.diag.noMedia.action':
		'The connection was up but nothing flowed: a track paused or replaced by null, a muted or ended source, or an inactive direction in the SDP.',
	'stats.diag.rejectedSection.title':
		'The {side} answer rejected the {kind} m-section (mid {mid}, port 0)',
	'stats.diag.rejectedSection.action':
		'RFC 3264 §6: port 0 in an answer rejects the stream. The answerer had no codec or transceiver for it: compare the offer’s codecs with what the answerer supports.',
	'stats.diag.codecMismatch.title':
		'The answer’s {kind} codecs ({answered}) share none with the offer ({offered})',
	'stats.diag.codecMismatch.action':
		'An answer may only use offered codecs (RFC 3264 §6.1): the SDP was changed by hand or by a proxy. Fix the munging or setCodecPreferences().',
	'stats.diag.turnError.title': 'ICE server error {code} ({kind}) from {url}, {count} time(s)',
	'stats.diag.turnError.action':
		'401: wrong or expired TURN credentials; 701: the server could not be reached from any host candidate (wrong address, port or a firewall). See the ICE lab for every code.'
} as const;

export type StatsMessageKey = keyof typeof statsEn;
