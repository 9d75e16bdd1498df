public enum TagMutability: String, Sendable {
  case mutable = "MUTABLE"
  case immutable = "IMMUTABLE"
}
