/// `EC2`, `FARGATE` or `EXTERNAL`.
public enum Compatibility: String, Sendable, CaseIterable {
  case ec2 = "EC2"
  case fargate = "FARGATE"
  case external = "EXTERNAL"
}
