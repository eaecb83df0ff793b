/**
 * The SDP inspector's part of the English catalog: line and field explanations and problem
 * messages, keyed `sdp.*`. `ko.ts` beside it must have the same keys and placeholders.
 */
export const sdpEn = {
	'sdp.notExplained': 'Not explained yet: this line is kept as it is.',

	// core lines, RFC 8866 §5
	'sdp.line.v': 'Protocol version. SDP has only ever had version 0.',
	'sdp.line.o':
		'Origin: who made this description ({username}), the session id {sessionId} and its version {sessionVersion}. The version goes up by one each time the description changes.',
	'sdp.line.s': 'Session name: "{name}".',
	'sdp.line.sUnnamed':
		'Session name. "{name}" means the session has no name; browsers always write "-" here.',
	'sdp.line.i': 'Title or description, free text for people: {value}',
	'sdp.line.u': 'A URI with more information about the session: {value}',
	'sdp.line.e': 'Email address of the person responsible for the session: {value}',
	'sdp.line.p': 'Phone number of the person responsible for the session: {value}',
	'sdp.line.c':
		"Connection data: media goes to {address}. With ICE this is only the default candidate's address; the a=candidate lines say where media can really go.",
	'sdp.line.cPlaceholder':
		'Connection data with the placeholder address {address}: no candidate is known yet, or ICE candidates carry the real addresses.',
	'sdp.line.b': 'Bandwidth limit: {type} {bandwidth}.',
	'sdp.line.t': 'Timing: the session runs from {start} to {stop} (NTP seconds).',
	'sdp.line.tUnbounded':
		'Timing "0 0": start and stop 0, the session is permanent (RFC 8866 §5.9). WebRTC always writes this.',
	'sdp.line.r': 'Repeat times of the session: {value}',
	'sdp.line.z': 'Time zone adjustments: {value}',
	'sdp.line.k': 'Encryption key line. Obsolete: RFC 8866 says it must not be used.',
	'sdp.line.m':
		'Media description: a {media} section on port {port} using {protocol}, with {count} formats in order of preference. Every line up to the next m= belongs to it.',
	'sdp.line.mRejected':
		'Media description with port 0: this {media} section is rejected (in an answer) or stopped (in an offer). It keeps its place so the m= lines of offer and answer still line up.',
	'sdp.line.mBundleOnly':
		'Media description with port 0 and a=bundle-only: not rejected; it will only be used inside the BUNDLE group, on the transport of another section.',

	// fields of core lines
	'sdp.field.username':
		"The user name on the host that created the session (RFC 8866 §5.2). Firefox puts mozilla...THIS_IS_SDPARTA- and its version here, not a person's name.",
	'sdp.field.usernameDash':
		'"-": no user name. Chrome and Safari write this; Firefox writes mozilla...THIS_IS_SDPARTA- and its version instead.',
	'sdp.field.sessionId':
		'Session id: a number chosen once per peer connection, so the same session can be recognised across offers.',
	'sdp.field.sessionVersion':
		'Session version: goes up by one with every new description of the same session (RFC 3264 §8).',
	'sdp.field.netType': 'Network type: IN means Internet.',
	'sdp.field.addrType': 'Address type: IP4 or IP6.',
	'sdp.field.addressIpv4': 'An IPv4 address.',
	'sdp.field.addressIpv6': 'An IPv6 address.',
	'sdp.field.addressMdns':
		'An mDNS name ending in .local that hides a local IP address; only a host on the same local network can resolve it.',
	'sdp.field.addressFqdn': 'A host name.',
	'sdp.field.addressPlaceholder':
		'A placeholder address (any-address or loopback): it identifies no one, and real addresses are in the candidates.',
	'sdp.field.bandwidthAs': 'AS: application-specific maximum, in kilobits per second.',
	'sdp.field.bandwidthCt': 'CT: conference total, in kilobits per second.',
	'sdp.field.bandwidthTias':
		'TIAS: transport-independent application-specific maximum, in bits per second, without IP/UDP overhead.',
	'sdp.field.bandwidthRs': 'RS: bandwidth for RTCP from senders, in bits per second (RFC 3556 §2).',
	'sdp.field.bandwidthRr':
		'RR: bandwidth for RTCP from receivers, in bits per second (RFC 3556 §2).',
	'sdp.field.bandwidth': 'The amount, in the unit of the bandwidth type.',
	'sdp.field.startTime':
		'Start time in NTP seconds (since 1900). RFC 8866 §5.9 gives a start of 0 no meaning of its own: with the stop time also 0 the session is permanent, which is what WebRTC writes.',
	'sdp.field.stopTime': 'Stop time in NTP seconds; 0 means no end.',
	'sdp.field.media':
		'Media type: {media} (audio, video, application for data channels, text, message).',
	'sdp.field.port': 'The port media goes to (or the port of the default candidate with ICE).',
	'sdp.field.portZero': 'Port 0: the section is rejected or stopped.',
	'sdp.field.portDiscard':
		'Port 9, the discard port: a placeholder JSEP writes until a candidate gives a real port, or for a section that shares the transport of a BUNDLE group.',
	'sdp.field.portBundleOnly':
		'Port 0 with a=bundle-only: the section only works inside BUNDLE; it is not rejected.',
	'sdp.field.format': 'Payload type {payloadType} ({codec}); earlier formats are preferred.',
	'sdp.field.formatDataChannel':
		'webrtc-datachannel: this section carries data channels over SCTP.',

	// transport protocols on the m= line
	'sdp.proto.udpTlsRtpSavpf':
		'SRTP with RTCP feedback, keyed by DTLS (DTLS-SRTP) over ICE. The profile every WebRTC audio and video section uses.',
	'sdp.proto.rtpSavpf': 'SRTP with RTCP feedback (SAVPF); keys come from a=crypto (SDES) or DTLS.',
	'sdp.proto.rtpSavp': 'SRTP without RTCP feedback; keys usually come from a=crypto (SDES).',
	'sdp.proto.rtpAvpf': 'Plain, unencrypted RTP with RTCP feedback.',
	'sdp.proto.rtpAvp':
		'Plain, unencrypted RTP (the audio/video profile). Common on SIP phones; WebRTC never sends unencrypted media.',
	'sdp.proto.udpDtlsSctp': 'SCTP over DTLS over ICE: the transport of WebRTC data channels.',
	'sdp.proto.dtlsSctpLegacy':
		'The old form of the data channel protocol (DTLS/SCTP with a=sctpmap), from before RFC 8841.',

	// a=rtpmap and payload types
	'sdp.attr.rtpmap': 'Payload type {payloadType} is {name} with a {clockRate} Hz RTP clock.',
	'sdp.field.payloadTypeDynamic':
		'Payload type {payloadType}: from the dynamic range 96–127, so its meaning comes only from this rtpmap line.',
	'sdp.field.payloadTypeStatic':
		'Payload type {payloadType}: a static payload type assigned by RFC 3551; the rtpmap line only repeats what it means.',
	'sdp.field.payloadTypeUnassigned':
		'Payload type {payloadType}: from 35–63, which RFC 3551 leaves unassigned; browsers use it once 96–127 are full.',
	'sdp.field.payloadTypeRtcpConflict':
		'Payload type {payloadType}: in 64–95, which can be confused with RTCP packet types when RTP and RTCP share a port (RFC 5761 §4).',
	'sdp.field.payloadTypeWildcard': '"*": applies to every payload type of this section.',
	'sdp.field.encodingName': 'Encoding name {name}.',
	'sdp.field.clockRate': 'RTP timestamps advance {clockRate} times per second.',
	'sdp.field.clockRateOpus':
		'Opus always signals {clockRate} Hz, whatever rate it really samples at (RFC 7587 §4.1).',
	'sdp.field.clockRateVideo': 'Video uses a {clockRate} Hz RTP clock (RFC 3551 §5).',
	'sdp.field.channels': 'Number of audio channels: {channels}.',
	'sdp.field.channelsOpus':
		'Opus is always signalled with {channels} channels; whether stereo is really sent is said by the fmtp stereo parameters (RFC 7587 §7).',

	// codecs
	'sdp.codec.opus':
		'Opus: the default WebRTC audio codec, 6 to 510 kbit/s, speech to full-band music (RFC 7587).',
	'sdp.codec.red':
		'RED: redundant audio. Each packet also carries earlier frames, to survive packet loss (RFC 2198).',
	'sdp.codec.ulpfec':
		'ULPFEC: forward error correction packets that can rebuild lost video packets (RFC 5109).',
	'sdp.codec.flexfec': 'FlexFEC: flexible forward error correction for video (RFC 8627).',
	'sdp.codec.rtx':
		'RTX: retransmission. Lost packets are resent with this payload type on a separate SSRC (RFC 4588); fmtp apt= says which codec it protects.',
	'sdp.codec.telephoneEvent': 'telephone-event: DTMF key presses sent as events (RFC 4733).',
	'sdp.codec.cn': 'CN: comfort noise, sent during silence instead of audio (RFC 3389).',
	'sdp.codec.pcmu': 'PCMU: G.711 μ-law, 64 kbit/s narrow-band telephone audio.',
	'sdp.codec.pcma': 'PCMA: G.711 A-law, 64 kbit/s narrow-band telephone audio.',
	'sdp.codec.g722':
		'G.722: 16 kHz wide-band audio at 64 kbit/s (its RTP clock stays 8000 for historical reasons).',
	'sdp.codec.g729': 'G.729: 8 kbit/s narrow-band speech codec.',
	'sdp.codec.isac':
		'iSAC: an older wide-band audio codec from libwebrtc, removed from current browsers.',
	'sdp.codec.ilbc': 'iLBC: a narrow-band speech codec robust to packet loss (RFC 3952).',
	'sdp.codec.vp8': 'VP8: video codec every WebRTC endpoint must support (RFC 7741, RFC 7742).',
	'sdp.codec.vp9':
		'VP9: video codec with better compression than VP8 and built-in scalability (SVC).',
	'sdp.codec.h264':
		'H264 (AVC): with VP8, the video codec every WebRTC browser must support (RFC 7742 §5). What is required is the Constrained Baseline profile, level 1.2, with packetization-mode 1 (RFC 7742 §6.2, RFC 6184). Often hardware-accelerated.',
	'sdp.codec.h265': 'H265 (HEVC): video codec, successor of H264 (RFC 7798).',
	'sdp.codec.av1': 'AV1: royalty-free video codec with the best compression of the WebRTC codecs.',

	// a=fmtp
	'sdp.attr.fmtp': 'Format parameters for payload type {payloadType} ({codec}).',
	'sdp.attr.fmtpH264': 'H264 payload type {payloadType}: {profile} profile, level {level}.',
	'sdp.attr.fmtpRtx':
		'Payload type {payloadType} retransmits payload type {apt} ({protects}): packets of that codec that get lost are resent with this one.',
	'sdp.fmtp.minptime':
		'minptime={value}: the shortest packet duration, in milliseconds, the receiver wants.',
	'sdp.fmtp.useinbandfec':
		'useinbandfec={value}: 1 means the receiver can use Opus in-band FEC, so the sender may add redundancy that recovers lost packets.',
	'sdp.fmtp.usedtx':
		'usedtx={value}: 1 asks the sender to use discontinuous transmission, sending almost nothing during silence.',
	'sdp.fmtp.stereo': 'stereo={value}: 1 means the receiver prefers to receive stereo.',
	'sdp.fmtp.spropStereo': 'sprop-stereo={value}: 1 means the sender is likely to send stereo.',
	'sdp.fmtp.maxplaybackrate':
		'maxplaybackrate={value}: the highest audio sample rate, in Hz, the receiver can play.',
	'sdp.fmtp.spropMaxcapturerate':
		'sprop-maxcapturerate={value}: the highest sample rate, in Hz, the sender captures.',
	'sdp.fmtp.maxaveragebitrate':
		'maxaveragebitrate={value}: the highest average bit rate, in bits per second, the receiver wants.',
	'sdp.fmtp.cbr': 'cbr={value}: 1 asks for constant bit rate.',
	'sdp.fmtp.ptime': 'ptime={value}: preferred packet duration in milliseconds.',
	'sdp.fmtp.maxptime': 'maxptime={value}: longest packet duration in milliseconds.',
	'sdp.fmtp.profileLevelId':
		'profile-level-id: {profile} profile, level {level}. Three bytes in hex: profile_idc, the constraint flags (profile-iop) and level_idc.',
	'sdp.h264.profileIdc':
		'profile_idc: the base profile; with the constraint flags it makes {profile}.',
	'sdp.h264.profileIop': 'profile-iop: constraint flags set: {flags}.',
	'sdp.h264.profileIopNone': 'profile-iop: no constraint flags set.',
	'sdp.h264.levelIdc':
		'level_idc: level {level}, which bounds resolution, frame rate and bit rate (H.264 Annex A).',
	'sdp.fmtp.packetizationMode0':
		'packetization-mode={value}: single NAL unit mode; every RTP packet carries one whole NAL unit.',
	'sdp.fmtp.packetizationMode1':
		'packetization-mode={value}: non-interleaved mode; NAL units may be split (FU-A) or combined (STAP-A). The mode WebRTC uses most.',
	'sdp.fmtp.packetizationMode2': 'packetization-mode={value}: interleaved mode; rarely used.',
	'sdp.fmtp.levelAsymmetryAllowed':
		"level-asymmetry-allowed={value}: 1 lets each direction use a different level, so a strong sender need not lower its level to the receiver's.",
	'sdp.fmtp.maxMbps': 'max-mbps={value}: highest macroblock processing rate, per second.',
	'sdp.fmtp.maxFs': 'max-fs={value}: largest frame size, in macroblocks.',
	'sdp.fmtp.maxBr': 'max-br={value}: highest video bit rate.',
	'sdp.fmtp.maxFr': 'max-fr={value}: highest frame rate the receiver can decode.',
	'sdp.fmtp.spropParameterSets': 'sprop-parameter-sets: the H264 SPS and PPS, in base64.',
	'sdp.fmtp.vp9ProfileId':
		'profile-id={value}: VP9 profile; 0 is 8-bit 4:2:0, 2 is 10- or 12-bit 4:2:0.',
	'sdp.fmtp.av1Profile': 'profile={value}: AV1 profile; 0 is Main (8/10-bit 4:2:0).',
	'sdp.fmtp.av1LevelIdx': 'level-idx={value}: AV1 level {level}.',
	'sdp.fmtp.av1Tier': 'tier={value}: AV1 tier; 0 is Main, 1 is High.',
	'sdp.fmtp.h265ProfileId': 'profile-id={value}: H265 profile; 1 is Main, 2 is Main 10.',
	'sdp.fmtp.h265TierFlag': 'tier-flag={value}: H265 tier; 0 is Main, 1 is High.',
	'sdp.fmtp.h265LevelId': 'level-id={value}: H265 level {level}.',
	'sdp.fmtp.h265TxMode': 'tx-mode={value}: SRST sends all layers in one RTP stream.',
	'sdp.fmtp.apt':
		'apt={payloadType}: the associated payload type, {codec}, whose lost packets this RTX resends.',
	'sdp.fmtp.rtxTime':
		'rtx-time={value}: how long, in milliseconds, the sender keeps packets to resend.',
	'sdp.fmtp.repairWindow': 'repair-window={value}: the time span, in microseconds, FEC protects.',
	'sdp.fmtp.red': 'The encodings in each RED packet, primary first: {encodings}.',
	'sdp.fmtp.telephoneEvent': 'DTMF events {events}: 0–9, *, #, A–D (RFC 4733 §3).',
	'sdp.fmtp.xGoogle': '{name}={value}: a Chrome-specific parameter, not standardised.',

	// a=rtcp-fb
	'sdp.attr.rtcp-fb': 'RTCP feedback "{type}" for payload type {payloadType} ({codec}).',
	'sdp.rtcpFb.nack':
		'Generic NACK for payload type {payloadType} ({codec}): the receiver reports lost packets so the sender can resend them.',
	'sdp.rtcpFb.nackPli':
		'Picture Loss Indication for payload type {payloadType} ({codec}): the receiver can ask for a new key frame when decoding breaks.',
	'sdp.rtcpFb.nackSli': 'Slice Loss Indication for payload type {payloadType} ({codec}).',
	'sdp.rtcpFb.nackRpsi':
		'Reference Picture Selection Indication for payload type {payloadType} ({codec}).',
	'sdp.rtcpFb.ccmFir':
		'Full Intra Request for payload type {payloadType} ({codec}): the receiver can demand a key frame, e.g. when a new participant joins.',
	'sdp.rtcpFb.ccmTmmbr':
		'Temporary maximum bit rate requests for payload type {payloadType} ({codec}).',
	'sdp.rtcpFb.googRemb':
		'REMB for payload type {payloadType} ({codec}): the receiver estimates the bandwidth and tells the sender. Older than transport-cc.',
	'sdp.rtcpFb.transportCc':
		'Transport-wide congestion control for payload type {payloadType} ({codec}): the receiver reports when each packet arrived, and the sender estimates the bandwidth.',
	'sdp.rtcpFb.googLntf':
		'Loss notification for payload type {payloadType} ({codec}), a libwebrtc extension.',
	'sdp.rtcpFb.trrInt':
		'trr-int {value}: minimum interval, in milliseconds, between regular RTCP reports.',

	// a=extmap
	'sdp.attr.extmap':
		"RTP header extension {name} is carried with ID {id} in this section's packets.",
	'sdp.attr.extmapUnknown': 'RTP header extension with ID {id}.',
	'sdp.field.extmapIdOneByte': 'ID {id}: fits the one-byte header extension format (IDs 1–14).',
	'sdp.field.extmapIdTwoByte':
		'ID {id}: needs the two-byte header extension format (IDs above 14), see a=extmap-allow-mixed.',
	'sdp.field.extmapDirection': 'Direction {direction}: the extension is used only this way.',
	'sdp.extmap.audioLevel':
		'audio-level: the loudness of each audio packet, so a mixer or SFU can find who speaks without decoding.',
	'sdp.extmap.csrcAudioLevel':
		'csrc-audio-level: the loudness of each contributing source in mixed audio.',
	'sdp.extmap.toffset':
		'toffset: transmission time offset, how late a packet was sent relative to its timestamp.',
	'sdp.extmap.absSendTime':
		'abs-send-time: when the packet left the sender, for bandwidth estimation with REMB.',
	'sdp.extmap.transportWideCc':
		'transport-wide-cc: a sequence number across all streams, so the receiver can report arrival times for transport-cc.',
	'sdp.extmap.mid':
		'mid: the section the packet belongs to, how BUNDLE tells streams apart on one transport.',
	'sdp.extmap.rid': 'rid: the RTP stream id, which names the simulcast layer of the packet.',
	'sdp.extmap.repairedRid': 'repaired-rid: the rid of the stream an RTX or FEC packet repairs.',
	'sdp.extmap.videoOrientation':
		'video-orientation: the camera rotation, so the receiver can turn the picture.',
	'sdp.extmap.playoutDelay':
		'playout-delay: the minimum and maximum delay the receiver should buffer.',
	'sdp.extmap.videoContentType': 'video-content-type: marks screen content versus camera video.',
	'sdp.extmap.videoTiming':
		"video-timing: timestamps of the stages of a frame's sending, for statistics.",
	'sdp.extmap.colorSpace': 'color-space: the colour space and HDR metadata of the video.',
	'sdp.extmap.absCaptureTime':
		'abs-capture-time: when the media was captured, for A/V sync across hops.',
	'sdp.extmap.videoLayersAllocation':
		'video-layers-allocation: which simulcast and SVC layers are sent, and their resolutions and bit rates.',
	'sdp.extmap.dependencyDescriptor':
		'dependency-descriptor: how frames depend on each other, so an SFU can drop layers without decoding (AV1, VP9, also VP8/H264).',
	'sdp.extmap.genericFrameDescriptor':
		'generic-frame-descriptor: an earlier form of the dependency descriptor.',
	'sdp.extmap.encrypt': 'encrypt: the following header extension is encrypted (RFC 6904).',

	// SSRCs, msid, simulcast
	'sdp.ssrc.cname':
		'SSRC {ssrc} has the CNAME {cname}: streams with the same CNAME come from one endpoint and are kept in sync.',
	'sdp.ssrc.msid':
		"SSRC {ssrc} carries track {track} of stream {stream}. Chromium still writes this a=ssrc … msid: line in Unified Plan, as a legacy copy of the section's a=msid for older endpoints; a=msid is what counts (RFC 8830).",
	'sdp.ssrc.legacy':
		'SSRC {ssrc}: the {attribute} attribute is a leftover from old Chrome; nothing reads it any more.',
	'sdp.ssrc.other': 'SSRC {ssrc}: source attribute {attribute}.',
	'sdp.field.ssrc': 'The SSRC: the 32-bit number that identifies an RTP stream in its packets.',
	'sdp.field.cname': 'CNAME: a stable name for the endpoint, the same for all its streams.',
	'sdp.ssrcGroup.fid':
		'Flow identification: SSRC {second} carries the retransmissions (RTX) of SSRC {first}.',
	'sdp.ssrcGroup.sim':
		"SIM: SSRCs {ssrcs} are simulcast layers of the same track, lowest resolution first (Chrome's pre-rid simulcast).",
	'sdp.ssrcGroup.fecFr': 'FEC-FR: SSRC {second} carries forward error correction for SSRC {first}.',
	'sdp.ssrcGroup.fec': 'FEC: SSRC {second} carries forward error correction for SSRC {first}.',
	'sdp.ssrcGroup.other': 'SSRC group "{semantics}" of SSRCs {ssrcs}.',
	'sdp.attr.msid':
		"The sender of this section sends track {track} as part of stream {stream}. On the other side, ontrack's event.streams holds a stream whose id is {stream}; event.track is a new track with an id the receiving browser generates, matching neither {track} nor the mid (webrtc-pc).",
	'sdp.attr.msidNoStream':
		'The track sent in this section is {track}, in no stream ("-"): ontrack gives it with an empty event.streams.',
	'sdp.field.msidStream': 'The MediaStream id (stream.id on the sending side).',
	'sdp.field.msidTrack':
		'The track id on the sending side. The receiver does not reuse it: the receiving browser gives its track an id of its own, which maps to neither this id nor the mid (webrtc-pc, create an RTCRtpReceiver).',
	'sdp.field.msidNoStream': '"-": the track belongs to no stream.',
	'sdp.attr.msid-semantic':
		'msid-semantic {semantic}: this description signals tracks with msid. A leftover from before RFC 8830; streams listed: {streams}.',
	'sdp.attr.rid': 'Simulcast layer "{id}", direction {direction}.',
	'sdp.field.ridId': 'The rid: the name of this RTP stream, also sent in the rid header extension.',
	'sdp.field.ridSend': 'send: this side sends the layer.',
	'sdp.field.ridRecv': 'recv: this side receives the layer.',
	'sdp.field.ridPt': 'pt={value}: the payload types this layer may use.',
	'sdp.field.ridRestriction': '{name}={value}: a limit on this layer.',
	'sdp.attr.simulcast':
		'Simulcast: {streams}. Each rid is one layer of the same track; layers separated by ";" are sent at once.',
	'sdp.field.simulcastSend': 'send: layers this side sends.',
	'sdp.field.simulcastRecv': 'recv: layers this side receives.',
	'sdp.field.simulcastStream': 'Layer {rids} (alternatives separated by ",").',
	'sdp.field.simulcastPaused': 'Layer {rids}, paused ("~"): listed, but not sent for now.',

	// RTCP
	'sdp.attr.rtcp':
		'RTCP port {port}. With a=rtcp-mux, RTCP shares the RTP port and this line is only for endpoints without rtcp-mux.',
	'sdp.field.rtcpPort': 'The port for RTCP.',
	'sdp.attr.rtcp-mux': 'RTP and RTCP share one port (rtcp-mux); WebRTC requires it.',
	'sdp.attr.rtcp-mux-only': 'Only rtcp-mux is accepted: no separate RTCP port will be used.',
	'sdp.attr.rtcp-rsize':
		'Reduced-size RTCP is allowed: feedback can be sent alone, without a full report, for quicker feedback.',
	'sdp.attr.rtcp-xr':
		'Extended RTCP reports (RTCP XR): {value}. rcvr-rtt lets a receive-only side measure the round-trip time.',
	'sdp.attr.ptime': 'Preferred packet duration: {value} ms of media per packet.',
	'sdp.attr.maxptime': 'Longest packet duration accepted: {value} ms.',

	// ICE
	'sdp.attr.candidate': 'ICE candidate: a {type} candidate, {transport} {address} port {port}.',
	'sdp.candidate.foundation':
		'Foundation: candidates with the same type, base address, server and protocol share it; ICE uses it to unfreeze similar pairs together.',
	'sdp.candidate.componentRtp': 'Component {component}: RTP (with rtcp-mux, also RTCP).',
	'sdp.candidate.componentRtcp': 'Component {component}: RTCP on its own port (no rtcp-mux).',
	'sdp.candidate.component': 'Component {component}.',
	'sdp.candidate.transportUdp':
		'Transport {transport}: UDP. Chrome writes it in lower case, Firefox in upper case; both mean the same.',
	'sdp.candidate.transportTcp':
		'Transport {transport}: ICE over TCP (RFC 6544). TCP candidates are checked alongside the UDP ones, in parallel, at a lower priority, so they carry the call only when no UDP pair works.',
	'sdp.candidate.priority':
		'Priority: type preference {typePreference}, local preference {localPreference}, component {component}. Higher pairs are tried first (RFC 8445 §5.1.2.1).',
	'sdp.candidate.addressIpv4': 'An IPv4 address.',
	'sdp.candidate.addressIpv6': 'An IPv6 address.',
	'sdp.candidate.addressMdns':
		'An mDNS name ending in .local: the browser hides its local IP behind a random name that only the same local network can resolve.',
	'sdp.candidate.addressFqdn': 'A host name; the other side must resolve it.',
	'sdp.candidate.port': 'Port {port}.',
	'sdp.candidate.portActiveTcp':
		'Port {port}: an active TCP candidate only connects out, so it has no listening port.',
	'sdp.candidate.typeHost': "host: an address of this machine's own network interface.",
	'sdp.candidate.typeSrflx':
		'srflx (server reflexive): the public address a STUN server saw, outside the NAT.',
	'sdp.candidate.typePrflx':
		'prflx (peer reflexive): an address learnt from a connectivity check of the other peer.',
	'sdp.candidate.typeRelay': 'relay: an address on a TURN server that relays the media.',
	'sdp.candidate.raddr':
		'raddr: the related address (RFC 8839 §5.1). For srflx and prflx candidates it is the base, the local address the candidate was derived from; for relay candidates it is the server-reflexive (mapped) address the TURN server saw. ICE itself never uses it: it is there for diagnostics.',
	'sdp.candidate.raddrHidden':
		'raddr: hidden by the browser (0.0.0.0) so the local address does not leak.',
	'sdp.candidate.rport': 'rport: the related port.',
	'sdp.candidate.tcpTypeActive': 'tcptype active: this side opens the TCP connection.',
	'sdp.candidate.tcpTypePassive': 'tcptype passive: this side waits for the TCP connection.',
	'sdp.candidate.tcpTypeSo':
		'tcptype so: both sides open the connection at once (simultaneous open).',
	'sdp.candidate.generation':
		'generation {value}: Chrome counts ICE restarts; candidates of an older generation are stale.',
	'sdp.candidate.ufrag':
		'ufrag {value}: the ICE username fragment this candidate belongs to, which tells its ICE generation.',
	'sdp.candidate.networkId': "network-id {value}: Chrome's number for the network interface.",
	'sdp.candidate.networkCost':
		"network-cost {value}: Chrome's cost of this network; lower is preferred (0 for Ethernet, 10 for Wi-Fi, 50 when unknown, 250 for 5G, 500 for 4G, 900 and more for older cellular, 999 at most).",
	'sdp.attr.ice-ufrag':
		'ICE username fragment ({length} characters). Both sides combine their ufrags in STUN checks; a new ufrag means an ICE restart.',
	'sdp.attr.ice-pwd':
		'ICE password ({length} characters), the key of the STUN connectivity checks.',
	'sdp.attr.ice-options': 'ICE options: {options}.',
	'sdp.iceOption.trickle':
		'trickle: candidates may arrive after the description (trickle ICE, RFC 8840).',
	'sdp.iceOption.renomination':
		'renomination: the controlling side may nominate a different pair later.',
	'sdp.iceOption.ice2': 'ice2: this side implements ICE as in RFC 8445.',
	'sdp.attr.ice-lite':
		'ICE lite: this side only answers connectivity checks, as servers do; the other side drives ICE.',
	'sdp.attr.ice-mismatch': 'ICE mismatch: the default address did not match any candidate.',
	'sdp.attr.end-of-candidates': 'End of candidates: no more candidates will come for this section.',
	'sdp.attr.remote-candidates':
		'Remote candidates: the candidates the controlling side chose, in ICE with regular nomination.',
	'sdp.attr.ice-pacing': 'ICE pacing: {value} ms between connectivity checks.',

	// BUNDLE, mid, DTLS, SCTP
	'sdp.attr.groupBundle':
		'BUNDLE group: sections {mids} share one transport (one ICE and DTLS connection). {tag} is the tagged section whose transport is used.',
	'sdp.attr.groupLs': 'Lip-sync group: sections {mids} are played in sync.',
	'sdp.attr.group': 'Group "{semantics}" of sections {mids}.',
	'sdp.field.bundleTag': 'mid {mid}: the first mid, the BUNDLE tag.',
	'sdp.field.groupMid': 'mid {mid}: a section in the group.',
	'sdp.attr.mid':
		'Media id "{value}": names this section; BUNDLE, msid and the transceiver\'s mid refer to it.',
	'sdp.attr.bundle-only': 'bundle-only: this section may only be used inside a BUNDLE group.',
	'sdp.attr.fingerprint':
		'DTLS certificate fingerprint ({algorithm}): it comes through signaling, and the other side accepts the DTLS handshake only from a certificate with this hash (RFC 5763 §5). The handshake then yields the SRTP keys (RFC 5764 §4.2), so no media key is ever written in the SDP.',
	'sdp.field.hashFunction': 'Hash function {algorithm}.',
	'sdp.field.fingerprint': 'The hash of the certificate, byte by byte in hex.',
	'sdp.attr.setup': 'DTLS role: {role}.',
	'sdp.setup.actpass':
		'setup:actpass: this side can take either DTLS role, and the answer decides. Browsers answer active, as RFC 5763 §5 recommends (the handshake can then start with the answer), so the answerer is usually the DTLS client.',
	'sdp.setup.active':
		'setup:active: this side starts the DTLS handshake, so it is the DTLS client.',
	'sdp.setup.passive':
		'setup:passive: this side waits for the DTLS handshake, so it is the DTLS server.',
	'sdp.setup.holdconn': 'setup:holdconn: no connection for now.',
	'sdp.attr.connection':
		'connection:{value}: whether to reuse the existing connection or make a new one.',
	'sdp.attr.tls-id': 'TLS id {value}: a new value means a new DTLS association.',
	'sdp.attr.sctp-port': 'SCTP port {value} of the data channel association (not a UDP port).',
	'sdp.attr.max-message-size':
		'Largest data channel message this side can receive: {value} bytes. Without this line the limit is 64 KiB.',
	'sdp.attr.maxMessageSizeUnlimited':
		'max-message-size 0: this side accepts data channel messages of any size.',
	'sdp.attr.sctpmap': 'The old form (before RFC 8841) of the SCTP port: {port}.',
	'sdp.field.sctpPort': 'The SCTP port.',
	'sdp.attr.crypto':
		'SDES key {tag}, suite {suite}: the SRTP key sent in the SDP itself. Anyone who sees this SDP can decrypt the media; WebRTC uses DTLS instead.',
	'sdp.field.cryptoTag': 'Tag: numbers this key offer; the answer repeats the tag it chose.',
	'sdp.field.cryptoSuiteAesCm': '{suite}: AES counter mode with an HMAC-SHA1 authentication tag.',
	'sdp.field.cryptoSuiteGcm': '{suite}: AES-GCM authenticated encryption (RFC 7714).',
	'sdp.field.cryptoKey': 'The master key and salt, in base64. Secret: mask it before sharing.',
	'sdp.field.cryptoLifetime': 'How many packets the key may protect.',
	'sdp.field.cryptoMki': 'Master key identifier and its length in bytes.',
	'sdp.attr.extmap-allow-mixed':
		'extmap-allow-mixed: one- and two-byte header extensions may be mixed in a stream, so IDs above 14 can be used.',

	// directions and other attributes
	'sdp.attr.sendrecv': 'sendrecv: this side sends and receives in this section.',
	'sdp.attr.sendonly': 'sendonly: this side only sends in this section.',
	'sdp.attr.recvonly': 'recvonly: this side only receives in this section.',
	'sdp.attr.inactive': 'inactive: no media in either direction, but the section is kept.',
	'sdp.attr.x-google-flag':
		'x-google-flag:{value}: a Chrome-specific flag (conference mode for screen sharing).',
	'sdp.attr.label': 'Label: {value}.',
	'sdp.attr.content': 'Content of this media: {value} (main, slides, speaker, sl, alt).',
	'sdp.attr.identity': 'An identity assertion for the DTLS fingerprint (WebRTC identity).',
	'sdp.attr.tool': 'The tool that made this description: {value}.',
	'sdp.attr.framerate': 'Highest video frame rate: {value} frames per second.',
	'sdp.attr.sdplang': 'Language of the description text: {value}.',
	'sdp.attr.lang': 'Language of the session or media: {value}.',
	'sdp.attr.charset': 'Character set of the text fields: {value}.',
	'sdp.attr.silenceSupp': 'Silence suppression settings: {value}.',

	// problems of the input as a whole
	'sdp.problem.notText': 'This is not text (it is a {type}); an SDP is text.',
	'sdp.problem.tooLarge':
		'The input has {length} characters, more than the {limit} the inspector reads. Real descriptions are far smaller; check what was pasted.',
	'sdp.problem.empty': 'The input is empty. Paste an SDP, starting with v=0.',
	'sdp.problem.binary':
		'This looks like binary data, not SDP text: character {character} at line {line}, column {column}.',
	'sdp.problem.internal': 'The inspector failed on this input ({message}). Please report it.',
	'sdp.problem.mixedLineEndings':
		'Mixed line endings: the first lines end with {first}, this one with {found}. Tolerated; SDP uses CRLF.',
	'sdp.problem.lineEndingLf':
		'Lines end with LF only. Tolerated, as browsers do; RFC 8866 asks for CRLF.',
	'sdp.problem.lineEndingCr':
		'Lines end with CR only. Tolerated here, but browsers may not accept it; SDP uses CRLF.',
	'sdp.problem.noFinalLineEnding':
		'The last line has no line ending. Tolerated; every SDP line, the last one too, should end with CRLF.',

	// problems of a line
	'sdp.problem.strayWhitespace': 'Space before or after the line. Tolerated and ignored.',
	'sdp.problem.strayCharacter':
		'A control character ({character}) at column {column}. No real endpoint writes one; it is usually left over from a broken copy.',
	'sdp.problem.blankLine': 'An empty line. SDP has none; it is ignored.',
	'sdp.problem.notSdpLine':
		'Not an SDP line: every line is one lower-case letter, "=", then a value.',
	'sdp.problem.unknownType':
		'Unknown line type "{type}=". RFC 8866 §5 says a parser must ignore or reject the whole description when it contains a type letter it does not understand (only unknown a= attributes are simply skipped), so another endpoint may refuse this SDP. The inspector reads on and keeps the line.',
	'sdp.problem.missingVersion': 'The description must start with v=0.',
	'sdp.problem.versionNotFirst': 'v= must be the first line.',
	'sdp.problem.outOfOrder': '{type}= is out of order: it must come before {after}= (RFC 8866 §5).',
	'sdp.problem.notInMedia': '{type}= belongs to the session part, before the first m= line.',
	'sdp.problem.duplicateLine': '{type}= may appear only once in the session part.',
	'sdp.problem.missingLine': 'The required {type}= line is missing; it belongs here (RFC 8866 §5).',
	'sdp.problem.malformed': 'This line does not follow its grammar. Expected: {expected}',
	'sdp.problem.emptySessionName': 'Empty session name. Write "s=-" when the session has no name.',
	'sdp.problem.badProfileLevelId': 'profile-level-id "{value}" is not three bytes in hex.',
	'sdp.problem.aptUnknown': 'apt={apt} names a payload type this section does not have.',
	'sdp.problem.iceCredentialLength':
		'{name} has {length} characters; RFC 8839 §5.4 allows {min} to {max}.',
	'sdp.problem.iceCredentialChars':
		'{name} has characters ICE does not allow (only letters, digits, "+" and "/").',
	'sdp.problem.mediaAttributeInSession':
		'a={attribute} belongs in an m-section, not in the session part.',
	'sdp.problem.payloadTypeNotInFormats':
		"Payload type {payloadType} is not listed on this section's m= line.",
	'sdp.problem.formatWithoutRtpmap':
		'Payload type {payloadType} is listed but has no a=rtpmap line; a dynamic payload type needs one.',
	'sdp.problem.duplicateMid':
		'mid "{mid}" is already used by the section at line {first}; mids must be unique.',
	'sdp.problem.groupUnknownMid': 'The {semantics} group names mid "{mid}", but no section has it.',

	// negotiation
	'sdp.negotiation.sectionCount':
		'The offer has {offered} m-sections and the answer {answered}; an answer must have exactly as many (RFC 3264 §6).',
	'sdp.negotiation.kindMismatch': 'The offer has {offered} here and the answer {answered}.',
	'sdp.negotiation.midMismatch': 'The offer has mid {offered} here and the answer mid {answered}.',
	'sdp.negotiation.acceptedStopped':
		'The offer stopped section {mid} (port 0), but the answer did not reject it.',
	'sdp.negotiation.directionIncompatible':
		'The answer says {answered} to an offered {offered}, which RFC 3264 §6.1 does not allow.',
	'sdp.negotiation.codecNotOffered':
		'The answer lists payload type {payloadType} ({codec}), which the offer never offered.',
	'sdp.negotiation.payloadTypeChanged':
		"{codec} was offered as payload type {offered} and answered as {answered}; JSEP answers keep the offer's numbers.",
	'sdp.negotiation.noCommonCodec':
		'No {kind} codec is in both offer and answer: this section cannot carry media.',
	'sdp.negotiation.answerActpass':
		'The answer says setup:actpass, which only an offer may say; the answer must pick active or passive.',
	'sdp.negotiation.setupMissing':
		'The answer has no a=setup line, so the DTLS roles are not settled.',
	'sdp.negotiation.setupConflict':
		'Both sides say setup:{role}; one must be active and the other passive.',
	'sdp.negotiation.extensionNotOffered':
		'The answer uses header extension {uri}, which the offer did not list.',
	'sdp.negotiation.simulcastDeclined':
		'The offer sends simulcast in section {mid}, but the answer has no a=simulcast: only one layer will be sent.',
	'sdp.negotiation.bundleNotOffered':
		"The answer's BUNDLE group has mid {mid}, which the offer did not bundle.",

	// diff
	'sdp.diff.versionBumped':
		'Session version {from} → {to}: bumped by {bump}, as for a changed description.',
	'sdp.diff.versionBumpedNoChange': 'Session version {from} → {to}, though nothing else changed.',
	'sdp.diff.versionSame': 'Session version {from} in both, and nothing changed.',
	'sdp.diff.versionNotBumped':
		'The content changed but the session version stayed {from}; RFC 3264 §8 requires it to go up.',
	'sdp.diff.versionDecreased': 'The session version went down, {from} → {to}; it must only go up.',
	'sdp.diff.otherSession':
		'The o= session ids differ: these are two different sessions, not two versions of one.',
	'sdp.diff.versionUnknown':
		'The session versions cannot be compared (an o= line is missing or malformed).',
	'sdp.field.payloadTypeReserved':
		'Payload type {payloadType}: in the static range, but RFC 3551 §6 leaves it reserved or unassigned (1, 2, 19–24, 27, 29, 30), so only this rtpmap line gives it a meaning.'
} as const;

export type SdpMessageKey = keyof typeof sdpEn;
