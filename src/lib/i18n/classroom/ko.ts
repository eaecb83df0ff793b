import type { ClassroomMessageKey } from './en';

/** 수업 모드(`/class/[code]`, 단계별 실습의 "수업에 공유하기"와 발표자 보기, 확인 질문)의 한국어 카탈로그. */
export const classroomKo: Record<ClassroomMessageKey, string> = {
	'class.nav': '수업',
	'class.title': '수업 {code}',
	'class.joinTitle': '수업에 참여하기',
	'class.joinIntro':
		'선생님이 실제 WebRTC 통화를 실행하고 그 기록을 수업에 공유합니다. 칠판의 코드를 입력하거나 QR 코드를 스캔하세요.',
	'class.joinLabel': '수업 코드',
	'class.joinButton': '참여',
	'class.joinInvalid': '수업 코드가 아닙니다. 수업 코드는 7K2-M9Q처럼 글자와 숫자 6개입니다.',
	'class.connecting': '수업에 연결하는 중…',
	'class.reconnecting': '수업과의 연결이 끊겼습니다. 다시 연결하는 중…',
	'class.ended': '수업이 끝났습니다.',
	'class.error.no-class': '{code} 수업이 없습니다. 선생님께 코드를 확인하세요.',
	'class.error.class-full': '이 수업은 정원이 찼습니다.',
	'class.error.other': '수업 서버의 응답: {message}',
	'class.teacherAway':
		'지금은 선생님 페이지가 연결되어 있지 않습니다. 이미 받은 내용은 그대로 남아 있습니다.',
	'class.masked':
		'가림 처리됨: 선생님이 공유하는 내용의 주소, ICE 자격 증명, 지문(fingerprint)은 문서용 값으로 바뀌어 있습니다.',
	'class.unmasked':
		'가림 처리 안 됨: 선생님이 이 통화를 그대로 공유합니다. 실제 주소와 자격 증명이 들어 있습니다.',
	'class.waiting': '선생님이 아직 통화를 시작하지 않았습니다.',
	'class.modeLabel': '선생님을 따라가거나 혼자 살펴보기',
	'class.follow': '따라가기',
	'class.explore': '혼자 살펴보기',
	'class.behind': '선생님이 다음 단계로 넘어갔습니다: {step}',
	'class.jump': '선생님 위치로 이동',
	'class.stepOf': '{total}단계 중 {n}단계',
	'class.viewing': '전체 {total}개 항목 중 {id}번 항목을 보고 있습니다.',
	'class.states': '상태 값',
	'class.peer': '피어 {peer}',
	'class.noPeer': '아직 만들어지지 않음',
	'class.lane': '시그널링 레인',
	'class.laneIntro':
		'한 피어가 보냈지만 다른 피어가 아직 적용하지 않은 메시지를 로그에 나온 대로 보여 줍니다.',
	'class.laneSent': '보냄',
	'class.laneReceived': '도착함',
	'class.inspect': '살펴보기',
	'class.inspectLabel': '{id}번 항목의 SDP 살펴보기',
	'class.candidateTitle': '후보',

	'class.cp.title': '확인 질문',
	'class.cp.answerLabel': '내 답',
	'class.cp.answered': '답이 제출되었습니다. 실제 통화가 답을 보여 줄 때까지 기다리세요.',
	'class.cp.closed': '답 받기가 끝났습니다.',
	'class.cp.actual': '통화가 보여 준 값: {actual}',
	'class.cp.answer': '정답: {choice}',
	'class.cp.none': '통화 결과는 어느 답과도 맞지 않았습니다.',
	'class.cp.yours': '내 답',
	'class.cp.unknown': '이 페이지의 질문 목록에 없는 질문입니다. 페이지를 새로 고치세요.',
	'class.cp.count': '답 {n}개',

	'class.share.title': '수업에 공유하기',
	'class.share.intro':
		'학생들은 휴대폰으로 이 통화를 따라옵니다. 화면 영상이 아니라 이벤트 로그(데이터)를 받아서, 어떤 SDP나 후보든 각자 속도로 열어 보고 확인 질문에 답합니다. 학생이 무엇을 해도 이 페이지는 움직이지 않습니다.',
	'class.share.mask': '주소, ICE 자격 증명, 지문 가리기(권장)',
	'class.share.maskWarn':
		'가리지 않으면 수업의 모든 휴대폰이 이 컴퓨터의 네트워크 주소와 통화의 ICE 자격 증명을 받습니다.',
	'class.share.start': '수업에 공유하기',
	'class.share.stop': '공유 멈추기',
	'class.share.code': '수업 코드',
	'class.share.link': '링크',
	'class.share.copy': '링크 복사',
	'class.share.copied': '복사됨',
	'class.share.qr': '수업 링크의 QR 코드',
	'class.share.students': '학생: {n}명',
	'class.share.connecting': '수업을 여는 중…',
	'class.share.lost': '수업 서버와의 연결이 끊겼습니다. 다시 연결하는 중…',
	'class.share.error': '수업 서버가 거부했습니다: {message}',

	'class.bank.title': '확인 질문',
	'class.bank.intro':
		'답이 보이는 단계 전에 질문하고, 그 단계가 끝나면 실제 통화가 한 일을 공개하세요.',
	'class.bank.ask': '질문하기',
	'class.bank.askLabel': '질문하기: {question}',
	'class.bank.skip': '건너뛰기',
	'class.bank.skipLabel': '건너뛰기: {question}',
	'class.bank.up': '위로',
	'class.bank.down': '아래로',
	'class.bank.moveLabel': '{direction}: {question}',
	'class.bank.revealAfter': '답은 “{step}” 단계 뒤에 보입니다.',
	'class.bank.skipped': '건너뜀',
	'class.bank.restore': '나중에 다시 묻기',
	'class.bank.asked': '질문함',
	'class.bank.close': '답 받기 끝내기',
	'class.bank.reveal': '답 공개하기',
	'class.bank.notYet': '통화가 아직 “{step}” 단계에 이르지 않았습니다.',
	'class.bank.clear': '질문 내리기',
	'class.bank.chart': '보기별 답 수',
	'class.bank.total': '답 {n}개',

	'present.toggle': '발표자 보기',
	'present.exit': '발표자 보기 나가기',
	'present.panels': '보여 줄 패널',
	'present.panel.peers': '피어',
	'present.panel.lane': '시그널링 레인',
	'present.panel.timeline': '타임라인',
	'present.panel.sdp': 'SDP',
	'present.panel.stats': '통계',
	'present.sdpEmpty': '아직 description이 없습니다.',
	'present.sdpOf': '마지막 description: {peer}, {type}',
	'present.shortcuts': '단축키',
	'present.key.next': '다음 단계',
	'present.key.run': '모두 실행',
	'present.key.reset': '초기화',
	'present.key.panels': '피어, 레인, 타임라인, SDP, 통계 보기',
	'present.key.present': '발표자 보기 켜기/끄기',
	'present.key.help': '이 안내',
	'present.close': '닫기',
	'present.key.show': '보기: {panel}',
	'present.panel.servers': 'ICE 서버',
	'present.panel.run': '실행 결과',
	'present.panel.matrix': '매트릭스',

	'class.q.gum-resolves.text': 'getUserMedia()는 무엇으로 이행(resolve)되나요?',
	'class.q.gum-resolves.c0': '요청한 트랙이 든 MediaStream',
	'class.q.gum-resolves.c1': 'RTCPeerConnection',
	'class.q.gum-resolves.c2': 'SDP offer',
	'class.q.gum-resolves.c3': 'ICE 후보',
	'class.q.gum-resolves.why':
		'getUserMedia()는 허용된 종류마다 MediaStreamTrack 하나씩을 담은 MediaStream의 프라미스를 돌려줍니다(미디어 캡처 명세, getUserMedia()). 연결에 관한 것은 아직 아무것도 없습니다.',

	'class.q.gum-denied.text':
		'사용자가 카메라와 마이크를 차단하면 getUserMedia()는 어떤 오류로 거부(reject)되나요?',
	'class.q.gum-denied.c0': 'NotAllowedError',
	'class.q.gum-denied.c1': 'NotFoundError',
	'class.q.gum-denied.c2': 'OverconstrainedError',
	'class.q.gum-denied.c3': '빈 스트림으로 이행된다',
	'class.q.gum-denied.why':
		'권한이 거부되면 이름이 NotAllowedError인 DOMException으로 거부됩니다. NotFoundError는 요청한 종류의 장치가 없다는 뜻입니다(미디어 캡처 명세, getUserMedia()).',

	'class.q.add-track.text': 'pc.addTrack(트랙, 스트림)은 연결에 무엇을 더하나요?',
	'class.q.add-track.c0': 'RTCRtpSender가 보낼 MediaStreamTrack 하나',
	'class.q.add-track.c1': '스트림 전체, 그 안의 트랙 모두',
	'class.q.add-track.c2': 'ICE 후보',
	'class.q.add-track.c3': 'TURN 서버',
	'class.q.add-track.why':
		'addTrack은 트랙 하나를 더하고 그 트랙을 보낼 RTCRtpSender를 돌려줍니다. 스트림 인자는 트랙이 어느 스트림에 속하는지 상대에게 알려 줄 뿐입니다(WebRTC 1.0, §5.1).',

	'class.q.pc-signaling-initial.text': '새 RTCPeerConnection의 signalingState는 무엇인가요?',
	'class.q.pc-signaling-initial.c0': '"stable"',
	'class.q.pc-signaling-initial.c1': '"new"',
	'class.q.pc-signaling-initial.c2': '"have-local-offer"',
	'class.q.pc-signaling-initial.c3': '"closed"',
	'class.q.pc-signaling-initial.why':
		'연결은 "stable"에서 시작합니다. 진행 중인 offer/answer 교환이 없다는 뜻입니다(WebRTC 1.0, §4.3.1). "new"는 connectionState와 iceGatheringState의 값이지 signalingState의 값이 아닙니다.',

	'class.q.pc-connection-initial.text': '새 RTCPeerConnection의 connectionState는 무엇인가요?',
	'class.q.pc-connection-initial.c0': '"new"',
	'class.q.pc-connection-initial.c1': '"connecting"',
	'class.q.pc-connection-initial.c2': '"connected"',
	'class.q.pc-connection-initial.c3': '"stable"',
	'class.q.pc-connection-initial.why':
		'ICE나 DTLS가 전송 경로에서 일을 시작하기 전까지 connectionState는 "new"입니다(WebRTC 1.0, §4.3.3).',

	'class.q.datachannel-offer.text':
		'피어 A가 offer 전에 첫 데이터 채널을 만들었습니다. offer에는 이를 위해 무엇이 필요한가요?',
	'class.q.datachannel-offer.c0': 'DTLS 위 SCTP를 위한 m=application 섹션',
	'class.q.datachannel-offer.c1': '두 번째 비디오 m-섹션',
	'class.q.datachannel-offer.c2': 'TURN 서버',
	'class.q.datachannel-offer.c3': '없음: 데이터 채널은 SDP에 나오지 않는다',
	'class.q.datachannel-offer.why':
		'데이터 채널은 SCTP 연결 하나 위에서 동작하고, 이 연결은 UDP/DTLS/SCTP 프로토콜과 a=sctp-port를 가진 m=application 섹션으로 협상됩니다(RFC 8841, RFC 8831 §5).',

	'class.q.create-offer-state.text': 'createOffer()는 피어 A의 signalingState를 바꾸나요?',
	'class.q.create-offer-state.c0': '아니요, "stable" 그대로다',
	'class.q.create-offer-state.c1': '예, "have-local-offer"가 된다',
	'class.q.create-offer-state.c2': '예, "closed"가 된다',
	'class.q.create-offer-state.c3': '예, "connected"가 된다',
	'class.q.create-offer-state.why':
		'createOffer는 description을 만들기만 합니다. 상태는 setLocalDescription으로 그 description을 적용할 때 바뀝니다(RFC 8829, createOffer와 setLocalDescription).',

	'class.q.offer-state.text':
		'setLocalDescription(offer) 뒤에 피어 A의 signalingState는 무엇인가요?',
	'class.q.offer-state.c0': '"stable"',
	'class.q.offer-state.c1': '"have-local-offer"',
	'class.q.offer-state.c2': '"have-remote-offer"',
	'class.q.offer-state.c3': '"have-local-pranswer"',
	'class.q.offer-state.why':
		'로컬 offer를 적용하면 연결은 "stable"에서 "have-local-offer"로 바뀌고, 이제 answer를 기다립니다(WebRTC 1.0, §4.3.1).',

	'class.q.gathering-starts.text':
		'iceCandidatePoolSize가 0일 때 피어 A는 언제 ICE 후보 수집을 시작하나요?',
	'class.q.gathering-starts.c0': 'new RTCPeerConnection() 때',
	'class.q.gathering-starts.c1': 'setLocalDescription(offer) 때',
	'class.q.gathering-starts.c2': 'createOffer() 때',
	'class.q.gathering-starts.c3': 'answer가 도착할 때',
	'class.q.gathering-starts.why':
		'후보 수집은 로컬 description을 적용할 때 시작합니다(RFC 8829 §3.5.1). 후보 풀이 있을 때만 브라우저가 더 일찍 수집합니다.',

	'class.q.signaling-channel.text': '피어 A의 offer를 피어 B에게 무엇이 전달하나요?',
	'class.q.signaling-channel.c0': 'STUN 서버',
	'class.q.signaling-channel.c1': '브라우저가 알아서',
	'class.q.signaling-channel.c2': '애플리케이션이 고른 어떤 채널이든: WebRTC는 정하지 않는다',
	'class.q.signaling-channel.c3': 'TURN 서버',
	'class.q.signaling-channel.why':
		'JSEP는 시그널링을 애플리케이션에 맡깁니다. WebSocket 서버, 복사와 붙여넣기, QR 코드 모두 됩니다(RFC 8829 §1.1). 여기서는 두 피어가 한 페이지에 있으므로 레인은 배열입니다.',

	'class.q.trickle.text': 'trickle ICE에서 후보는 언제 상대 피어에 도착하나요?',
	'class.q.trickle.c0': '모두 offer 안에 들어 있고 나중에는 오지 않는다',
	'class.q.trickle.c1': 'offer 뒤에 수집되는 대로 하나씩',
	'class.q.trickle.c2': 'TURN 서버를 통해서만',
	'class.q.trickle.c3': '피어가 연결된 뒤에만',
	'class.q.trickle.why':
		'trickle ICE는 후보를 수집하는 즉시 하나씩 보내므로 수집이 끝나기 전에 연결 확인을 시작할 수 있습니다(RFC 8838 §1).',

	'class.q.remote-offer-state.text':
		'setRemoteDescription(offer) 뒤에 피어 B의 signalingState는 무엇인가요?',
	'class.q.remote-offer-state.c0': '"have-remote-offer"',
	'class.q.remote-offer-state.c1': '"have-local-offer"',
	'class.q.remote-offer-state.c2': '"stable"',
	'class.q.remote-offer-state.c3': '"closed"',
	'class.q.remote-offer-state.why':
		'원격 offer를 적용한 수신자는 자신의 answer를 적용할 때까지 "have-remote-offer"에 있습니다(WebRTC 1.0, §4.3.1).',

	'class.q.candidate-before-remote.text':
		'피어 B는 원격 description이 없을 때 addIceCandidate()로 후보를 적용할 수 있나요?',
	'class.q.candidate-before-remote.c0': '아니요: 프라미스가 InvalidStateError로 거부된다',
	'class.q.candidate-before-remote.c1': '예, 언제든지',
	'class.q.candidate-before-remote.c2': '중계 후보만 된다',
	'class.q.candidate-before-remote.c3': '연결된 뒤에만 된다',
	'class.q.candidate-before-remote.why':
		'remoteDescription이 null인 동안 addIceCandidate는 InvalidStateError로 거부됩니다(WebRTC 1.0, addIceCandidate()). 후보는 피어가 아직 모르는 m-섹션에 속하기 때문입니다. 그래서 레인이 후보를 붙잡아 둡니다.',

	'class.q.answer-state.text': '피어 A가 answer를 적용한 뒤 signalingState는 무엇인가요?',
	'class.q.answer-state.c0': '"stable"',
	'class.q.answer-state.c1': '"have-remote-pranswer"',
	'class.q.answer-state.c2': '"have-local-offer"',
	'class.q.answer-state.c3': '"closed"',
	'class.q.answer-state.why':
		'최종 answer로 교환이 끝나고 양쪽 모두 "stable"로 돌아갑니다(WebRTC 1.0, §4.3.1).',

	'class.q.candidate-types.text': '다음 중 ICE 후보 유형이 아닌 것은?',
	'class.q.candidate-types.c0': 'host',
	'class.q.candidate-types.c1': 'srflx(서버 반사)',
	'class.q.candidate-types.c2': 'relay',
	'class.q.candidate-types.c3': 'dtls',
	'class.q.candidate-types.why':
		'ICE 후보 유형은 host, 서버 반사(server reflexive), 피어 반사(peer reflexive), 중계(relayed) 네 가지입니다(RFC 8445 §5.1.1). DTLS는 ICE 뒤에 이어지는 보안 핸드셰이크입니다.',

	'class.q.loopback-candidates.text':
		'이 통화에서 피어 A는 지금 설정으로 어떤 유형의 후보를 수집하나요?',
	'class.q.loopback-candidates.c0': 'host만',
	'class.q.loopback-candidates.c1': 'host와 srflx',
	'class.q.loopback-candidates.c2': 'host와 relay',
	'class.q.loopback-candidates.c3': 'host, srflx, relay 모두',
	'class.q.loopback-candidates.why':
		'ICE 서버가 없으면 브라우저는 host 후보만 수집할 수 있습니다. srflx에는 STUN 서버가, relay에는 TURN 서버가 필요합니다(RFC 8445 §5.1.1). 레인과 타임라인에 실제로 보낸 후보가 나옵니다.',

	'class.q.stun-does.text': 'STUN 서버는 브라우저에 무엇을 알려 주나요?',
	'class.q.stun-does.c0': '아무것도: 미디어를 중계한다',
	'class.q.stun-does.c1': '자기 패킷이 나온 공인 주소와 포트',
	'class.q.stun-does.c2': '상대 피어의 offer',
	'class.q.stun-does.c3': '미디어를 암호화하는 키',
	'class.q.stun-does.why':
		'STUN Binding 응답에는 서버가 본 주소와 포트, 곧 NAT 바깥쪽 주소인 XOR-MAPPED-ADDRESS가 들어 있습니다(RFC 8489 §14.2). 이것이 서버 반사 후보가 됩니다.',

	'class.q.stun-home-router.text':
		'가정용 공유기 뒤에서 STUN 서버를 설정하면 host 말고 어떤 유형의 후보를 기대할 수 있나요?',
	'class.q.stun-home-router.c0': 'srflx(서버 반사)',
	'class.q.stun-home-router.c1': 'relay',
	'class.q.stun-home-router.c2': 'prflx(피어 반사)',
	'class.q.stun-home-router.c3': '없음',
	'class.q.stun-home-router.why':
		'STUN은 공유기의 공인 매핑을 알려 주고, 그것이 서버 반사 후보입니다(RFC 8445 §5.1.1.2). relay에는 TURN이 필요하고, 피어 반사 후보는 연결 확인 중에만 나타납니다.',

	'class.q.nat-why.text': '서로 다른 NAT 뒤의 두 기기는 왜 상대의 host 후보로 그냥 보낼 수 없나요?',
	'class.q.nat-why.c0':
		'host 주소는 사설 주소라서 NAT의 공인 매핑만 닿을 수 있고, NAT는 요청하지 않은 패킷을 버린다',
	'class.q.nat-why.c1': '브라우저는 UDP를 보낼 수 없다',
	'class.q.nat-why.c2': 'host 후보는 암호화되어 있다',
	'class.q.nat-why.c3': 'SDP에서 빠진다',
	'class.q.nat-why.why':
		'NAT는 사설 주소를 자기 공인 주소로 바꾸고, 안쪽에서 만든 매핑에 맞는 패킷만 들여보냅니다(RFC 4787 §4–5). 그래서 ICE는 여러 후보를 모아 후보 쌍을 하나씩 확인합니다.',

	'class.q.symmetric-nat.text':
		'두 피어가 모두 대칭형 NAT(목적지마다 새 매핑) 뒤에 있습니다. 보통 무엇이 둘을 연결하나요?',
	'class.q.symmetric-nat.c0': '각자의 host 후보',
	'class.q.symmetric-nat.c1': 'STUN 서버만으로',
	'class.q.symmetric-nat.c2': 'TURN 중계',
	'class.q.symmetric-nat.c3': '더 큰 MTU',
	'class.q.symmetric-nat.why':
		'대칭형 NAT는 목적지마다 새 포트로 매핑하므로, STUN 서버가 본 주소는 상대 피어가 닿을 주소가 아닙니다(RFC 4787 §4.1). 공인 주소에 있는 중계 서버는 그래도 동작합니다(RFC 8656 §1).',

	'class.q.turn-does.text': 'STUN은 하지 않고 TURN 서버만 하는 일은?',
	'class.q.turn-does.c0': '미디어를 자신을 거쳐 중계한다',
	'class.q.turn-does.c1': '공인 주소만 찾아 준다',
	'class.q.turn-does.c2': 'offer와 answer를 전달한다',
	'class.q.turn-does.c3': '코덱을 고른다',
	'class.q.turn-does.why':
		'TURN은 서버에 중계 전송 주소를 할당하고 상대 피어와 클라이언트 사이에서 패킷을 전달합니다(RFC 8656 §2).',

	'class.q.relay-cost.text': '중계 경로는 왜 마지막 수단인가요?',
	'class.q.relay-cost.c0': 'TURN은 미디어를 암호화하지 않는다',
	'class.q.relay-cost.c1': '모든 패킷이 서버를 거친다: 서버가 대역폭을 부담하고 경로가 길어진다',
	'class.q.relay-cost.c2': 'TURN은 비디오를 실어 나를 수 없다',
	'class.q.relay-cost.c3': '브라우저는 relay 후보를 절대 고르지 않는다',
	'class.q.relay-cost.why':
		'중계된 미디어는 운영자에게 대역폭 비용이 들고 보통 지연을 늘립니다. 미디어는 DTLS-SRTP로 끝에서 끝까지 암호화된 채로 남습니다(RFC 8656 §1, RFC 8827 §6.5).',

	'class.q.relay-preference.text':
		'RFC 8445는 후보 유형마다 유형 선호도(type preference)를 권장합니다. 가장 낮은 것은?',
	'class.q.relay-preference.c0': 'host',
	'class.q.relay-preference.c1': 'srflx',
	'class.q.relay-preference.c2': 'prflx',
	'class.q.relay-preference.c3': 'relay',
	'class.q.relay-preference.why':
		'권장 값은 host 126, 피어 반사 110, 서버 반사 100, 중계 0입니다(RFC 8445 §5.1.2.2). 더 나은 경로가 연결되지 않을 때만 중계를 씁니다.',

	'class.q.dtls-fingerprint.text': '각 피어는 상대가 내민 DTLS 인증서를 어떻게 확인하나요?',
	'class.q.dtls-fingerprint.c0': '상대 피어의 SDP에 있는 a=fingerprint와 비교한다',
	'class.q.dtls-fingerprint.c1': '인증 기관으로 확인한다',
	'class.q.dtls-fingerprint.c2': 'TURN 비밀번호로 확인한다',
	'class.q.dtls-fingerprint.c3': '확인하지 않는다',
	'class.q.dtls-fingerprint.why':
		'인증서는 자체 서명입니다. 각 쪽은 인증서의 해시를 시그널링으로 받은 지문과 비교합니다(RFC 8122 §5, RFC 8827 §6.5).',

	'class.q.connected-state.text': '통화가 연결되면 connectionState는 무엇인가요?',
	'class.q.connected-state.c0': '"connected"',
	'class.q.connected-state.c1': '"stable"',
	'class.q.connected-state.c2': '"complete"',
	'class.q.connected-state.c3': '"open"',
	'class.q.connected-state.why':
		'모든 ICE 전송이 connected나 completed이고 모든 DTLS 전송이 connected이면 connectionState는 "connected"입니다(WebRTC 1.0, §4.3.3). "stable"은 signalingState, "complete"는 iceGatheringState의 값입니다.',

	'class.q.datachannel-transport.text': 'RTCDataChannel 메시지는 무엇이 실어 나르나요?',
	'class.q.datachannel-transport.c0': 'ICE 경로 위 DTLS 위의 SCTP',
	'class.q.datachannel-transport.c1': '미디어처럼 RTP',
	'class.q.datachannel-transport.c2': '시그널링 서버의 WebSocket',
	'class.q.datachannel-transport.c3': 'TURN 서버로 가는 TCP 연결',
	'class.q.datachannel-transport.why':
		'데이터 채널은 연결의 ICE 전송 위 DTLS가 실어 나르는 SCTP 연결 안의 SCTP 스트림입니다(RFC 8831 §5, RFC 8261).'
};
