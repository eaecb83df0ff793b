import type { NatMessageKey } from './en';

/** NAT 실습의 한국어 카탈로그. 용어는 glossary.ts를 따른다(후보, 피어, 쌍, 연결 확인, 중계). host/srflx/prflx/relay 같은 후보 유형과 API 이름은 코드대로 둔다. */
export const natKo = {
	'nat.nav': 'NAT 실습',
	'nat.home.title': 'NAT 실습: 실제 NAT, STUN, TURN과 모든 패킷',
	'nat.home.summary':
		'실제 Linux NAT(full cone, 주소 제한(address-restricted) cone, 포트 제한(port-restricted) cone, 대칭형(symmetric), UDP 차단) 뒤의 두 브라우저가 실제 coturn을 거쳐 통화합니다. srflx, prflx, relay 후보(candidate)가 나타나고 NAT 매핑 표가 채워지는 것을 보고, 왜 때로는 중계(relay)만이 길인지 확인합니다.',
	'nat.fromIce': 'loopback에는 NAT가 없습니다. NAT 실습은 두 피어 사이에 실제 NAT를 둡니다:',
	'nat.fromIceLink': 'NAT 실습: 피어 사이의 실제 NAT',
	'nat.toIce': 'NAT 없는 loopback에서 같은 ICE를 우선순위 계산, 후보 오류와 함께 보려면:',
	'nat.title': 'NAT 실습',
	'nat.intro':
		'각 피어(peer)는 자기 네트워크 namespace 안의 실제 headless Chromium이고, nftables로 만든 NAT 뒤에 있으며, 둘 사이의 "인터넷"에는 실제 coturn이 있습니다. 두 집 네트워크와 ICE 서버를 고르면 서버가 통화를 실행하고 일어난 일을 실시간으로 보내 줍니다. 후보(candidate), 쌍(pair)별 연결 확인(connectivity check), conntrack에서 읽은 NAT 매핑 표, 인터넷 쪽에서 잡은 STUN/TURN 패킷입니다.',
	'nat.peer': '피어 {peer}',

	'nat.network.public': '공인 주소(NAT 없음)',
	'nat.network.cone': 'port-restricted cone',
	'nat.network.symmetric': 'symmetric',
	'nat.network.udp-blocked': 'UDP 차단',
	'nat.network.full-cone': 'full cone',
	'nat.network.address-restricted': 'address-restricted cone',
	'nat.networkHelp.public':
		'공인 주소: 피어가 자기 인터넷 주소를 가집니다. 패킷을 바꾸거나 걸러 내는 것이 없습니다.',
	'nat.networkHelp.cone':
		'port-restricted cone: 출발 포트를 유지하는 Linux masquerade입니다. 매핑은 endpoint-independent(목적지와 관계없이 사설 주소:포트 하나에 공인 포트 하나, RFC 4787 §4.1)이고, 필터링은 address-and-port-dependent(피어가 보낸 적 있는 주소:포트에서 온 응답만 들어옴, §5)입니다.',
	'nat.networkHelp.symmetric':
		'symmetric: 포트를 완전히 무작위로 고르는 masquerade입니다. address-and-port-dependent 매핑이라 새 목적지마다 새 공인 포트를 받으므로(RFC 4787 §4.1), STUN 서버가 본 포트와 상대 피어가 볼 포트가 다릅니다.',
	'nat.networkHelp.udp-blocked':
		'UDP 차단: TCP만 내보내는 방화벽입니다(NAT는 cone 네트워크와 같습니다). TCP로 가는 TURN이나 공인 피어로 가는 ICE-TCP만 통합니다.',
	'nat.networkHelp.full-cone':
		'full cone: cone 네트워크(출발 포트를 유지하는 masquerade)에, NAT가 그때그때 배우는 필터를 더했습니다. 나가는 UDP 패킷마다 공인 포트와 사설 주소:포트를 동적 nftables 맵에 적고, 그 맵에 있는 포트로 오는 새 UDP 흐름은 어느 주소와 포트에서 오든 들여보냅니다. endpoint-independent 매핑(RFC 4787 §4.1)과 endpoint-independent 필터링(§5)입니다.',
	'nat.networkHelp.address-restricted':
		'address-restricted cone: full cone과 같지만, NAT가 공인 포트마다 어디로 보냈는지도 배워서, 피어가 그 포트로 보낸 적 있는 주소에서 오는 새 UDP 흐름만 출발 포트와 관계없이 들여보냅니다. endpoint-independent 매핑(RFC 4787 §4.1)과 address-dependent 필터링(§5)입니다.',
	'nat.servers.none': 'ICE 서버 없음',
	'nat.servers.stun': 'STUN',
	'nat.servers.stun+turn': 'STUN + TURN(UDP와 TCP)',
	'nat.servers.turn-only': 'TURN만(relay 정책)',
	'nat.servers.turn-tcp-only': 'TCP로 가는 TURN만(relay 정책)',
	'nat.serversHelp.none': '서버 없음: 각 피어에 host 후보만 있습니다.',
	'nat.serversHelp.stun':
		'실습의 STUN 서버: 각 피어가 자기 NAT의 공인 주소와 포트(srflx)를 알게 됩니다.',
	'nat.serversHelp.stun+turn':
		'STUN과 UDP·TCP로 가는 TURN: srflx와 relay 후보가 생기고, ICE는 통하는 쌍 가운데 가장 좋은 것을 고릅니다.',
	'nat.serversHelp.turn-only':
		'UDP·TCP로 가는 TURN과 iceTransportPolicy "relay": relay 후보만 쓰므로 모든 패킷이 서버를 거칩니다.',
	'nat.serversHelp.turn-tcp-only':
		'TCP로 가는 TURN만, iceTransportPolicy "relay": TCP만 내보내는 방화벽을 지나는 길입니다.',

	'nat.outcome.host': '직접 연결, host',
	'nat.outcome.srflx': '직접 연결, srflx',
	'nat.outcome.prflx': '직접 연결, prflx',
	'nat.outcome.relay-udp': 'UDP로 중계',
	'nat.outcome.relay-tcp': 'TCP로 중계',
	'nat.outcome.failed': '실패',
	'nat.source.live': '실시간',
	'nat.source.recorded': '기록',
	'nat.candidateType.host': 'host',
	'nat.candidateType.srflx': 'srflx(server-reflexive)',
	'nat.candidateType.prflx': 'prflx(peer-reflexive)',
	'nat.candidateType.relay': 'relay',
	'nat.candidateType.unknown': '후보 줄이 아님',

	'nat.choose.heading': '통화 실행',
	'nat.choose.a': '피어 A의 네트워크',
	'nat.choose.b': '피어 B의 네트워크',
	'nat.choose.servers': 'ICE 서버',
	'nat.choose.run': '실시간 실행',
	'nat.choose.matrix': '전체 매트릭스 실행',
	'nat.choose.stop': '중지',
	'nat.choose.matrixProgress': '매트릭스: 시나리오 {total}개 중 {done}개 실행됨.',
	'nat.choose.cannotRun':
		'이 서버에서는 실시간 실행이 꺼져 있습니다(위 참고). 아래 기록된 실행은 같은 실습으로 만든 것입니다.',

	'nat.unavailable.heading': '이 서버에서는 실습을 실행할 수 없습니다',
	'nat.unavailable.not-linux':
		'서버가 Linux가 아닙니다. 실습에는 Linux 네트워크 namespace와 netfilter가 필요합니다.',
	'nat.unavailable.not-root':
		'서버가 root로 실행되지 않았습니다. 네트워크 namespace와 NAT 규칙을 만들려면 root(또는 CAP_NET_ADMIN)가 필요합니다. 실습을 실행하려면 Peerscope를 root로 시작하세요.',
	'nat.unavailable.no-ip': 'ip 명령(iproute2)이 없습니다.',
	'nat.unavailable.no-nft': 'nft 명령(nftables)이 없습니다.',
	'nat.unavailable.no-conntrack': 'conntrack 명령이 없습니다(매핑 표를 이것으로 읽습니다).',
	'nat.unavailable.no-tcpdump': 'tcpdump가 없습니다(인터넷 쪽 패킷을 이것으로 잡습니다).',
	'nat.unavailable.no-chromium': 'Chromium이 없습니다(각 피어가 headless Chromium입니다).',
	'nat.unavailable.no-turnserver': 'coturn(turnserver)이 없습니다.',
	'nat.unavailable.lab-failed':
		'실습의 서버 모듈을 불러올 수 없어 여기서는 실행할 수 없습니다: {detail}',
	'nat.unavailable.other': '실습이 알려 온 이유: {code}.',
	'nat.unavailable.install': '설치: sudo apt-get install {package}',
	'nat.unavailable.recorded':
		'아래 기록된 실행은 그래도 열 수 있습니다. 같은 실습의 실제 실행이며, 각각 날짜와 브라우저가 표시되어 있습니다.',

	'nat.problem.unknown-scenario': '서버가 시나리오를 거부했습니다. 정해진 시나리오가 아닙니다.',
	'nat.problem.busy':
		'이 서버에서 다른 실습이 실행 중입니다. 실습은 한 번에 하나만 실행되니, 끝난 뒤 다시 시도하세요.',
	'nat.problem.timeout': '실행이 시간 제한에 걸려 중지되었고, 시작한 것은 모두 정리되었습니다.',
	'nat.problem.unavailable': '이 서버에서는 실습을 실행할 수 없습니다.',
	'nat.problem.aborted': '실행이 중지되었습니다.',
	'nat.problem.failed': '실행이 실패했습니다.',
	'nat.problem.network': '실행 중에 서버와의 연결이 끊어졌습니다.',
	'nat.problem.bad-stream': '서버가 실습 실행이 아닌 것을 보냈습니다. 아무것도 표시하지 않습니다.',
	'nat.problem.bad-recording': '이 기록된 실행을 읽을 수 없습니다. 아무것도 표시하지 않습니다.',
	'nat.problem.other': '실습이 오류로 응답했습니다({code}).',

	'nat.recorded.heading': '기록된 실행',
	'nat.recorded.help':
		'같은 실습에서 npm run lab:nat -- --record로 만들어 앱과 함께 배포한 것입니다. 기록된 실행은 지난 실행이지 실시간이 아닙니다. 날짜와 브라우저가 언제, 무엇으로 실행했는지 알려 줍니다.',
	'nat.recorded.none': '이 빌드에는 기록된 실행이 없습니다.',
	'nat.recorded.problem': '기록된 실행 목록을 읽을 수 없습니다: {detail}',
	'nat.recorded.open': '열기: {a} ↔ {b}, {servers}',
	'nat.recorded.label': '{date}에 {browser:으로} 기록',

	'nat.record.download': '기록 내려받기',
	'nat.record.downloadHelp':
		'이 실행을 Peerscope 세션 기록(JSON)으로 저장합니다. /stats에서는 다른 세션처럼 열리고(타임라인, 후보, 후보 쌍 통계), 여기서는 토폴로지, 매핑 표, 패킷과 함께 다시 볼 수 있습니다.',
	'nat.record.open': '실습 기록 열기:',
	'nat.record.openHelp':
		'"기록 내려받기"로 저장한 파일입니다. 실시간 실행이 아니라 기록으로 다시 봅니다.',

	'nat.run.title': '{a} ↔ {b}, {servers}',
	'nat.run.recordedBadge': '기록된 실행.',
	'nat.run.recordedOn':
		'{date}에 {browser:으로} 실행한 것입니다. 실시간 통화가 아니라 다시 보기입니다.',
	'nat.run.liveBadge': '실시간 실행.',
	'nat.run.going': '지금 서버에서 실행 중입니다. 이벤트가 일어나는 대로 나타납니다.',
	'nat.run.liveOn': '{date}에 이 서버에서 {browser:으로} 실행했습니다.',
	'nat.run.failedWith': '실행이 오류로 끝났습니다({code}): {message}',
	'nat.run.selected': '선택된 쌍(피어 A 기준): {local} ↔ {remote}, {outcome}.',
	'nat.run.noPair': '선택된 쌍이 없습니다. ICE가 연결되지 않았습니다.',

	'nat.replay.controls': '다시 보기',
	'nat.replay.previous': '이전 이벤트',
	'nat.replay.next': '다음 이벤트',
	'nat.replay.all': '모두 보기',
	'nat.replay.reset': '처음으로',
	'nat.replay.position': '이벤트 {total}개 중 {step}번째',
	'nat.replay.shortcuts': '키보드: → 다음 이벤트 · ← 이전 · R 모두 보기 · Esc 처음으로',
	'nat.replay.start': '처음: 아직 아무 일도 없습니다. →를 누르면 첫 이벤트가 적용됩니다.',

	'nat.event.connection': '피어 {peer}: 피어 연결 {state}.',
	'nat.phase.start':
		'실습을 시작합니다. 비정상 종료로 남았을 수 있는 실습 namespace를 정리한 뒤 이 시나리오를 만듭니다.',
	'nat.phase.topology':
		'네트워크가 준비되었습니다. 각 집은 자기 namespace에서 NAT 뒤에 있고, 인터넷 쪽에는 coturn이 있으며, conntrack과 패킷 캡처가 지켜봅니다.',
	'nat.phase.browsers': '두 브라우저({browser})가 각 집 네트워크에서 하나씩 실행 중입니다.',
	'nat.phase.signaling':
		'선택한 ICE 서버로 두 피어 연결이 만들어졌습니다. offer, answer, 후보는 실습 자체의 시그널링으로 오가며, 시험 중인 네트워크를 거치지 않습니다.',
	'nat.phase.connected': '통화 시작 {ms} ms 뒤 두 피어가 연결되었습니다.',
	'nat.phase.failed': 'ICE가 연결되지 않았습니다: {reason}.',
	'nat.phase.done': '실행이 끝났습니다: {outcome}(모델의 예측: {predicted}).',
	'nat.event.phase': '단계: {phase}',
	'nat.event.candidate': '피어 {peer:이} {type} 후보를 수집했습니다: {protocol} {address}.',
	'nat.event.candidateEnd': '피어 {peer:이} 후보 수집을 마쳤습니다.',
	'nat.event.gathering': '피어 {peer}: ICE 수집 {state}.',
	'nat.event.pair': '피어 {peer}: 쌍 {local} → {remote}의 상태는 {state}입니다.',
	'nat.event.state': '피어 {peer}: ICE 연결 {state}.',
	'nat.event.mapping':
		'NAT {nat:이} {protocol} {internal:을} {remote:으로} 가는 흐름에 {external:으로} 매핑했습니다.',
	'nat.event.packet': '{kind}: {from} → {to} ({protocol}), 인터넷 쪽에서 잡힘.',
	'nat.event.log': '피어 {peer}: {message}',
	'nat.event.error': '오류({code}): {message}',
	'nat.event.other': '이벤트: {kind}',

	'nat.topology.title': '이 실행의 구성도',
	'nat.topology.desc':
		'피어 A의 네트워크: {a}, 인터넷에서는 {aPublic:으로} 보입니다. 피어 B의 네트워크: {b}, {bPublic:으로} 보입니다. 둘 사이의 인터넷에 STUN과 TURN이 있습니다.',
	'nat.topology.internet': '인터넷',
	'nat.topology.home': '피어 {peer}의 집 네트워크',
	'nat.topology.nat': 'NAT {peer}',
	'nat.topology.noNat': 'NAT 없음',
	'nat.topology.tcpOnly': '방화벽: TCP만',
	'nat.topology.stun': 'STUN',
	'nat.topology.turn': 'TURN',
	'nat.topology.stunTurn': 'STUN + TURN',
	'nat.topology.caption':
		'실행을 한 단계씩 보면, 다시 보기가 가리키는 패킷이 오간 상자 사이에 그려집니다.',
	'nat.topology.packet': '지금: {from}에서 {to:으로} 가는 {kind}.',

	'nat.candidates.heading': '각 피어가 수집한 후보',
	'nat.candidates.help':
		'srflx 후보는 STUN 서버가 본 NAT의 공인 주소와 포트이고, 관련 주소(raddr)는 NAT 뒤의 사설 host 주소입니다. relay 후보는 TURN 서버의 주소이고, 관련 주소는 TURN 서버가 본 공인 주소입니다.',
	'nat.candidates.gathering': 'ICE 수집: {state}',
	'nat.candidates.learned': '수집되지 않고 연결 확인 중에 알게 된 것: 피어가 본 쌍에서 가져옵니다.',

	'nat.candidates.none': '없음',
	'nat.candidates.related': '관련 주소(NAT 뒤의 base): {related}',
	'nat.candidates.relatedRelay': '관련 주소(TURN 서버가 본 피어의 주소): {related}',
	'nat.candidates.line': '후보 줄',

	'nat.pairs.heading': '시간에 따른 후보 쌍(피어 A)',
	'nat.pairs.help':
		'각 행은 피어 A가 연결 확인한 쌍입니다. 막대는 실행 동안의 상태를 보여 줍니다(회색 frozen, 노랑 waiting, 파랑 in-progress, 초록 succeeded, 빨강 failed).',
	'nat.pairs.none': '아직 연결 확인한 쌍이 없습니다.',
	'nat.pairs.local': '로컬(A)',
	'nat.pairs.remote': '원격(B)',
	'nat.pairs.state': '상태',
	'nat.pairs.timeline': '시간 흐름(0~{ms} ms)',
	'nat.pairs.nominated': 'nominated',
	'nat.pairs.selected': 'selected',

	'nat.mappings.heading': 'NAT 매핑 표(conntrack)',
	'nat.mappings.help':
		'각 NAT가 기록한 것: 안쪽의 사설 주소:포트, 그 흐름에 준 공인 주소:포트, 흐름의 목적지입니다. symmetric NAT는 목적지마다 새 공인 포트를 열고, cone NAT는 하나를 다시 씁니다.',
	'nat.mappings.none': '아직 매핑이 없습니다.',
	'nat.mappings.noNat': '두 피어 모두 공인 주소라 NAT도 매핑 표도 없습니다.',
	'nat.mappings.nat': 'NAT',
	'nat.mappings.natName': 'NAT {peer}',
	'nat.mappings.internal': '내부',
	'nat.mappings.external': '외부(공인)',
	'nat.mappings.remote': '원격',
	'nat.mappings.t': '관찰 시각',
	'nat.mappings.perDestination':
		'NAT {peer:은} 이 사설 endpoint 하나에 목적지 {remotes}곳에 대해 서로 다른 공인 포트 {count}개를 주었습니다. address-and-port-dependent 매핑입니다(RFC 4787 §4.1).',
	'nat.mappings.independent':
		'NAT {peer:은} 목적지 {remotes}곳에 공인 endpoint 하나 {external:을} 그대로 썼습니다. endpoint-independent 매핑입니다(RFC 4787 §4.1).',

	'nat.packets.heading': '인터넷 쪽의 STUN과 TURN',
	'nat.packets.help':
		'NAT와 서버 사이에서 잡아 프로젝트의 STUN 코덱으로 해석했습니다. Binding 요청과 응답(XOR-MAPPED-ADDRESS), 401 뒤에 성공하는 Allocate, CreatePermission, ChannelBind, Send와 Data indication, ChannelData, 그리고 NAT를 지나는 ICE 연결 확인입니다.',
	'nat.packets.none': '아직 잡힌 패킷이 없습니다.',
	'nat.packets.more': '패킷 {count}개 중 마지막 {shown}개.',
	'nat.packets.t': '시각',
	'nat.packets.kind': '메시지',
	'nat.packets.path': '보낸 곳 → 받는 곳',
	'nat.packets.fields': '해석한 필드',

	'nat.prediction.heading': '예측과 실제 결과',
	'nat.prediction.predicted': '모델의 예측',
	'nat.prediction.happened': '실제로 일어난 일',
	'nat.prediction.pending': '아직 알 수 없음: 다시 보기가 앞선 이벤트에 있거나 실행 중입니다',
	'nat.prediction.connectedIn': '{ms} ms 만에 연결됨',
	'nat.prediction.match': '실행이 모델의 예측대로 되었습니다.',
	'nat.prediction.mismatch': '실행이 예측과 다릅니다.',
	'nat.prediction.pairs': '모델의 쌍(A의 후보 × B의 후보)',
	'nat.prediction.pairWorks': '결과',
	'nat.prediction.pairFails': '통하지 않음',

	'nat.reason.both-public': '두 피어 모두 인터넷 주소가 있어 host 후보끼리 바로 닿습니다.',
	'nat.reason.public-host':
		'한 피어는 공인 주소이고 다른 피어는 endpoint-independent NAT 뒤에 있습니다. NAT 뒤 피어가 공인 피어에 보낸 연결 확인이 자기 필터를 열고, 그 srflx 후보가 곧 공인 피어에게 보이는 주소라서 직접 srflx 쌍이 통합니다.',
	'nat.reason.srflx-hole-punch':
		'두 NAT 모두 endpoint-independent로 매핑하고 각 피어가 STUN에서 srflx 후보를 얻었습니다. 상대의 srflx 주소로 보낸 연결 확인이 응답을 위해 자기 필터를 열어 주므로(hole punching) 직접 srflx 쌍이 통합니다.',
	'nat.reason.prflx-learned':
		'NAT 뒤 피어의 연결 확인이 어떤 후보로도 알려지지 않은 공인 주소와 포트에서 옵니다(symmetric NAT가 목적지마다 새 포트를 주거나, 알려 줄 STUN 서버가 없음). 공인 피어는 그 연결 확인에서 주소를 peer-reflexive 후보로 알게 되고(RFC 8445 §7.3.1.3) 응답하므로 쌍은 prflx입니다.',
	'nat.reason.prflx-loose-filter':
		'symmetric NAT는 목적지마다 새 포트에서 연결 확인을 보내고, 그 포트는 어떤 후보로도 알려지지 않았습니다. 그래도 상대 NAT는 endpoint-independent로, 또는 주소로만 걸러 내고(RFC 4787 §5) 그 피어가 그 주소로 보낸 적이 있으므로 연결 확인을 들여보냅니다. 그 피어는 새 포트를 peer-reflexive 후보로 알게 되고(RFC 8445 §7.3.1.3) 응답하므로 쌍은 prflx입니다. port-restricted cone 뒤라면 같은 연결 확인이 버려집니다.',
	'nat.reason.ice-tcp-to-public':
		'UDP는 통하지 않지만 공인 피어의 passive ICE-TCP 후보가 상대 피어의 연결을 받아 줍니다(RFC 6544). 연결한 쪽의 NAT 주소는 둘 다 처음 보는 것이라 peer-reflexive로 알게 됩니다.',
	'nat.reason.relay-policy':
		'iceTransportPolicy가 "relay"라 relay 후보만 짝지어지므로, NAT가 무엇을 허용하든 통화는 TURN을 거칩니다.',
	'nat.reason.relay-symmetric':
		'symmetric NAT는 STUN도 시그널링도 알려 주지 않은 포트로 연결 확인을 보내고, 다른 NAT는 자기가 보낸 적 있는 주소와 포트에서 온 것만 들여보냅니다. 직접 쌍은 통하지 않고 TURN의 중계 주소가 길입니다.',
	'nat.reason.relay-no-servers-path':
		'두 NAT의 필터를 모두 지나는 직접 쌍이 없어서 통화는 TURN 중계를 거칩니다.',
	'nat.reason.relay-udp-blocked':
		'방화벽이 TCP만 내보내므로 그 피어는 TCP로 TURN 서버에 닿고 TURN 서버가 통화를 중계합니다. 중계 주소에서 상대 쪽까지는 UDP입니다(RFC 8656 §2.1).',
	'nat.reason.no-direct-no-turn':
		'이 두 네트워크 사이에는 통하는 직접 쌍이 없고, TURN 서버가 없으니 중계도 없습니다. ICE는 실패합니다.',
	'nat.reason.udp-blocked-no-turn-tcp':
		'방화벽이 TCP만 내보내는데 여기에는 TCP를 받아 줄 곳(TCP로 가는 TURN도, ICE-TCP를 받을 공인 피어도)이 없습니다. ICE는 실패합니다.',

	'nat.mismatch.directNamedOtherwise':
		'예측대로 직접 연결되었지만 쌍의 유형이 다릅니다. 같은 경로라도 무엇이 먼저 도착했는지에 따라 이름이 달라집니다. 시그널링으로 온 srflx 후보가 먼저면 srflx, 그 주소에서 온 연결 확인이 먼저면 peer-reflexive로 알게 됩니다(RFC 8445 §7.3.1.3).',
	'nat.mismatch.relayInsteadOfDirect':
		'모델은 직접 쌍이 통한다고 하지만 중계 쌍이 선택되었습니다. 중계 쌍이 nominate되기 전에 직접 연결 확인이 성공하지 못했거나, NAT가 모델과 다르게 매핑하거나 걸러 냈습니다. 패킷과 매핑 표에서 어떤 연결 확인이 지나갔는지 볼 수 있습니다.',
	'nat.mismatch.directInsteadOfRelay':
		'모델은 중계만 통한다고 했는데 직접 쌍이 통했습니다. NAT가 모델이 예상하지 않은 매핑을 유지했거나 패킷을 들여보냈습니다. 매핑 표에서 실제로 쓴 포트를 볼 수 있습니다.',
	'nat.mismatch.otherRelayTransport':
		'예측대로 중계로 연결되었지만 TURN 서버까지의 전송이 다릅니다. nominate된 쌍이 피어의 다른 할당을 썼습니다.',
	'nat.mismatch.connectedThoughPredictedFailed':
		'모델은 아무것도 연결될 수 없다고 하는데 통화가 연결되었습니다. 모델이 막혀 있다고 보는 경로가 열려 있었습니다. 패킷에서 어느 경로인지 볼 수 있습니다.',
	'nat.mismatch.failedThoughPredictedConnected':
		'모델은 통하는 쌍이 있다고 하는데 통화가 실패했거나 시간 제한에 걸렸습니다. 오류와 패킷에서 일어나지 않은 단계를 볼 수 있습니다.',

	'nat.cost.heading': '중계의 비용',
	'nat.cost.direct': '직접 연결 RTT',
	'nat.cost.relayed': '중계 RTT',
	'nat.cost.notMeasured': '이 실행에서는 측정하지 않음',
	'nat.cost.ratio': '중계를 거치면 왕복 시간이 직접 연결의 {ratio}배였습니다.',
	'nat.cost.netem':
		'tc netem이 인터넷 링크마다 {ms} ms의 지연을 더해 서버를 돌아가는 우회가 드러납니다.',
	'nat.cost.noNetem':
		'tc netem을 쓸 수 없어 인터넷 링크에 지연을 더하지 않았습니다. 이 가상 링크에서는 우회에 드는 시간이 적어 차이가 작습니다.',
	'nat.cost.why':
		'중계되는 패킷은 인터넷을 한 번이 아니라 두 번(피어에서 TURN으로, TURN에서 피어로) 지나고, TURN 서버가 통화의 모든 트래픽을 나릅니다.',

	'nat.matrix.heading': '매트릭스: NAT A × NAT B × ICE 서버',
	'nat.matrix.help':
		'각 칸은 이 페이지가 아는 그 시나리오의 가장 최근 실행(이번 방문의 실시간 실행, 없으면 기록된 실행)이며, 연결까지 걸린 시간과 이유 한 문장이 있습니다. 칸을 누르면 그 실행이 열립니다. 빈 칸은 실행하지 않은 것이며, 모델로 채우지 않습니다.',
	'nat.matrix.corner': 'A ↓ · B →',
	'nat.matrix.ms': '{ms} ms',
	'nat.matrix.notRun': '실행 안 함',

	'nat.learn.heading': '실습이 보여 주는 것',
	'nat.learn.behaviour.heading': 'NAT의 동작(RFC 4787)',
	'nat.learn.behaviour.mapping':
		'매핑(RFC 4787 §4.1): 사설 주소와 포트에서 나가는 패킷에 NAT는 그 흐름의 공인 주소와 포트를 줍니다. endpoint-independent 매핑은 모든 목적지에 그 공인 endpoint를 다시 쓰고, address-dependent 매핑은 같은 목적지 주소에만, address-and-port-dependent 매핑은 같은 목적지 주소와 포트에만 다시 쓰므로 새 목적지마다 새 공인 포트가 생깁니다. RFC 4787은 endpoint-independent 매핑을 요구하며(REQ-1), 예전 문서는 마지막 종류를 symmetric NAT라고 부릅니다.',
	'nat.learn.behaviour.filtering':
		'필터링(RFC 4787 §5): 바깥에서 온 패킷 가운데 어떤 것이 매핑을 통해 사설 endpoint에 닿는지입니다. endpoint-independent 필터링은 누구에게서 온 것이든 들여보내고, address-dependent 필터링은 안쪽이 보낸 적 있는 주소에서 온 것만, address-and-port-dependent 필터링은 보낸 적 있는 주소와 포트에서 온 것만 들여보냅니다. RFC 4787은 애플리케이션에 대한 투명성이 가장 중요하면 endpoint-independent 필터링을, 더 엄격한 필터가 중요하면 address-dependent 필터링을 권장합니다(REQ-8).',
	'nat.learn.behaviour.masquerade':
		'Linux masquerade는 나가는 패킷의 출발지를 라우터의 인터넷 주소로 바꾸고 흐름마다 conntrack에 기록합니다. 가능하면 출발 포트를 유지하므로 사설 endpoint 하나가 모든 목적지에 공인 포트 하나를 씁니다. endpoint-independent 매핑이며 실습의 cone 네트워크입니다. 포트를 완전히 무작위로 고르게 하면 새 흐름마다 새 포트를 고릅니다. address-and-port-dependent 매핑이며 실습의 symmetric 네트워크입니다. 어느 쪽이든 응답은 기록된 흐름과 정확히 맞을 때만 들어오므로 필터링은 address-and-port-dependent입니다.',
	'nat.learn.behaviour.loose':
		'conntrack은 기록된 흐름에 속하는 패킷, 곧 그 주소와 포트 쌍과 맞는 패킷만 들여보내므로 masquerade만으로는 주소와 포트로 걸러 냅니다. 실습의 full-cone과 address-restricted 네트워크는 NAT가 배우는 필터를 더합니다. masquerade 뒤에 나가는 UDP 패킷마다 그 매핑(공인 포트 → 사설 주소:포트, conntrack 항목에서 읽음)을 동적 nftables 맵에 적고, address-restricted는 보낸 곳의 주소도 동적 집합에 적습니다. 둘 다 나가는 패킷이 있을 때마다 새로 고쳐지고, 2분 동안 없으면 잊습니다(RFC 4787 REQ-5: 2분보다 일찍 만료되면 안 됨, REQ-6: 나가는 트래픽으로 새로 고침). 그러면 바깥에서 매핑된 포트로 오는 새 UDP 흐름은 사설 endpoint로 옮겨집니다. 누구에게서 온 것이든(endpoint-independent 필터링), 또는 집합에 있는 주소에서 어떤 포트로든 온 것만(address-dependent 필터링, §5)입니다. TCP는 conntrack의 필터를 그대로 씁니다.',
	'nat.learn.candidates.heading': '후보 유형(RFC 8445)',
	'nat.learn.candidates.host':
		'host(RFC 8445 §5.1.1.1): 피어 자신의 인터페이스 주소로, 여기서는 집 네트워크의 사설 주소입니다. NAT 너머의 상대 피어는 여기에 닿을 수 없습니다.',
	'nat.learn.candidates.srflx':
		'srflx, server-reflexive(§5.1.1.2): 피어가 host 주소에서 STUN Binding 요청을 보내면 서버는 자기가 본 출발지를 XOR-MAPPED-ADDRESS에 담아 답합니다. 그 흐름에 대한 NAT의 공인 주소와 포트입니다. 관련 주소는 base, 곧 사설 host 주소입니다(RFC 8839 §5.1). symmetric NAT 뒤에서는 그 공인 포트가 STUN 서버로 가는 흐름에만 해당합니다.',
	'nat.learn.candidates.prflx':
		'prflx, peer-reflexive: 수집되는 것이 아니라 연결 확인 중에 알게 됩니다. 원격 후보에 없는 주소에서 연결 확인이 오면 원격 peer-reflexive 후보가 추가되고(§7.3.1.3), Binding 응답의 매핑 주소가 로컬 후보에 없으면 로컬 peer-reflexive 후보가 추가됩니다(§7.2.5.3.1). 상대 피어가 공인 주소일 때 symmetric NAT의 새 포트가 그래도 쓰이는 방법입니다.',
	'nat.learn.candidates.relay':
		'relay(§5.1.1.2): 피어가 TURN 서버에서 할당받은 주소입니다. 관련 주소는 Allocate 응답의 매핑 주소입니다(RFC 8839 §5.1). 그 주소에 닿은 것은 피어에게 중계됩니다.',
	'nat.learn.turn.heading': 'TURN(RFC 8656)',
	'nat.learn.turn.allocate':
		'Allocate(RFC 8656 §7): 첫 Allocate 요청에는 자격 증명이 없어서 REALM과 NONCE를 담은 401(Unauthorized) 오류가 옵니다. 클라이언트는 USERNAME, REALM, NONCE, MESSAGE-INTEGRITY를 붙여 다시 보내고(long-term credential 방식, RFC 8489 §9.2), 성공 응답에는 XOR-RELAYED-ADDRESS(중계 주소), XOR-MAPPED-ADDRESS, LIFETIME이 담깁니다.',
	'nat.learn.turn.permission':
		'CreatePermission(§9): TURN 서버는 클라이언트가 그 피어의 IP 주소에 대한 permission을 설치한 뒤에만 피어에게서 온 패킷을 중계합니다(포트는 포함되지 않습니다). permission은 갱신하지 않으면 300초 동안 유지됩니다. 중계 주소 위의 address-dependent 필터처럼 동작합니다.',
	'nat.learn.turn.data':
		'Send와 Data indication(§11)은 XOR-PEER-ADDRESS와 DATA로 패킷을 하나씩 나릅니다. ChannelBind(§12)는 채널 번호(0x4000~0x4FFF)를 피어 주소에 묶고, 그 뒤에는 ChannelData 메시지가 4바이트 헤더만 붙여 같은 데이터를 나릅니다. TCP로 가는 TURN에서도 TCP인 것은 클라이언트와 서버 사이뿐이고, 중계 주소에서 피어까지는 UDP입니다.',
	'nat.learn.turn.cost':
		'중계의 비용: 할당 때문에 첫 연결 확인 전에 왕복이 더 들고, 모든 패킷이 서버를 돌아가며, 통화의 모든 대역폭을 서버가 나릅니다. 그래서 권장 type preference는 host를 가장 높이고 prflx, srflx 순이며 relay가 가장 낮습니다(RFC 8445 §5.1.2.2). 직접 통하는 것이 없을 때나 정책이 relay일 때 중계 쌍을 씁니다.'
} satisfies Record<NatMessageKey, string>;
