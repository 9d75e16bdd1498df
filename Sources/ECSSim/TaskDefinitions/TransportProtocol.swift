public enum TransportProtocol: String, Sendable {
  case tcp, udp
}
